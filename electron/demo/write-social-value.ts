// Writes the demo council's social value through the app's own repository functions (so every
// record is checked as an officer's would be, and is in the audit trail): its proxy values on
// the starter framework, commitments on the contracts (made before and after a review of two
// proxies, so older commitments keep the old values), the returns, the action plans and the
// case studies. Called by load-demo.ts inside its transaction.

import type { Database } from 'better-sqlite3';
import type { CouncilProfile } from '../../shared/council-profile';
import type { DemoSummary } from '../../shared/demo';
import { insertCommitment } from '../db/commitment-repository';
import { measuresInForce } from '../db/framework-repository';
import { getMeasure, updateMeasure } from '../db/measure-repository';
import type { DemoCommitment } from './demo-commitments';
import { demoProxyPence, reviewedProxyPence } from './demo-measures';
import type { DemoSocialValue } from './demo-social-value';
import { writeActionPlans } from './write-action-plans';
import { writeCaseStudies } from './write-case-studies';
import { writeReturns } from './write-returns';

export type SocialValueCounts = Pick<
  DemoSummary,
  'commitments' | 'returns' | 'actionPlans' | 'caseStudies'
>;

interface Context {
  contractIds: readonly string[];
  measureIds: ReadonlyMap<string, string>;
  profile: CouncilProfile;
  officer: string;
}

/** Sets the proxy values of the measures named, as the council's officer editing each measure. */
function setProxies(db: Database, proxies: Readonly<Record<string, number>>, ctx: Context): void {
  for (const [code, proxyPence] of Object.entries(proxies)) {
    const id = ctx.measureIds.get(code);
    if (!id) continue;
    const measure = getMeasure(db, id);
    updateMeasure(
      db,
      id,
      measure.version,
      {
        outcomeId: measure.outcomeId,
        code: measure.code,
        title: measure.title,
        guidance: measure.guidance,
        unit: measure.unit,
        kind: measure.kind,
        proxyPence,
        evidenceRequired: measure.evidenceRequired,
        councilOutcomeIds: measure.councilOutcomeIds,
      },
      ctx.officer,
    );
  }
}

function writeCommitments(db: Database, commitments: readonly DemoCommitment[], ctx: Context) {
  let written = 0;
  for (const { contractIndex, code, fields } of commitments) {
    const measureId = ctx.measureIds.get(code);
    if (!measureId) continue;
    const contractId = ctx.contractIds[contractIndex] as string;
    insertCommitment(
      db,
      { contractId, measureId, ...fields },
      ctx.officer,
      ctx.profile.financialYearStartMonth,
    );
    written += 1;
  }
  return written;
}

/**
 * Sets the proxy values (the large workspace too: it costs nothing), then writes the rest when
 * there is any. Measures the council has taken out of the framework are left out.
 */
export function writeSocialValue(
  db: Database,
  plan: DemoSocialValue | null,
  { today, ...rest }: Omit<Context, 'measureIds'> & { today: string },
): SocialValueCounts {
  const measureIds = new Map(measuresInForce(db, today).map((m) => [m.code, m.id]));
  const ctx: Context = { ...rest, measureIds };
  setProxies(db, demoProxyPence, ctx);
  if (!plan) {
    setProxies(db, reviewedProxyPence, ctx);
    return { commitments: 0, returns: 0, actionPlans: 0, caseStudies: 0 };
  }
  const [before, after] = [
    plan.commitments.filter((c) => !c.afterReview),
    plan.commitments.filter((c) => c.afterReview),
  ];
  let commitments = writeCommitments(db, before, ctx);
  setProxies(db, reviewedProxyPence, ctx);
  commitments += writeCommitments(db, after, ctx);
  return {
    commitments,
    returns: writeReturns(db, plan.returns, ctx),
    actionPlans: writeActionPlans(db, plan.actionPlans, ctx.officer),
    caseStudies: writeCaseStudies(db, plan.caseStudies, ctx),
  };
}
