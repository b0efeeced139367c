// The demo commitments: on about 80% of the contracts (the larger ones, never the terminated
// one), two to five measures suited to the work, with quantities in proportion to the contract's
// value, some split into yearly targets, and a narrative-only measure on some.

import { addMonths, daysBetween } from '../../shared/calendar-date';
import type { CommitmentFields } from '../../shared/commitment';
import { financialYearsBetween } from '../../shared/financial-year';
import type { YearlyTarget } from '../../shared/social-value';
import type { DemoContract } from './demo-contracts';
import {
  measuresByTrade,
  proxyFor,
  recordOnlyCodes,
  roundTo,
  shareWeight,
  stepsFor,
} from './demo-measures';
import type { SeededRandom } from './random';

export interface DemoCommitment {
  contractIndex: number;
  code: string;
  fields: CommitmentFields;
  /** Made after the council reviewed its proxy values, so it keeps the reviewed value. */
  afterReview: boolean;
  /** The proxy it keeps, pence per unit; null for a narrative measure. */
  proxyPence: number | null;
}

/** The council reviewed two proxy values at the start of the month nine months ago: contracts
 * starting from then are committed after the review. */
export function proxyReviewDate(today: string): string {
  return addMonths(`${today.slice(0, 8)}01`, -9);
}

/** The contracts that get commitments: about 80%, leaning to the larger ones. */
function committedContracts(random: SeededRandom, contracts: readonly DemoContract[]): number[] {
  const target = Math.round(contracts.length * 0.8);
  const candidates = contracts
    .map((contract, index) => ({ index, value: contract.fields.valuePence }))
    .filter(({ index }) => contracts[index]?.fields.status !== 'terminated')
    .sort((a, b) => b.value - a.value || a.index - b.index)
    .slice(0, target + 4)
    .map(({ index }) => index);
  return random.sample(candidates, target).sort((a, b) => a - b);
}

/**
 * Yearly targets for a quantity over the financial years of the term, in proportion to the days
 * of the term in each year, the first year lighter (the work is starting up). Each is rounded
 * down to the measure's step and the last takes what is left, so they add up to the quantity.
 */
function yearlyTargets(
  quantity: number,
  step: number,
  term: { start: string; end: string },
  financialYearStartMonth: number,
): YearlyTarget[] {
  const years = financialYearsBetween(term.start, term.end, financialYearStartMonth);
  const weights = years.map((year, i) => {
    const from = year.start > term.start ? year.start : term.start;
    const to = year.end < term.end ? year.end : term.end;
    return (daysBetween(from, to) + 1) * (i === 0 ? 0.6 : 1);
  });
  const total = weights.reduce((sum, w) => sum + w, 0);
  const targets = years.map((year, i) => ({
    financialYear: year.label,
    quantity: roundTo(Math.floor((quantity * (weights[i] ?? 0)) / total / step) * step, step),
  }));
  const last = targets.at(-1);
  if (last) {
    const others = targets.slice(0, -1).reduce((sum, t) => sum + t.quantity, 0);
    last.quantity = Number((quantity - others).toFixed(6));
  }
  return targets;
}

function tenderNote(random: SeededRandom, contract: DemoContract): string | null {
  if (random.chance(0.4)) return null;
  return contract.exerciseIndex === null
    ? 'Agreed with the supplier at the annual contract review.'
    : `As offered in the tender: social value response, question ${random.int(3, 9)}.`;
}

function commitmentsFor(
  random: SeededRandom,
  contract: DemoContract,
  contractIndex: number,
  afterReview: boolean,
  financialYearStartMonth: number,
): DemoCommitment[] {
  const { fields } = contract;
  const term = { start: fields.startDate, end: fields.endDate };
  // The measure best suited to the work always, and one to three more.
  const [first, ...others] = measuresByTrade[contract.trade];
  const codes = [first ?? 'JS1', ...random.sample(others, random.int(1, 3))];
  const weights = codes.reduce((sum, code) => sum + shareWeight(code), 0);
  // Social value worth 4% to 14% of the contract, shared between the measures.
  const socialValuePence = fields.valuePence * (0.04 + random.next() * 0.1);
  const multiYear = financialYearsBetween(term.start, term.end, financialYearStartMonth).length > 1;
  const counted = codes.flatMap((code): DemoCommitment[] => {
    const proxyPence = proxyFor(code, afterReview);
    const { commitment: step } = stepsFor(code);
    const share = (socialValuePence * shareWeight(code)) / weights;
    const quantity = proxyPence ? roundTo(share / proxyPence, step) : 0;
    if (quantity <= 0) return [];
    const targeted = multiYear && random.chance(0.3);
    return [
      {
        contractIndex,
        code,
        afterReview,
        proxyPence,
        fields: {
          quantity,
          yearlyTargets: targeted
            ? yearlyTargets(quantity, step, term, financialYearStartMonth)
            : [],
          notes: tenderNote(random, contract),
        },
      },
    ];
  });
  // A small contract may be worth less than one unit of its measures: it still commits one.
  if (counted.length === 0) {
    const code = codes[0] as string;
    counted.push({
      contractIndex,
      code,
      afterReview,
      proxyPence: proxyFor(code, afterReview),
      fields: { quantity: stepsFor(code).commitment, yearlyTargets: [], notes: null },
    });
  }
  const narrative = random.chance(0.35)
    ? [
        {
          contractIndex,
          code: random.pick(recordOnlyCodes),
          afterReview,
          proxyPence: null,
          fields: { quantity: null, yearlyTargets: [], notes: null },
        },
      ]
    : [];
  return [...counted, ...narrative];
}

export function generateCommitments(
  random: SeededRandom,
  contracts: readonly DemoContract[],
  today: string,
  financialYearStartMonth: number,
): DemoCommitment[] {
  const review = proxyReviewDate(today);
  return committedContracts(random, contracts).flatMap((index) => {
    const contract = contracts[index] as DemoContract;
    const afterReview = contract.fields.startDate >= review;
    return commitmentsFor(random, contract, index, afterReview, financialYearStartMonth);
  });
}
