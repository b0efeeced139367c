// Counts of every record type in a workspace (live records; deleted ones are not counted), and
// the portfolio's social value figures as at a date.

import type { Database } from 'better-sqlite3';
import { calendarDateOf } from '../../shared/calendar-date';
import type { RecordCounts, WorkspaceStats } from '../../shared/workspace';
import { portfolioTally, tallyQuery } from './portfolio-tally';
import { getCouncilProfile } from './profile-repository';
import { statement } from './statements';

const liveCount = (db: Database, table: string): number =>
  (
    statement(db, `SELECT count(*) AS n FROM ${table} WHERE deleted_at IS NULL`).get() as {
      n: number;
    }
  ).n;

export function recordCounts(db: Database): RecordCounts {
  return {
    councilProfiles: liveCount(db, 'council_profile'),
    thresholds: liveCount(db, 'thresholds'),
    strategicOutcomes: liveCount(db, 'strategic_outcomes'),
    suppliers: liveCount(db, 'suppliers'),
    exercises: liveCount(db, 'exercises'),
    contracts: liveCount(db, 'contracts'),
    contractValuePence: (
      statement(
        db,
        'SELECT coalesce(sum(value_pence), 0) AS pence FROM contracts WHERE deleted_at IS NULL',
      ).get() as { pence: number }
    ).pence,
    changes: (statement(db, 'SELECT count(*) AS n FROM change_log').get() as { n: number }).n,
  };
}

/** The counts and the whole portfolio's figures, which take seconds on a very large workspace. */
export function workspaceStats(db: Database, asOf = calendarDateOf()): WorkspaceStats {
  const profile = getCouncilProfile(db);
  const query = tallyQuery(db, { year: null, directorate: null }, asOf, profile);
  const socialValue = portfolioTally(db, query, profile);
  const { green, amber, red, grey } = socialValue.rag;
  return {
    ...recordCounts(db),
    committedPence: socialValue.totals.committedPence,
    deliveredVerifiedPence: socialValue.totals.verifiedPence,
    deliveredSubmittedPence: socialValue.totals.submittedPence,
    rag: { green, amber, red, grey },
  };
}
