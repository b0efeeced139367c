// Writes the demo workspace: the council profile first (name, local area), then suppliers,
// exercises and contracts, then their social value (write-social-value.ts), through the same
// repository functions the app uses, all in one transaction. Refuses a workspace that already
// holds records (an action plan or case study counts), so no officer's data is mixed with
// made-up data.

import type { Database } from 'better-sqlite3';
import { calendarDateOf } from '../../shared/calendar-date';
import type { CouncilProfile } from '../../shared/council-profile';
import type { DemoSummary } from '../../shared/demo';
import { AppError } from '../../shared/result';
import { insertContract } from '../db/contract-repository';
import { insertExercise } from '../db/exercise-repository';
import { getCouncilProfile, saveCouncilProfile } from '../db/profile-repository';
import { updateRecord } from '../db/records';
import { statement } from '../db/statements';
import { insertSupplier } from '../db/supplier-repository';
import { generateDemoData, type DemoData, type DemoSize } from './demo-data';
import { writeSocialValue } from './write-social-value';

export interface LoadDemoOptions {
  /** YYYY-MM-DD; today on this computer when left out. */
  today?: string;
  size?: DemoSize;
  seed?: number;
}

const recordTables = [
  ['suppliers', 'supplier', 'suppliers'],
  ['exercises', 'procurement exercise', 'procurement exercises'],
  ['contracts', 'contract', 'contracts'],
  ['action_plans', 'action plan', 'action plans'],
  ['case_studies', 'case study', 'case studies'],
] as const;

function refuseUnlessEmpty(db: Database): void {
  const held = recordTables.flatMap(([table, one, many]) => {
    const { n } = statement(
      db,
      `SELECT count(*) AS n FROM ${table} WHERE deleted_at IS NULL`,
    ).get() as { n: number };
    return n === 0 ? [] : [`${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`];
  });
  if (held.length > 0) {
    const list = held.length === 1 ? held[0] : `${held.slice(0, -1).join(', ')} and ${held.at(-1)}`;
    throw new AppError(
      'refused',
      `Demo data can only be loaded into an empty workspace, and this one already holds ${list}. Create a new workspace and load the demo data there.`,
    );
  }
}

/** Names the demo council, its local area and how often suppliers report, keeping the thresholds
 * and outcomes as they are. */
function setDemoProfile(
  db: Database,
  council: DemoData['council'],
  officer: string,
): CouncilProfile {
  const current = getCouncilProfile(db);
  return saveCouncilProfile(
    db,
    {
      councilName: council.councilName,
      financialYearStartMonth: council.financialYearStartMonth,
      reportingFrequency: council.reportingFrequency,
      localArea: council.localArea,
      ragGreenFromPercent: current.ragGreenFromPercent,
      ragAmberFromPercent: current.ragAmberFromPercent,
      defaultSocialValueWeightingPercent: current.defaultSocialValueWeightingPercent,
      strategicOutcomes: current.strategicOutcomes,
      thresholds: current.thresholds,
      version: current.version,
    },
    officer,
  );
}

function write(db: Database, data: DemoData, officer: string, today: string): DemoSummary {
  refuseUnlessEmpty(db);
  const profile = setDemoProfile(db, data.council, officer);
  const { thresholds, localArea } = profile;
  const outcomeIds = profile.strategicOutcomes.map((outcome) => outcome.id);

  const supplierIds = data.suppliers.map(({ fields }) =>
    insertSupplier(db, fields, officer, localArea),
  );
  // Awarded exercises go in at evaluation and are awarded when their contract is made, as an
  // officer's award does, so their history reads the same.
  const exerciseIds = data.exercises.map(({ fields, outcomeIndexes }) =>
    insertExercise(
      db,
      {
        ...fields,
        status: fields.status === 'awarded' ? 'evaluation' : fields.status,
        targetedOutcomeIds: outcomeIndexes.flatMap((i) => outcomeIds[i] ?? []),
      },
      officer,
      thresholds,
    ),
  );
  const contractIds = data.contracts.map(({ fields, supplierIndex, exerciseIndex }) => {
    const exerciseId = exerciseIndex === null ? null : (exerciseIds[exerciseIndex] as string);
    const id = insertContract(
      db,
      { ...fields, supplierId: supplierIds[supplierIndex] as string, exerciseId },
      officer,
      thresholds,
    );
    if (exerciseId) updateRecord(db, 'exercises', exerciseId, { status: 'awarded' }, officer);
    return id;
  });
  const socialValue = writeSocialValue(db, data.socialValue, {
    contractIds,
    profile,
    officer,
    today,
  });
  return {
    suppliers: supplierIds.length,
    exercises: exerciseIds.length,
    contracts: contractIds.length,
    ...socialValue,
  };
}

/** Generates and writes the demo workspace; what it made, counted. */
export function loadDemo(
  db: Database,
  officer: string,
  { today = calendarDateOf(), size = 'standard', seed }: LoadDemoOptions = {},
): DemoSummary {
  const data = generateDemoData({ today, size, ...(seed === undefined ? {} : { seed }) });
  return db.transaction(() => write(db, data, officer, today))();
}
