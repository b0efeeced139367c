// The council profile and its child rows (thresholds, strategic outcomes).

import type { Database } from 'better-sqlite3';
import {
  defaultCouncilProfile,
  type CouncilProfile,
  type CouncilProfileValues,
  type StrategicOutcome,
  type Threshold,
} from '../../shared/council-profile';
import { AppError } from '../../shared/result';
import { recomputeContractScope } from './contract-repository';
import { recomputeExerciseScope } from './exercise-repository';
import { ensurePortfolioTotals } from './portfolio-totals';
import { deleteRecord, insertRecord, updateRecord, type Fields } from './records';
import { recomputeSupplierLocal } from './supplier-repository';
import { statement } from './statements';

interface ProfileRow {
  id: string;
  council_name: string;
  financial_year_start_month: number;
  reporting_frequency: CouncilProfile['reportingFrequency'];
  local_area: string;
  rag_green_from_percent: number;
  rag_amber_from_percent: number;
  default_social_value_weighting_percent: number;
  updated_at: string;
  updated_by: string;
  version: number;
}

function profileFields(profile: CouncilProfileValues): Fields {
  return {
    council_name: profile.councilName,
    financial_year_start_month: profile.financialYearStartMonth,
    reporting_frequency: profile.reportingFrequency,
    local_area: JSON.stringify(profile.localArea),
    rag_green_from_percent: profile.ragGreenFromPercent,
    rag_amber_from_percent: profile.ragAmberFromPercent,
    default_social_value_weighting_percent: profile.defaultSocialValueWeightingPercent,
  };
}

function thresholdFields(threshold: CouncilProfileValues['thresholds'][number]): Fields {
  return {
    kind: threshold.kind,
    category: threshold.category,
    vat_basis: threshold.vatBasis,
    amount_pence: threshold.amountPence,
    effective_from: threshold.effectiveFrom,
  };
}

function profileRow(db: Database): ProfileRow | undefined {
  return statement(
    db,
    'SELECT * FROM council_profile WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1',
  ).get() as ProfileRow | undefined;
}

function liveIds(db: Database, table: string): Set<string> {
  const rows = statement(db, `SELECT id FROM ${table} WHERE deleted_at IS NULL`).all() as {
    id: string;
  }[];
  return new Set(rows.map((row) => row.id));
}

/**
 * Makes the live rows of a child table match `wanted`: rows with a known id are updated,
 * rows without one inserted, rows no longer listed deleted. Returns whether anything changed.
 */
function syncChildRows(
  db: Database,
  table: string,
  listName: string,
  wanted: { id?: string | undefined; fields: Fields }[],
  officer: string,
): boolean {
  const existing = liveIds(db, table);
  let changed = false;
  wanted.forEach(({ id }, index) => {
    if (id !== undefined && !existing.has(id)) {
      throw new AppError('conflict', 'This row was removed elsewhere; reload the profile.', {
        issues: [
          {
            path: [listName, index],
            message: 'This row was removed elsewhere; reload the profile.',
          },
        ],
      });
    }
  });
  const kept = new Set(wanted.flatMap(({ id }) => (id === undefined ? [] : [id])));
  for (const id of existing) {
    if (!kept.has(id)) {
      deleteRecord(db, table, id, officer);
      changed = true;
    }
  }
  for (const { id, fields } of wanted) {
    if (id === undefined) {
      insertRecord(db, table, fields, officer);
      changed = true;
    } else {
      changed = updateRecord(db, table, id, fields, officer) || changed;
    }
  }
  return changed;
}

export function getCouncilProfile(db: Database): CouncilProfile {
  const row = profileRow(db);
  if (!row) throw new AppError('not_found', 'This workspace has no council profile.');
  const thresholds = statement(
    db,
    `SELECT id, kind, category, vat_basis AS vatBasis, amount_pence AS amountPence, effective_from AS effectiveFrom
     FROM thresholds WHERE deleted_at IS NULL ORDER BY kind DESC, category, effective_from`,
  ).all() as Threshold[];
  const strategicOutcomes = statement(
    db,
    'SELECT id, name FROM strategic_outcomes WHERE deleted_at IS NULL ORDER BY sort_order, name',
  ).all() as StrategicOutcome[];
  return {
    id: row.id,
    councilName: row.council_name,
    financialYearStartMonth: row.financial_year_start_month,
    reportingFrequency: row.reporting_frequency,
    localArea: JSON.parse(row.local_area) as string[],
    ragGreenFromPercent: row.rag_green_from_percent,
    ragAmberFromPercent: row.rag_amber_from_percent,
    defaultSocialValueWeightingPercent: row.default_social_value_weighting_percent,
    thresholds,
    strategicOutcomes,
    version: row.version,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/** Saves the profile as one transaction; a save over a newer version is refused. */
export function saveCouncilProfile(
  db: Database,
  profile: CouncilProfileValues,
  officer: string,
): CouncilProfile {
  return db.transaction(() => {
    const row = profileRow(db);
    if (!row) throw new AppError('not_found', 'This workspace has no council profile.');
    if (row.version !== profile.version) {
      throw new AppError(
        'conflict',
        `The council profile was changed by ${row.updated_by} since you opened it. Reload to see their changes, then make yours again.`,
      );
    }
    const thresholdsChanged = syncChildRows(
      db,
      'thresholds',
      'thresholds',
      profile.thresholds.map((threshold) => ({
        id: threshold.id,
        fields: thresholdFields(threshold),
      })),
      officer,
    );
    const outcomesChanged = syncChildRows(
      db,
      'strategic_outcomes',
      'strategicOutcomes',
      profile.strategicOutcomes.map((outcome, index) => ({
        id: outcome.id,
        fields: { name: outcome.name, sort_order: index },
      })),
      officer,
    );
    updateRecord(db, 'council_profile', row.id, profileFields(profile), officer, {
      touch: thresholdsChanged || outcomesChanged,
    });
    const saved = getCouncilProfile(db);
    recomputeSupplierLocal(db, saved.localArea);
    recomputeExerciseScope(db, saved.thresholds);
    recomputeContractScope(db, saved.thresholds);
    ensurePortfolioTotals(db, saved);
    return saved;
  })();
}

/** A new workspace gets the default profile, written by "system". */
export function ensureCouncilProfile(db: Database): void {
  db.transaction(() => {
    if (profileRow(db)) return;
    const officer = 'system';
    insertRecord(
      db,
      'council_profile',
      profileFields({ ...defaultCouncilProfile, version: 0 }),
      officer,
    );
    for (const threshold of defaultCouncilProfile.thresholds) {
      insertRecord(db, 'thresholds', thresholdFields(threshold), officer);
    }
    defaultCouncilProfile.strategicOutcomes.forEach((outcome, index) => {
      insertRecord(db, 'strategic_outcomes', { name: outcome.name, sort_order: index }, officer);
    });
  })();
}
