// The home dashboard's figures, as of a given day.

import type { Database } from 'better-sqlite3';
import { addMonths } from '../../shared/calendar-date';
import type { Dashboard } from '../../shared/dashboard';
import { exerciseStatuses, type ExerciseStatus } from '../../shared/exercise';
import { contractFrom, contractSelect, toContract } from './contract-repository';
import { toExercise } from './exercise-repository';
import { statement } from './statements';

const endingSoonMonths = 6;
const shownAtMost = 50;

export function dashboard(db: Database, asOf: string): Dashboard {
  const stages = statement(
    db,
    `SELECT status, count(*) AS count, coalesce(sum(estimated_value_pence), 0) AS value
     FROM exercises WHERE deleted_at IS NULL GROUP BY status`,
  ).all() as { status: ExerciseStatus; count: number; value: number }[];
  const pipeline = exerciseStatuses.map((status) => {
    const stage = stages.find((row) => row.status === status);
    return { status, count: stage?.count ?? 0, estimatedValuePence: stage?.value ?? 0 };
  });
  const endingSoon = statement(
    db,
    `SELECT ${contractSelect} FROM ${contractFrom}
     WHERE c.deleted_at IS NULL AND c.status IN ('not-started', 'active')
       AND c.end_date >= ? AND c.end_date <= ?
     ORDER BY c.end_date, c.reference LIMIT ${shownAtMost}`,
  ).all(asOf, addMonths(asOf, endingSoonMonths)) as Record<string, unknown>[];
  const inScopeWithoutSocialValue = statement(
    db,
    `SELECT e.*, NULL AS contract_id FROM exercises e
     WHERE e.deleted_at IS NULL AND e.status IN ('pipeline', 'live', 'evaluation')
       AND (e.in_scope_act = 1 OR e.in_scope_local = 1) AND e.social_value_approach IS NULL
     ORDER BY e.start_date, e.reference LIMIT ${shownAtMost}`,
  ).all() as Record<string, unknown>[];
  return {
    asOf,
    pipeline,
    endingSoon: endingSoon.map(toContract),
    inScopeWithoutSocialValue: inScopeWithoutSocialValue.map(toExercise),
  };
}
