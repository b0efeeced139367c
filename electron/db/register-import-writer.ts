// Writes a register's rows through the repositories (so each change is in the audit trail):
// a row whose reference the workspace already has updates that record with the values the row
// gives, other rows add records; suppliers are matched or created. All in the caller's one
// transaction: a row that cannot be written writes nothing and is reported as skipped, with its
// reason, and the others go on.

import type { Database } from 'better-sqlite3';
import { contractFieldsSchema, type ContractStatus } from '../../shared/contract';
import type { Threshold } from '../../shared/council-profile';
import {
  exerciseFieldsSchema,
  type ExerciseStatus,
  type ProcurementCategory,
} from '../../shared/exercise';
import type { ImportIssue } from '../../shared/framework-import';
import { registerFields, type RegisterKind, type RowAction } from '../../shared/register-import';
import { AppError } from '../../shared/result';
import { supplierFieldsSchema } from '../../shared/supplier';
import { normaliseSupplierName } from '../../shared/supplier-rules';
import type { z } from 'zod';
import type { Given, ReadRow } from '../excel/register-rows';
import type { RegisterReportBuilder } from '../excel/register-report';
import { getContract, storedColumns, updateContract } from './contract-repository';
import { withDirectorateSpelling } from './directorates';
import { getExercise, insertExercise, updateExercise } from './exercise-repository';
import type { ImportedRow, WrittenRecord } from './import-history-repository';
import { insertRecord, type Fields } from './records';
import { RowSkipped } from './register-row-skipped';
import { SupplierMatcher, type SupplierNamed } from './register-suppliers';
import { statement } from './statements';
import { getSupplier, insertSupplier, updateSupplier } from './supplier-repository';

export interface RegisterWriteOptions {
  kind: RegisterKind;
  officer: string;
  /** Today, for the status of records whose file gives none. */
  today: string;
  thresholds: readonly Threshold[];
  localArea: readonly string[];
  defaultCategory: ProcurementCategory;
  report: RegisterReportBuilder;
  /** How messages name the file's columns. */
  columns: { sheet: string; heading(field: string): string };
  /** Hears of each record written, for the import history (none in a preview). */
  record?: (row: ImportedRow, versionAfter: number) => void;
}

interface RowWritten {
  action: RowAction;
  reference: string;
  title: string;
  /** The records written, for the import history (so the import can be undone). */
  written: WrittenRecord[];
}

type RowWriter = (row: ReadRow) => RowWritten;

/** Stands in for the supplier while a new contract's other fields are checked. */
const supplierToBe = '00000000-0000-4000-8000-000000000000';

function pick(given: Given, keys: readonly string[]): Given {
  return Object.fromEntries(keys.filter((k) => k in given).map((k) => [k, given[k] as never]));
}

function valid<S extends z.ZodType>(schema: S, kind: RegisterKind, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const key = String(issue?.path[0] ?? '');
  const label = registerFields[kind].find((f) => f.key === key)?.label ?? key;
  throw new RowSkipped('Not valid', `${label}: ${issue?.message ?? 'not valid'}`);
}

function require(given: Given, key: string, kind: string, reason: string): void {
  if (given[key] === undefined || given[key] === '') throw new RowSkipped(kind, reason);
}

/** A placeholder note in the row's warnings, to explain a missing date. */
function placeholderNote(warnings: readonly ImportIssue[], column: string): string {
  const note = warnings.find((w) => w.column === column && w.message.includes('not known'));
  return note ? ` (${note.value} in the file stands for "not known")` : '';
}

function liveByReference(db: Database, table: 'contracts' | 'exercises', reference: string) {
  return statement(
    db,
    `SELECT id, version FROM ${table} WHERE reference = ? COLLATE NOCASE AND deleted_at IS NULL`,
  ).get(reference) as { id: string; version: number } | undefined;
}

const storedRow = (db: Database, table: string, id: string) =>
  statement(db, `SELECT * FROM ${table} WHERE id = ?`).get(id) as Fields;

const bookkeeping = new Set(['version', 'updated_at', 'updated_by']);

/** Runs an update; the history entry of what it changed, or null when it changed nothing. */
function updated(
  db: Database,
  table: string,
  id: string,
  update: () => void,
): WrittenRecord | null {
  const before = storedRow(db, table, id);
  update();
  const after = storedRow(db, table, id);
  if (after.version === before.version) return null;
  const changed = Object.keys(before).filter((c) => !bookkeeping.has(c) && before[c] !== after[c]);
  return {
    entry: {
      table,
      rowId: id,
      action: 'updated',
      before: Object.fromEntries(changed.map((c) => [c, before[c] ?? null])),
    },
    versionAfter: after.version as number,
  };
}

const created = (table: string, rowId: string): WrittenRecord => ({
  entry: { table, rowId, action: 'created' },
  versionAfter: 1,
});

/** The outcome of a row matched to a stored record. */
function matched(entry: WrittenRecord | null, reference: string, title: string): RowWritten {
  return entry
    ? { action: 'update', reference, title, written: [entry] }
    : { action: 'unchanged', reference, title, written: [] };
}

function differs(current: object, fields: object): boolean {
  const stored = current as Record<string, unknown>;
  return Object.entries(fields).some(
    ([key, value]) => JSON.stringify(stored[key] ?? null) !== JSON.stringify(value ?? null),
  );
}

/**
 * The workspace's spelling of each directorate a file names, looked up once per name (case
 * ignored) rather than once per row.
 */
function directorateSpellings(db: Database): (name: string | null) => string | null {
  const known = new Map<string, string | null>();
  return (name) => {
    if (name === null) return null;
    const key = name.toLowerCase();
    if (!known.has(key)) {
      const spelled = withDirectorateSpelling(
        db,
        { directorate: name },
        { table: 'contracts', id: null },
      );
      known.set(key, spelled.directorate);
    }
    return known.get(key) ?? null;
  };
}

/** Rows after the first with the same reference (or supplier) are left out. */
function firstOnly(what: string) {
  const seen = new Map<string, number>();
  return (row: number, key: string, shown: string) => {
    const first = seen.get(key.toLowerCase());
    if (first !== undefined) {
      throw new RowSkipped(
        `Repeated ${what}`,
        `Row ${first} has the ${what} ${shown} too; only the first of them is imported`,
      );
    }
    seen.set(key.toLowerCase(), row);
  };
}

function contractStatusFor(today: string, start: string, end: string): ContractStatus {
  if (today < start) return 'not-started';
  return today > end ? 'ended' : 'active';
}

function exerciseStatusFor(today: string, given: Given): ExerciseStatus {
  if (given.awardDecisionDate) return 'awarded';
  const closes = given.tenderCloseDate as string | undefined;
  if (closes) return closes >= today ? 'live' : 'evaluation';
  return given.advertDate ? 'live' : 'pipeline';
}

const contractKeys = [
  'reference',
  'title',
  'category',
  'valuePence',
  'annualValuePence',
  'startDate',
  'endDate',
  'extensionOptions',
  'contractManager',
  'directorate',
  'status',
];

function supplierOf(given: Given): SupplierNamed {
  const named: SupplierNamed = { name: given.supplierName as string };
  if (given.supplierCompanyNumber) named.companyNumber = given.supplierCompanyNumber as string;
  if (given.supplierCharityNumber) named.charityNumber = given.supplierCharityNumber as string;
  if (given.supplierPostcode) named.postcode = given.supplierPostcode as string;
  if (given.supplierVcse !== undefined) named.vcse = given.supplierVcse as boolean;
  return named;
}

function contractWriter(db: Database, options: RegisterWriteOptions): RowWriter {
  const { officer, thresholds, report, today } = options;
  const suppliers = new SupplierMatcher(db, officer, options.localArea);
  const once = firstOnly('reference');
  const spelling = directorateSpellings(db);
  const supplierId = (row: number, given: Given, written: WrittenRecord[]) =>
    suppliers.resolve(row, supplierOf(given), (match) => report.supplier(match), written);
  return ({ row, given, warnings }) => {
    const written: WrittenRecord[] = [];
    require(given, 'reference', 'No reference', 'There is no reference, so the row cannot be matched to a contract');
    const reference = given.reference as string;
    once(row, reference, reference);
    const picked = pick(given, contractKeys);
    const existing = liveByReference(db, 'contracts', reference);
    if (existing) {
      const current = getContract(db, existing.id);
      const checked = valid(contractFieldsSchema, 'contracts', { ...current, ...picked });
      // A supplier made for this row, then an update refused: both rolled back together.
      const update = db.transaction(() => {
        const fields = given.supplierName
          ? { ...checked, supplierId: supplierId(row, given, written) }
          : checked;
        const entry = differs(current, fields)
          ? updated(db, 'contracts', current.id, () =>
              updateContract(db, current.id, current.version, fields, officer, thresholds),
            )
          : null;
        return matched(entry, reference, fields.title);
      });
      try {
        const outcome = update();
        return { ...outcome, written: [...written, ...outcome.written] };
      } catch (error) {
        suppliers.forget(written);
        throw error;
      }
    }
    require(given, 'title', 'No title', 'There is no title, and a new contract needs one');
    require(given, 'supplierName', 'No supplier', 'There is no supplier name, and a new contract needs its supplier');
    const startNote = placeholderNote(warnings, options.columns.heading('startDate'));
    require(given, 'startDate', 'No start date', `There is no start date${startNote}, and a new contract needs one`);
    const endNote = placeholderNote(warnings, options.columns.heading('endDate'));
    require(given, 'endDate', 'No end date', `There is no end date${endNote}, and a new contract needs one`);
    if (given.valuePence === undefined) {
      report.warn([
        rowIssue(
          options,
          row,
          'valuePence',
          'No value is given, so the contract is recorded at £0.00',
        ),
      ]);
    }
    const candidate = {
      category: options.defaultCategory,
      valuePence: 0,
      status: contractStatusFor(today, given.startDate as string, given.endDate as string),
      ...picked,
      supplierId: supplierToBe,
    };
    const checked = valid(contractFieldsSchema, 'contracts', candidate);
    const fields = {
      ...checked,
      supplierId: supplierId(row, given, written),
      directorate: spelling(checked.directorate),
    };
    // What insertContract checks is known here: the reference is free (looked up above, and
    // once per file), the supplier was just found or made, and no exercise is linked.
    const id = insertRecord(db, 'contracts', storedColumns(fields, thresholds), officer);
    return {
      action: 'add',
      reference,
      title: fields.title,
      written: [...written, created('contracts', id)],
    };
  };
}

const exerciseKeys = [
  'reference',
  'title',
  'description',
  'directorate',
  'leadOfficer',
  'category',
  'estimatedValuePence',
  'startDate',
  'advertDate',
  'tenderCloseDate',
  'awardDecisionDate',
  'contractStartDate',
  'contractEndDate',
  'status',
];

function exerciseWriter(db: Database, options: RegisterWriteOptions): RowWriter {
  const { officer, thresholds, report, today } = options;
  const once = firstOnly('reference');
  return ({ row, given, warnings }) => {
    require(given, 'reference', 'No reference', 'There is no reference, so the row cannot be matched to a procurement exercise');
    const reference = given.reference as string;
    once(row, reference, reference);
    const picked = pick(given, exerciseKeys);
    const existing = liveByReference(db, 'exercises', reference);
    if (existing) {
      const current = getExercise(db, existing.id);
      const fields = valid(exerciseFieldsSchema, 'exercises', { ...current, ...picked });
      const entry = differs(current, fields)
        ? updated(db, 'exercises', current.id, () =>
            updateExercise(db, current.id, current.version, fields, officer, thresholds),
          )
        : null;
      return matched(entry, reference, fields.title);
    }
    require(given, 'title', 'No title', 'There is no title, and a new procurement exercise needs one');
    const note = placeholderNote(warnings, options.columns.heading('startDate'));
    require(given, 'startDate', 'No start date', `There is no start date${note}, and a new procurement exercise needs one`);
    if (given.estimatedValuePence === undefined) {
      report.warn([
        rowIssue(
          options,
          row,
          'estimatedValuePence',
          'No value is given, so the exercise is recorded at £0.00',
        ),
      ]);
    }
    const fields = valid(exerciseFieldsSchema, 'exercises', {
      category: options.defaultCategory,
      estimatedValuePence: 0,
      status: exerciseStatusFor(today, given),
      ...picked,
    });
    const id = insertExercise(db, fields, officer, thresholds);
    return { action: 'add', reference, title: fields.title, written: [created('exercises', id)] };
  };
}

const supplierKeys = [
  'companyNumber',
  'charityNumber',
  'address',
  'postcode',
  'vcse',
  'contactName',
  'contactEmail',
  'contactPhone',
];

function supplierWriter(db: Database, options: RegisterWriteOptions): RowWriter {
  const { officer, localArea } = options;
  const matcher = new SupplierMatcher(db, officer, localArea);
  const once = firstOnly('supplier');
  return ({ row, given }) => {
    require(given, 'name', 'No name', 'There is no supplier name');
    const name = given.name as string;
    once(row, (given.companyNumber as string | undefined) ?? normaliseSupplierName(name), name);
    const picked = pick(given, supplierKeys);
    const found = matcher.find({ name, companyNumber: given.companyNumber as string | undefined });
    const number = (given.companyNumber as string | undefined) ?? '';
    if (found) {
      const current = getSupplier(db, found.known.id);
      const fields = valid(supplierFieldsSchema, 'suppliers', { ...current, ...picked });
      options.report.supplier({ row, name, by: found.by, supplierName: current.name });
      const entry = differs(current, fields)
        ? updated(db, 'suppliers', current.id, () =>
            updateSupplier(db, current.id, current.version, fields, officer, localArea),
          )
        : null;
      return matched(entry, number, current.name);
    }
    const fields = valid(supplierFieldsSchema, 'suppliers', { name, ...picked });
    const id = insertSupplier(db, fields, officer, localArea);
    return {
      action: 'add',
      reference: number,
      title: fields.name,
      written: [created('suppliers', id)],
    };
  };
}

/** A warning about a row's field, named by its column. */
function rowIssue(
  options: RegisterWriteOptions,
  row: number,
  field: string,
  message: string,
): ImportIssue {
  const { columns } = options;
  return { sheet: columns.sheet, row, column: columns.heading(field), value: null, message };
}

const writers: Record<RegisterKind, (db: Database, options: RegisterWriteOptions) => RowWriter> = {
  contracts: contractWriter,
  exercises: exerciseWriter,
  suppliers: supplierWriter,
};

/**
 * Writes the rows into the report; each record written is handed to `options.record`. A row is
 * checked before it is written, so a row left out has written nothing (the one row that writes
 * twice, a supplier and then a contract update, does so in a savepoint). Call inside a
 * transaction: the caller commits (an import) or rolls back (a preview, which so shows exactly
 * what the import does).
 */
export function writeRegisterRows(
  db: Database,
  rows: Iterable<ReadRow>,
  options: RegisterWriteOptions,
): void {
  const write = writers[options.kind](db, options);
  for (const row of rows) {
    try {
      const done = write(row);
      options.report.warn(row.warnings);
      options.report.done(row.row, done.action, done.reference, done.title);
      for (const { entry, versionAfter } of done.written) options.record?.(entry, versionAfter);
    } catch (error) {
      if (error instanceof RowSkipped) {
        options.report.skip({ row: row.row, kind: error.kind, reason: error.reason });
      } else if (error instanceof AppError && error.code !== 'internal') {
        options.report.skip({ row: row.row, kind: 'Refused', reason: error.message });
      } else throw error;
    }
  }
}
