// Contracts: reads, writes, their scope, and the contracts register list.

import type { Database } from 'better-sqlite3';
import type { Contract, ContractFields } from '../../shared/contract';
import type { Threshold } from '../../shared/council-profile';
import type { ContractListParams, ListPage } from '../../shared/list-query';
import { AppError } from '../../shared/result';
import { isSme } from '../../shared/supplier-rules';
import type { SupplierSize } from '../../shared/supplier';
import { columnMap } from './column-map';
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

function storedColumns(fields: ContractFields, thresholds: readonly Threshold[]): Fields {
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

/** The supplier and exercise a contract names must be live records. */
function checkLinks(db: Database, fields: ContractFields): void {
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
  if (fields.exerciseId && !live('exercises', fields.exerciseId)) {
    throw problem('exerciseId', 'That procurement exercise does not exist, or has been deleted.');
  }
}

export function insertContract(
  db: Database,
  fields: ContractFields,
  officer: string,
  thresholds: readonly Threshold[],
): string {
  checkUniqueReference(db, 'contracts', fields.reference, null, 'contract');
  checkLinks(db, fields);
  return insertRecord(db, 'contracts', storedColumns(fields, thresholds), officer);
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
  checkLinks(db, fields);
  updateRecord(db, 'contracts', id, storedColumns(fields, thresholds), officer);
}

export function deleteContract(db: Database, id: string, version: number, officer: string): void {
  checkVersion(db, 'contracts', id, version, 'contract');
  deleteRecord(db, 'contracts', id, officer);
}

export function restoreContract(db: Database, id: string, officer: string): void {
  const row = statement(db, 'SELECT supplier_id FROM contracts WHERE id = ?').get(id) as
    { supplier_id: string } | undefined;
  if (row) {
    checkReferenceFreeToRestore(db, 'contracts', id, 'contract');
    if (
      !statement(db, 'SELECT 1 FROM suppliers WHERE id = ? AND deleted_at IS NULL').get(
        row.supplier_id,
      )
    ) {
      throw new AppError(
        'conflict',
        "This contract's supplier has been deleted; restore the supplier first.",
      );
    }
  }
  restoreRecord(db, 'contracts', id, officer);
}

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

function contractListSpec(query: ContractListParams): ListSpec {
  const filter = new ListFilter()
    .where('c.deleted_at IS NULL')
    .search(query.search, [
      'c.reference',
      'c.title',
      's.name',
      'c.directorate',
      'c.contract_manager',
    ])
    .oneOf('c.status', query.status)
    .equals('c.directorate', query.directorate)
    .equals('c.category', query.category)
    .equals('c.supplier_id', query.supplierId)
    .scope('c', query.scope)
    .flag('s.local', query.local)
    .flag('s.vcse', query.vcse);
  if (query.sme === true) filter.where("s.size IN ('micro', 'small', 'medium')");
  if (query.sme === false) filter.where("s.size = 'large'");
  // Running at any time within the range.
  if (query.from) filter.where('c.end_date >= ?', query.from);
  if (query.to) filter.where('c.start_date <= ?', query.to);
  return {
    select: contractSelect,
    from: contractFrom,
    filter,
    orderBy: sortColumns[query.sort],
    direction: query.direction,
    idColumn: 'c.id',
    valueColumn: 'c.value_pence',
    offset: query.offset,
    limit: query.limit,
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
