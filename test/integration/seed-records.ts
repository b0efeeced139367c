// Shared setup for the records tests: a context on a real workspace file, the council profile's
// local area and thresholds set through the API, small record builders, and a seeded generator
// that fills a workspace with a few hundred varied suppliers, exercises and contracts.

import type Database from 'better-sqlite3';
import type { Context } from '../../electron/api/context';
import { openWorkspace } from '../../electron/db/open';
import { addDays } from '../../shared/calendar-date';
import { SeededRandom } from '../../electron/demo/random';
import { workspaceFileIn } from '../../electron/workspace-location';
import { addMonths, calendarDateOf } from '../../shared/calendar-date';
import type { ContractInput, ContractStatus } from '../../shared/contract';
import type { CouncilProfile, CouncilProfileInput } from '../../shared/council-profile';
import type { ExerciseInput, ExerciseStatus, ProcurementCategory } from '../../shared/exercise';
import type { SupplierInput, SupplierSize } from '../../shared/supplier';
import {
  callApi,
  expectOk,
  makeTempDir,
  profileInput,
  removeTempDir,
  type TempDirs,
} from './temp-workspace';

export const officer = 'Priya Shah';

export interface RecordsWorkspace {
  ctx: Context;
  db: Database.Database;
  file: string;
}

/** A new workspace in a temp folder (removed after the test), and a context for `who`. */
export async function openRecordsWorkspace(
  temp: TempDirs,
  who = officer,
): Promise<RecordsWorkspace> {
  const dataDir = await temp.make();
  const workspace = openWorkspace(workspaceFileIn(dataDir));
  temp.onCleanup(() => workspace.db.close());
  return {
    ctx: { db: workspace.db, file: workspace.file, officer: who },
    db: workspace.db,
    file: workspace.file,
  };
}

/** The same, for a whole describe block (beforeAll / afterAll) rather than one test. */
export async function openSharedWorkspace(
  who = officer,
): Promise<RecordsWorkspace & { close(): Promise<void> }> {
  const dataDir = await makeTempDir();
  const workspace = openWorkspace(workspaceFileIn(dataDir));
  return {
    ctx: { db: workspace.db, file: workspace.file, officer: who },
    db: workspace.db,
    file: workspace.file,
    async close() {
      workspace.db.close();
      await removeTempDir(dataDir);
    },
  };
}

/** The same context, acting as another officer. */
export const as = (ctx: Context, who: string): Context => ({ ...ctx, officer: who });

export async function loadProfile(ctx: Context): Promise<CouncilProfile> {
  return expectOk(await callApi(ctx, 'profile.get', {}));
}

/** Saves the profile with `change` applied to what the form would send back. */
export async function changeProfile(
  ctx: Context,
  change: (input: CouncilProfileInput) => CouncilProfileInput,
): Promise<CouncilProfile> {
  const input = change(profileInput(await loadProfile(ctx)));
  return expectOk(await callApi(ctx, 'profile.save', input));
}

export const setLocalArea = (ctx: Context, localArea: string[]) =>
  changeProfile(ctx, (input) => ({ ...input, localArea }));

let counter = 0;
/** A reference no other record of a test has, e.g. "EX-0007". */
export const nextReference = (prefix: string) => `${prefix}-${String(++counter).padStart(4, '0')}`;

export function supplierInput(overrides: Partial<SupplierInput> = {}): SupplierInput {
  return { name: 'Charnwood Cleaning Ltd', postcode: 'LE11 3AB', size: 'small', ...overrides };
}

export function exerciseInput(overrides: Partial<ExerciseInput> = {}): ExerciseInput {
  return {
    reference: nextReference('EX'),
    title: 'Grounds maintenance',
    category: 'services',
    estimatedValuePence: 6_000_000,
    startDate: '2026-03-01',
    ...overrides,
  };
}

export function contractInput(
  supplierId: string,
  overrides: Partial<ContractInput> = {},
): ContractInput {
  return {
    reference: nextReference('C'),
    title: 'Grounds maintenance contract',
    supplierId,
    category: 'services',
    valuePence: 6_000_000,
    startDate: '2026-04-01',
    endDate: '2028-03-31',
    ...overrides,
  };
}

export async function createSupplier(ctx: Context, overrides: Partial<SupplierInput> = {}) {
  return expectOk(await callApi(ctx, 'suppliers.create', supplierInput(overrides)));
}

export async function createExercise(ctx: Context, overrides: Partial<ExerciseInput> = {}) {
  return expectOk(await callApi(ctx, 'exercises.create', exerciseInput(overrides)));
}

export async function createContract(
  ctx: Context,
  supplierId: string,
  overrides: Partial<ContractInput> = {},
) {
  return expectOk(await callApi(ctx, 'contracts.create', contractInput(supplierId, overrides)));
}

// Words chosen so searches have several hits, with mixed case, and a few names holding the
// characters LIKE treats as wildcards (% and _) so a search for them can be checked.
const nameStarts = ['Acme', 'Charnwood', 'Soar Valley', 'Riverside', 'Northgate', 'Beacon'];
const nameEnds = ['Cleaning', 'Care', 'Construction', 'Catering', 'IT Services', 'Transport'];
const nameForms = ['Ltd', 'Limited', 'PLC', 'CIC', ''];
const oddNames = ['100% Recycled Ltd', 'snake_case Software', 'Fifty_Fifty Partners', '5% Club'];
const localPostcodes = ['LE1 6ZG', 'LE11 3AB', 'LE19 1AB', 'LE65 2XY', 'le5 0aa'];
const otherPostcodes = ['NG1 1AA', 'LE20 4RT', 'CV1 2AB', 'DE1 3QQ', 'L1 8JQ'];
const sizes: (SupplierSize | null)[] = ['micro', 'small', 'medium', 'large', null];
const vcseTypes = ['charity', 'community-interest-company', 'social-enterprise'] as const;
export const seedDirectorates = [
  'Adults and Health',
  "Children's Services",
  'Environment and Transport',
  'Corporate Resources',
];
const titleWords = ['Grounds', 'maintenance', 'Home care', 'Highways', 'resurfacing', 'IT'];
const titleMore = ['support', 'framework', 'Day Services', 'Fleet', 'cleaning', 'catering'];
const officers = ['Priya Shah', 'Tom Hughes', 'Aisha Khan', null];
const categories: ProcurementCategory[] = ['goods', 'services', 'works'];
const exerciseStatuses: ExerciseStatus[] = [
  'pipeline',
  'live',
  'evaluation',
  'awarded',
  'cancelled',
];
const contractStatuses: ContractStatus[] = ['not-started', 'active', 'ended', 'terminated'];
/** A few values repeat often, so sorting by value has ties that the id must break. */
const commonValues = [5_000_000, 17_310_000, 25_000_000];

function isoDay(random: SeededRandom, from: string, spanDays: number): string {
  return addDays(from, random.int(0, spanDays));
}

function seedValue(random: SeededRandom): number {
  return random.chance(0.3) ? random.pick(commonValues) : random.int(0, 50_000_000);
}

export interface SeedCounts {
  suppliers: number;
  exercises: number;
  contracts: number;
  /** How many of each to delete afterwards, so lists can be checked to leave them out. */
  deleted: number;
}

export interface SeededIds {
  suppliers: string[];
  exercises: string[];
  contracts: string[];
  deleted: { suppliers: string[]; exercises: string[]; contracts: string[] };
}

/**
 * Fills the workspace through the API, as an officer would: suppliers, then exercises (some
 * awarded), then contracts, then a few of each deleted. Some contracts end within six months of
 * today, so the dashboard has something to show.
 */
export async function seedRecords(
  ctx: Context,
  seed: number,
  counts: SeedCounts = { suppliers: 120, exercises: 300, contracts: 300, deleted: 5 },
): Promise<SeededIds> {
  const random = new SeededRandom(seed);
  const today = calendarDateOf();
  const ids: SeededIds = {
    suppliers: [],
    exercises: [],
    contracts: [],
    deleted: { suppliers: [], exercises: [], contracts: [] },
  };

  for (let i = 0; i < counts.suppliers; i++) {
    const odd = i < oddNames.length;
    const vcse = random.chance(0.2);
    const realLivingWage = random.chance(0.3);
    const name = odd
      ? (oddNames[i] as string)
      : `${random.pick(nameStarts)} ${random.pick(nameEnds)} ${i} ${random.pick(nameForms)}`.trim();
    const supplier = await createSupplier(ctx, {
      name,
      postcode: random.chance(0.1)
        ? null
        : random.pick(random.chance(0.5) ? localPostcodes : otherPostcodes),
      localOverride: random.chance(0.1) ? random.pick(['local', 'not-local'] as const) : 'derived',
      companyNumber: random.chance(0.6) ? String(random.int(1_000_000, 9_999_999)) : null,
      charityNumber: vcse && random.chance(0.5) ? String(random.int(200_000, 1_199_999)) : null,
      size: random.pick(sizes),
      vcse,
      vcseType: vcse ? random.pick(vcseTypes) : null,
      realLivingWage,
      realLivingWageSince: realLivingWage ? isoDay(random, '2018-01-01', 2000) : null,
    });
    ids.suppliers.push(supplier.id);
  }

  for (let i = 0; i < counts.exercises; i++) {
    const startDate = isoDay(random, '2023-01-01', 1600);
    const exercise = await createExercise(ctx, {
      reference: `EX-${String(i).padStart(4, '0')}`,
      title: `${random.pick(titleWords)} ${random.pick(titleMore)} ${i}`,
      directorate: random.chance(0.1) ? null : random.pick(seedDirectorates),
      leadOfficer: random.pick(officers),
      category: random.pick(categories),
      estimatedValuePence: seedValue(random),
      startDate: random.chance(0.2) ? random.pick(['2024-06-01', '2025-09-15']) : startDate,
      advertDate: random.chance(0.3) ? random.pick(['2025-12-31', '2026-01-01']) : null,
      status: random.pick(exerciseStatuses.filter((status) => status !== 'awarded')),
      socialValueApproach: random.chance(0.5)
        ? random.pick(['award-criterion', 'contract-requirement'] as const)
        : null,
    });
    ids.exercises.push(exercise.id);
  }

  for (let i = 0; i < counts.contracts; i++) {
    const endingSoon = random.chance(0.25);
    const startDate = endingSoon
      ? addMonths(today, -random.int(6, 30))
      : isoDay(random, '2022-04-01', 1800);
    const endDate = endingSoon
      ? isoDay(random, addMonths(today, -1), 240)
      : random.chance(0.2)
        ? startDate
        : isoDay(random, startDate, 1500);
    const input = contractInput(random.pick(ids.suppliers), {
      reference: `C-${String(i).padStart(4, '0')}`,
      title: `${random.pick(titleWords)} ${random.pick(titleMore)} contract ${i}`,
      category: random.pick(categories),
      valuePence: seedValue(random),
      annualValuePence: random.chance(0.5) ? random.int(0, 5_000_000) : null,
      startDate,
      endDate,
      contractManager: random.pick(officers),
      directorate: random.chance(0.1) ? null : random.pick(seedDirectorates),
      status: random.pick(contractStatuses),
    });
    const exerciseId = i % 5 === 0 ? ids.exercises[i] : undefined;
    if (exerciseId) {
      const exercise = expectOk(await callApi(ctx, 'exercises.get', { id: exerciseId }));
      if (exercise.status !== 'cancelled') {
        const contract = expectOk(
          await callApi(ctx, 'exercises.award', {
            id: exerciseId,
            version: exercise.version,
            contract: input,
          }),
        );
        ids.contracts.push(contract.id);
        continue;
      }
    }
    ids.contracts.push(expectOk(await callApi(ctx, 'contracts.create', input)).id);
  }

  // Delete some of each: contracts first, then exercises and suppliers no contract holds.
  for (const id of ids.contracts.slice(-counts.deleted)) {
    const { version } = expectOk(await callApi(ctx, 'contracts.get', { id }));
    expectOk(await callApi(ctx, 'contracts.delete', { id, version }));
    ids.deleted.contracts.push(id);
  }
  for (const id of [...ids.exercises].reverse()) {
    if (ids.deleted.exercises.length === counts.deleted) break;
    const exercise = expectOk(await callApi(ctx, 'exercises.get', { id }));
    if (exercise.contractId) continue;
    expectOk(await callApi(ctx, 'exercises.delete', { id, version: exercise.version }));
    ids.deleted.exercises.push(id);
  }
  for (const id of [...ids.suppliers].reverse()) {
    if (ids.deleted.suppliers.length === counts.deleted) break;
    const supplier = expectOk(await callApi(ctx, 'suppliers.get', { id }));
    if (supplier.contractCount > 0) continue;
    expectOk(await callApi(ctx, 'suppliers.delete', { id, version: supplier.version }));
    ids.deleted.suppliers.push(id);
  }
  return ids;
}
