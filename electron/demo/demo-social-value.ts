// The demo council's social value, as plain records generated from the seed: commitments on
// most contracts, their returns, two action plans and five case studies. Nothing here touches
// the database (write-social-value.ts writes it).

import type { ReportingFrequency } from '../../shared/council-profile';
import { generateActionPlans, type DemoActionPlan } from './demo-action-plans';
import { generateCaseStudies, type DemoCaseStudy } from './demo-case-studies';
import { generateCommitments, proxyReviewDate, type DemoCommitment } from './demo-commitments';
import type { DemoContract } from './demo-contracts';
import { generateReturns, type DemoReturn } from './demo-returns';
import type { DemoSupplier } from './demo-suppliers';
import type { SeededRandom } from './random';

export interface DemoSocialValue {
  /** When the council reviewed two proxy values: commitments on contracts starting from then
   * are made after the review, the others before it. */
  proxyReview: string;
  commitments: DemoCommitment[];
  returns: DemoReturn[];
  actionPlans: DemoActionPlan[];
  caseStudies: DemoCaseStudy[];
}

export function generateSocialValue(
  random: SeededRandom,
  { contracts, suppliers }: { contracts: DemoContract[]; suppliers: DemoSupplier[] },
  council: { financialYearStartMonth: number; reportingFrequency: ReportingFrequency },
  today: string,
): DemoSocialValue {
  const { financialYearStartMonth, reportingFrequency: frequency } = council;
  const commitments = generateCommitments(random, contracts, today, financialYearStartMonth);
  return {
    proxyReview: proxyReviewDate(today),
    commitments,
    returns: generateReturns(random, contracts, commitments, {
      today,
      frequency,
      financialYearStartMonth,
    }),
    actionPlans: generateActionPlans(today),
    caseStudies: generateCaseStudies(random, contracts, suppliers, commitments, today),
  };
}
