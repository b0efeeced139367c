// Contracts: reads, writes, their scope, and the contracts register list.

import type { Database } from 'better-sqlite3';
import type { Contract, ContractFields } from '../../shared/contract';
import type { Threshold } from '../../shared/council-profile';
import type { ContractListParams, ListPage } from '../../shared/list-query';
import { AppError } from '../../shared/result';
import { isSme } from '../../shared/supplier-rules';
import type { SupplierSize } from '../../shared/supplier';
import { columnMap } from './column-map';
import { withDirectorateSpelling } from './directorates';
import { allOf, ListFilter, runList, type ListSpec } from './list-sql';
import {
  checkReferenceFreeToRestore,
  checkUniqueReference,
  checkVersion,
  deleteRecord,
  insertRecord,
  restoreRecord,
  updateRecord,
  type Fields,
} from './records';
import { recomputeScope, scopeColumns, scopeFromRow } from './scope-columns';
import { statement } from './statements';

export const contractColumns = columnMap<ContractFields>({
  reference: ['reference', 'text'],
  title: ['title', 'text'],
  supplierId: ['supplier_id', 'text'],
  exerciseId: ['exercise_id', 'text'],
  category: ['category', 'text'],
  valuePence: ['value_pence', 'number'],
  annualValuePence: ['annual_value_pence', 'number'],
  startDate: ['start_date', 'text'],
  endDate: ['end_date', 'text'],
  extensionOptions: ['extension_options', 'text'],
  contractManager: ['contract_manager', 'text'],
  directorate: ['directorate', 'text'],
  status: ['status', 'text'],
});

/** A contract's stored columns, with its scope worked out (bulk imports write these too). */
export function storedColumns(fields: ContractFields, thresholds: readonly Threshold[]): Fields {
  return {
    ...contractColumns.toColumns(fields),
    ...scopeColumns(
      { category: fields.category, valuePence: fields.valuePence, date: fields.startDate },
      thresholds,
    ),
  };
}

export const contractSelect = `c.*, s.name AS supplier_name, s.local AS supplier_local, s.size AS supplier_size,
  s.vcse AS supplier_vcse, e.reference AS exercise_reference`;
export const contractFrom = `contracts c JOIN suppliers s ON s.id = c.supplier_id
  LEFT JOIN exercises e ON e.id = c.exercise_id AND e.deleted_at IS NULL`;

export function toContract(row: Record<string, unknown>): Contract {
  return {
    ...contractColumns.fromRow(row),
    id: row.id as string,
    supplierName: row.supplier_name as string,
    supplierLocal: row.supplier_local === 1,
    supplierSme: isSme(row.supplier_size as SupplierSize | null) ?? false,
    supplierVcse: row.supplier_vcse === 1,
    exerciseReference: (row.exercise_reference as string | null) ?? null,
    scope: scopeFromRow(row),
    version: row.version as number,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
    updatedBy: row.updated_by as string,
  };
}

export function getContract(db: Database, id: string): Contract {
  const row = statement(
    db,
    `SELECT ${contractSelect} FROM ${contractFrom} WHERE c.id = ? AND c.deleted_at IS NULL`,
  ).get(id) as Record<string, unknown> | undefined;
  if (!row) throw new AppError('not_found', 'That contract does not exist, or has been deleted.');
  return toContract(row);
}

/** The live contract other than `exceptId` that an exercise was awarded as, if any. */
function otherLiveContract(
  db: Database,
  exerciseId: string,
  exceptId: string | null,
): { reference: string } | undefined {
  return statement(
    db,
    'SELECT reference FROM contracts WHERE exercise_id = ? AND deleted_at IS NULL AND id IS NOT ? ORDER BY created_at LIMIT 1',
  ).get(exerciseId, exceptId) as { reference: string } | undefined;
}

/**
 * The supplier and exercise a contract names must be live records, and an exercise is awarded
 * as one contract: linking a contract to an exercise that already has a live one is refused.
 * `linkedExerciseId` is the exercise the stored contract already names (an update leaves a
 * link it does not change alone).
 */
function checkLinks(
  db: Database,
  fields: ContractFields,
  contractId: string | null,
  linkedExerciseId: string | null,
): void {
  const live = (table: string, id: string) =>
    statement(db, `SELECT 1 FROM ${table} WHERE id = ? AND deleted_at IS NULL`).get(id);
  const problem = (field: string, message: string) =>
    new AppError('invalid_input', message, { issues: [{ path: [field], message }] });
  if (!live('suppliers', fields.supplierId)) {
    throw problem(
      'supplierId',
      'That supplier does not exist, or has been deleted. Choose another.',
    );
  }
  if (!fields.exerciseId) return;
  if (!live('exercises', fields.exerciseId)) {
    throw problem('exerciseId', 'That procurement exercise does not exist, or has been deleted.');
  }
  const other =
    fields.exerciseId !== linkedExerciseId && otherLiveContract(db, fields.exerciseId, contractId);
  if (other) {
    throw problem(
      'exerciseId',
      `That procurement exercise was already awarded as contract ${other.reference}, and an exercise has only one contract. Link this contract to another exercise, or to none.`,
    );
  }
}

export function insertContract(
  db: Database,
  fields: ContractFields,
  officer: string,
  thresholds: readonly Threshold[],
): string {
  checkUniqueReference(db, 'contracts', fields.reference, null, 'contract');
  checkLinks(db, fields, null, null);
  return insertRecord(
    db,
    'contracts',
    storedColumns(
      withDirectorateSpelling(db, fields, { table: 'contracts', id: null }),
      thresholds,
    ),
    officer,
  );
}

export function updateContract(
  db: Database,
  id: string,
  version: number,
  fields: ContractFields,
  officer: string,
  thresholds: readonly Threshold[],
): void {
  checkVersion(db, 'contracts', id, version, 'contract');
  checkUniqueReference(db, 'contracts', fields.reference, id, 'contract');
  const stored = statement(db, 'SELECT exercise_id FROM contracts WHERE id = ?').get(id) as {
    exercise_id: string | null;
  };
  checkLinks(db, fields, id, stored.exercise_id);
  updateRecord(
    db,
    'contracts',
    id,
    storedColumns(withDirectorateSpelling(db, fields, { table: 'contracts', id }), thresholds),
    officer,
  );
}

export function deleteContract(db: Database, id: string, version: number, officer: string): void {
  checkVersion(db, 'contracts', id, version, 'contract');
  deleteRecord(db, 'contracts', id, officer);
}

export function restoreContract(db: Database, id: string, officer: string): void {
  const row = statement(db, 'SELECT supplier_id, exercise_id FROM contracts WHERE id = ?').get(
    id,
  ) as { supplier_id: string; exercise_id: string | null } | undefined;
  if (row) {
    checkReferenceFreeToRestore(db, 'contracts', id, 'contract');
    if (
      !statement(db, 'SELECT 1 FROM suppliers WHERE id = ? AND deleted_at IS NULL').get(
        row.supplier_id,
      )
    ) {
      throw new AppError(
        'refused',
        "This contract's supplier has been deleted; restore the supplier first.",
      );
    }
    const other = row.exercise_id && otherLiveContract(db, row.exercise_id, id);
    if (other) {
      const exercise = statement(db, 'SELECT reference FROM exercises WHERE id = ?').get(
        row.exercise_id,
      ) as { reference: string };
      throw new AppError(
        'refused',
        `This contract cannot be restored: since it was deleted, its procurement exercise ${exercise.reference} was awarded again, as contract ${other.reference}, and an exercise has only one contract. Delete contract ${other.reference} first if this one should stand instead.`,
      );
    }
  }
  restoreRecord(db, 'contracts', id, officer);
}

// Each sort has an index in its order (migration 3), so a window anywhere in the list is found
// without sorting; the status order is an indexed expression, written the same way there.
const sortColumns: Record<ContractListParams['sort'], string> = {
  reference: 'c.reference COLLATE NOCASE',
  title: 'c.title COLLATE NOCASE',
  supplierName: 's.name COLLATE NOCASE',
  directorate: 'c.directorate COLLATE NOCASE',
  category: 'c.category',
  valuePence: 'c.value_pence',
  startDate: 'c.start_date',
  endDate: 'c.end_date',
  status:
    "CASE c.status WHEN 'not-started' THEN 1 WHEN 'active' THEN 2 WHEN 'ended' THEN 3 ELSE 4 END",
};

/** The filters on the contract's supplier, as one lookup rather than a join. */
function supplierFilter(query: ContractListParams): ListFilter {
  const filter = new ListFilter().flag('s.local', query.local).flag('s.vcse', query.vcse);
  if (query.sme === true) filter.where("s.size IN ('micro', 'small', 'medium')");
  if (query.sme === false) filter.where("s.size = 'large'");
  if (query.sme === 'unknown') filter.where('s.size IS NULL');
  return filter;
}

function contractFilter(query: ContractListParams): ListFilter {
  const filter = new ListFilter('c.deleted_at IS NULL')
    .search(query.search, [
      'c.reference',
      'c.title',
      { key: 'c.supplier_id', table: 'suppliers', column: 'name' },
      'c.directorate',
      'c.contract_manager',
    ])
    .oneOf('c.status', query.status)
    .equals('c.directorate', query.directorate)
    .equals('c.category', query.category)
    .equals('c.supplier_id', query.supplierId)
    .scope('c', query.scope);
  const suppliers = supplierFilter(query);
  if (suppliers.narrowed) {
    filter.where(
      `c.supplier_id IN (SELECT s.id FROM suppliers s ${suppliers.sql()})`,
      ...suppliers.params,
    );
  }
  // Running at any time within the range.
  if (query.from) filter.where('c.end_date >= ?', query.from);
  if (query.to) filter.where('c.start_date <= ?', query.to);
  return filter;
}

/** From this far into a filtered list, walking it beats sorting its matches (npm run bench). */
const deepInList = 10_000;

/**
 * The contracts as each list query reads them. The supplier's columns are filtered through
 * lookups, so the count and the window's ids are found on the contracts alone, and the supplier
 * is joined only to sort by its name. The index is named rather than left to SQLite's planner,
 * which without statistics takes a date range or a category to be far narrower than it is and
 * reads the table row by row: the whole list is counted from the value index and walked in its
 * sort's index; a filtered one is read from contracts_for_lists, which holds every column a
 * filter or sort needs, and its matches sorted, or, sorted by supplier name or deep in the list,
 * walked in the sort's order and kept when among the matches; one supplier's contracts are
 * found through contracts_by_supplier.
 */
function contractSources(query: ContractListParams, filter: ListFilter) {
  const walk = 'contracts c';
  const walkBySupplierName = 'suppliers s CROSS JOIN contracts c ON c.supplier_id = s.id';
  const bySupplierName = query.sort === 'supplierName';
  if (!filter.narrowed) {
    return {
      keyFrom: bySupplierName ? walkBySupplierName : walk,
      countFrom: 'contracts c INDEXED BY contracts_by_value',
    };
  }
  const matches = query.supplierId
    ? 'contracts c INDEXED BY contracts_by_supplier'
    : 'contracts c INDEXED BY contracts_for_lists';
  if (!query.supplierId && (bySupplierName || query.offset >= deepInList)) {
    return {
      keyFrom: bySupplierName ? walkBySupplierName : walk,
      countFrom: matches,
      walkMatches: { matchFrom: matches, rowid: 'c.rowid' },
    };
  }
  return {
    keyFrom: bySupplierName ? `${matches} CROSS JOIN suppliers s ON s.id = c.supplier_id` : matches,
    countFrom: matches,
  };
}

export function contractListSpec(query: ContractListParams): ListSpec {
  const filter = contractFilter(query);
  return {
    select: contractSelect,
    from: contractFrom,
    ...contractSources(query, filter),
    filter,
    orderBy: sortColumns[query.sort],
    direction: query.direction,
    idColumn: 'c.id',
    valueColumn: 'c.value_pence',
    offset: query.offset,
    limit: query.limit,
    totals: query.totals,
  };
}

export function listContracts(db: Database, query: ContractListParams): ListPage<Contract> {
  return runList(db, contractListSpec(query), toContract);
}

export function allContracts(db: Database, query: ContractListParams): Contract[] {
  return runList(db, allOf(contractListSpec(query)), toContract).rows;
}

export function recomputeContractScope(db: Database, thresholds: readonly Threshold[]): void {
  recomputeScope(db, 'contracts', 'value_pence', 'start_date', thresholds);
}
