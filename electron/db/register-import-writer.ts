// Writes a register's rows through the repositories (so each change is in the audit trail):
// a row whose reference the workspace already has updates that record with the values the row
// gives, other rows add records; suppliers are matched or created. All in the caller's one
// transaction: a row that cannot be written writes nothing and is reported as skipped, with its
// reason, and the others go on. A dry run (the preview) goes through the very same checks and
// decisions, row by row, and leaves out only the writes: it reads and never writes.

import type { Database } from 'better-sqlite3';
import { contractFieldsSchema, type ContractStatus } from '../../shared/contract';
import type { Threshold } from '../../shared/council-profile';
import {
  exerciseFieldsSchema,
  type ExerciseStatus,
  type ProcurementCategory,
} from '../../shared/exercise';
import type { ImportIssue } from '../../shared/framework-import';
import type { RegisterKind } from '../../shared/register-import';
import { AppError } from '../../shared/result';
import { supplierFieldsSchema } from '../../shared/supplier';
import type { Given } from '../excel/register-rows';
import type { RegisterReportBuilder } from '../excel/register-report';
import { getContract, storedColumns, updateContract } from './contract-repository';
import {
  checkStatusChange,
  getExercise,
  insertExercise,
  updateExercise,
} from './exercise-repository';
import type { ImportedRow, WrittenRecord } from './import-history-repository';
import { orderedUuid } from './ordered-uuid';
import { insertRecord } from './records';
import {
  firstOnly,
  pick,
  placeholderNote,
  requireGiven,
  valid,
  type RowToWrite,
} from './register-row-checks';
import {
  differs,
  directorateSpellings,
  inserted,
  liveByReference,
  matchedUpdate,
  spelledLike,
  updated,
  type RowWritten,
} from './register-row-outcomes';
import { RowSkipped } from './register-row-skipped';
import { SupplierMatcher, type SupplierNamed } from './register-suppliers';
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
  /** True for a preview: every row is checked and counted as the import would, nothing written. */
  dryRun: boolean;
  /** Hears of each record written, for the import history (none in a dry run). */
  record?: (row: ImportedRow, versionAfter: number) => void;
}

type RowWriter = (row: RowToWrite) => RowWritten;

/** Stands in for the supplier while a new contract's other fields are checked. */
const supplierToBe = '00000000-0000-4000-8000-000000000000';

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
  const { officer, thresholds, report, today, dryRun } = options;
  const suppliers = new SupplierMatcher(db, officer, options.localArea, dryRun);
  const spelling = directorateSpellings(db);
  const supplierId = (row: number, given: Given, written: WrittenRecord[]) =>
    suppliers.resolve(row, supplierOf(given), (match) => report.supplier(match), written);
  return (toWrite) => {
    const { row, given, warnings } = toWrite;
    const written: WrittenRecord[] = [];
    requireGiven(
      given,
      'reference',
      'No reference',
      'There is no reference, so the row cannot be matched to a contract',
    );
    const reference = given.reference as string;
    firstOnly('reference', toWrite, reference);
    const picked = pick(given, contractKeys);
    const existing = liveByReference(db, 'contracts', reference);
    if (existing) {
      const current = getContract(db, existing.id);
      const checked = valid(contractFieldsSchema, 'contracts', { ...current, ...picked });
      // A supplier made for this row, then an update refused: both rolled back together (a dry
      // run writes neither, so needs no savepoint).
      const decide = () => {
        const fields = spelledLike(
          db,
          'contracts',
          current,
          given.supplierName
            ? { ...checked, supplierId: supplierId(row, given, written) }
            : checked,
        );
        return matchedUpdate(current, fields, { reference, title: fields.title, dryRun }, () =>
          updated(db, 'contracts', current.id, () =>
            updateContract(db, current.id, current.version, fields, officer, thresholds),
          ),
        );
      };
      try {
        const outcome = dryRun ? decide() : db.transaction(decide)();
        return { ...outcome, written: [...written, ...outcome.written] };
      } catch (error) {
        suppliers.forget(written);
        throw error;
      }
    }
    requireGiven(given, 'title', 'No title', 'There is no title, and a new contract needs one');
    requireGiven(
      given,
      'supplierName',
      'No supplier',
      'There is no supplier name, and a new contract needs its supplier',
    );
    const startNote = placeholderNote(warnings, options.columns.heading('startDate'));
    requireGiven(
      given,
      'startDate',
      'No start date',
      `There is no start date${startNote}, and a new contract needs one`,
    );
    const endNote = placeholderNote(warnings, options.columns.heading('endDate'));
    requireGiven(
      given,
      'endDate',
      'No end date',
      `There is no end date${endNote}, and a new contract needs one`,
    );
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
    const contract = inserted('contracts', dryRun, () =>
      // A time-ordered id: the contracts' id index then grows at its end (ordered-uuid.ts).
      insertRecord(db, 'contracts', storedColumns(fields, thresholds), officer, {}, orderedUuid()),
    );
    return { action: 'add', reference, title: fields.title, written: [...written, contract] };
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
  const { officer, thresholds, report, today, dryRun } = options;
  return (toWrite) => {
    const { row, given, warnings } = toWrite;
    requireGiven(
      given,
      'reference',
      'No reference',
      'There is no reference, so the row cannot be matched to a procurement exercise',
    );
    const reference = given.reference as string;
    firstOnly('reference', toWrite, reference);
    const picked = pick(given, exerciseKeys);
    const existing = liveByReference(db, 'exercises', reference);
    if (existing) {
      const current = getExercise(db, existing.id);
      const fields = spelledLike(
        db,
        'exercises',
        current,
        valid(exerciseFieldsSchema, 'exercises', { ...current, ...picked }),
      );
      if (dryRun && differs(current, fields)) checkStatusChange(db, current.id, fields.status);
      return matchedUpdate(current, fields, { reference, title: fields.title, dryRun }, () =>
        updated(db, 'exercises', current.id, () =>
          updateExercise(db, current.id, current.version, fields, officer, thresholds),
        ),
      );
    }
    requireGiven(
      given,
      'title',
      'No title',
      'There is no title, and a new procurement exercise needs one',
    );
    const note = placeholderNote(warnings, options.columns.heading('startDate'));
    requireGiven(
      given,
      'startDate',
      'No start date',
      `There is no start date${note}, and a new procurement exercise needs one`,
    );
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
    const exercise = inserted('exercises', dryRun, () =>
      insertExercise(db, fields, officer, thresholds),
    );
    return { action: 'add', reference, title: fields.title, written: [exercise] };
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
  const { officer, localArea, dryRun } = options;
  const matcher = new SupplierMatcher(db, officer, localArea, dryRun);
  return (toWrite) => {
    const { row, given } = toWrite;
    requireGiven(given, 'name', 'No name', 'There is no supplier name');
    const name = given.name as string;
    firstOnly('supplier', toWrite, name);
    const picked = pick(given, supplierKeys);
    const found = matcher.find({ name, companyNumber: given.companyNumber as string | undefined });
    const number = (given.companyNumber as string | undefined) ?? '';
    if (found) {
      const current = getSupplier(db, found.known.id);
      const fields = valid(supplierFieldsSchema, 'suppliers', { ...current, ...picked });
      options.report.supplier({ row, name, by: found.by, supplierName: current.name });
      return matchedUpdate(
        current,
        fields,
        { reference: number, title: current.name, dryRun },
        () =>
          updated(db, 'suppliers', current.id, () =>
            updateSupplier(db, current.id, current.version, fields, officer, localArea),
          ),
      );
    }
    const fields = valid(supplierFieldsSchema, 'suppliers', { name, ...picked });
    const supplier = inserted('suppliers', dryRun, () =>
      insertSupplier(db, fields, officer, localArea),
    );
    return { action: 'add', reference: number, title: fields.name, written: [supplier] };
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
 * transaction, which the caller commits; a dry run writes nothing and needs none.
 */
export function writeRegisterRows(
  db: Database,
  rows: Iterable<RowToWrite>,
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
