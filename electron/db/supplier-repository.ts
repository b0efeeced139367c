// Suppliers: reads, writes, the derived local flag, likely duplicates and merging.

import type { Database } from 'better-sqlite3';
import type { ListPage, SupplierListParams } from '../../shared/list-query';
import { AppError } from '../../shared/result';
import {
  isSme,
  isSupplierLocal,
  likelyDuplicateGroups,
  localAreaMatcher,
  normaliseSupplierName,
} from '../../shared/supplier-rules';
import type { LocalOverride, Supplier, SupplierFields } from '../../shared/supplier';
import { columnMap } from './column-map';
import { allOf, ListFilter, runList, type ListSpec } from './list-sql';
import {
  checkVersion,
  deleteRecord,
  insertRecord,
  restoreRecord,
  updateRecord,
  type Fields,
} from './records';
import { statement } from './statements';

export const supplierColumns = columnMap<SupplierFields>({
  name: ['name', 'text'],
  companyNumber: ['company_number', 'text'],
  charityNumber: ['charity_number', 'text'],
  address: ['address', 'text'],
  postcode: ['postcode', 'text'],
  localOverride: ['local_override', 'text'],
  size: ['size', 'text'],
  vcse: ['vcse', 'boolean'],
  vcseType: ['vcse_type', 'text'],
  realLivingWage: ['real_living_wage', 'boolean'],
  realLivingWageSince: ['real_living_wage_since', 'text'],
  contactName: ['contact_name', 'text'],
  contactEmail: ['contact_email', 'text'],
  contactPhone: ['contact_phone', 'text'],
});

const overrideAsFlag = (override: LocalOverride): boolean | null =>
  override === 'derived' ? null : override === 'local';

function derivedColumns(fields: SupplierFields, localArea: readonly string[]): Fields {
  const local = isSupplierLocal(
    { postcode: fields.postcode, localOverride: overrideAsFlag(fields.localOverride) },
    localArea,
  );
  return { local: local ? 1 : 0, name_key: normaliseSupplierName(fields.name) };
}

// A supplier's live contracts, counted and summed from an index (migration 3) that holds both.
const contractCount =
  '(SELECT count(*) FROM contracts c WHERE c.supplier_id = s.id AND c.deleted_at IS NULL)';
const contractValue =
  '(SELECT coalesce(sum(c.value_pence), 0) FROM contracts c WHERE c.supplier_id = s.id AND c.deleted_at IS NULL)';
const contractTotals = `${contractCount} AS contract_count, ${contractValue} AS contract_value_pence`;

function toSupplier(row: Record<string, unknown>): Supplier {
  const fields = supplierColumns.fromRow(row);
  return {
    ...fields,
    id: row.id as string,
    local: row.local === 1,
    sme: isSme(fields.size) ?? false,
    contractCount: row.contract_count as number,
    contractValuePence: row.contract_value_pence as number,
    version: row.version as number,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
    updatedBy: row.updated_by as string,
  };
}

export function getSupplier(db: Database, id: string): Supplier {
  const row = statement(
    db,
    `SELECT s.*, ${contractTotals} FROM suppliers s WHERE s.id = ? AND s.deleted_at IS NULL`,
  ).get(id) as Record<string, unknown> | undefined;
  if (!row) throw new AppError('not_found', 'That supplier does not exist, or has been deleted.');
  return toSupplier(row);
}

export function insertSupplier(
  db: Database,
  fields: SupplierFields,
  officer: string,
  localArea: readonly string[],
): string {
  return insertRecord(
    db,
    'suppliers',
    { ...supplierColumns.toColumns(fields), ...derivedColumns(fields, localArea) },
    officer,
  );
}

export function updateSupplier(
  db: Database,
  id: string,
  version: number,
  fields: SupplierFields,
  officer: string,
  localArea: readonly string[],
): void {
  checkVersion(db, 'suppliers', id, version, 'supplier');
  updateRecord(
    db,
    'suppliers',
    id,
    { ...supplierColumns.toColumns(fields), ...derivedColumns(fields, localArea) },
    officer,
  );
}

export function deleteSupplier(db: Database, id: string, version: number, officer: string): void {
  checkVersion(db, 'suppliers', id, version, 'supplier');
  const held = statement(
    db,
    'SELECT count(*) AS n FROM contracts WHERE supplier_id = ? AND deleted_at IS NULL',
  ).get(id) as { n: number };
  if (held.n > 0) {
    throw new AppError(
      'refused',
      `This supplier holds ${held.n} contract${held.n === 1 ? '' : 's'}, so it cannot be deleted. Delete or reassign the contracts first, or merge the supplier into another.`,
    );
  }
  deleteRecord(db, 'suppliers', id, officer);
}

export function restoreSupplier(db: Database, id: string, officer: string): void {
  restoreRecord(db, 'suppliers', id, officer);
}

const sortColumns: Record<SupplierListParams['sort'], string> = {
  name: 's.name COLLATE NOCASE',
  postcode: 's.postcode',
  size: "CASE s.size WHEN 'micro' THEN 1 WHEN 'small' THEN 2 WHEN 'medium' THEN 3 WHEN 'large' THEN 4 END",
  contractCount,
  contractValuePence: contractValue,
  updatedAt: 's.updated_at',
};

export function supplierListSpec(query: SupplierListParams): ListSpec {
  const filter = new ListFilter('s.deleted_at IS NULL')
    .search(query.search, ['s.name', 's.postcode', 's.company_number', 's.charity_number'])
    .flag('s.local', query.local)
    .flag('s.vcse', query.vcse)
    .flag('s.real_living_wage', query.realLivingWage);
  if (query.sme === true) filter.where("s.size IN ('micro', 'small', 'medium')");
  if (query.sme === false) filter.where("s.size = 'large'");
  if (query.sme === 'unknown') filter.where('s.size IS NULL');
  return {
    select: `s.*, ${contractTotals}`,
    from: 'suppliers s',
    filter,
    orderBy: sortColumns[query.sort],
    direction: query.direction,
    idColumn: 's.id',
    valueColumn: contractValue,
    offset: query.offset,
    limit: query.limit,
    totals: query.totals,
  };
}

export function listSuppliers(db: Database, query: SupplierListParams): ListPage<Supplier> {
  return runList(db, supplierListSpec(query), toSupplier);
}

export function allSuppliers(db: Database, query: SupplierListParams): Supplier[] {
  return runList(db, allOf(supplierListSpec(query)), toSupplier).rows;
}

/** Groups of live suppliers that are likely the same organisation. */
export function duplicateSuppliers(db: Database): Supplier[][] {
  const identities = statement(
    db,
    'SELECT id, name, company_number AS companyNumber FROM suppliers WHERE deleted_at IS NULL',
  ).all() as { id: string; name: string; companyNumber: string | null }[];
  return likelyDuplicateGroups(identities).map((group) =>
    group.ids.map((id) => getSupplier(db, id)),
  );
}

/** Moves every contract of the merged suppliers to the kept one, then deletes them. */
export function mergeSuppliers(
  db: Database,
  keepId: string,
  mergeIds: string[],
  officer: string,
): void {
  getSupplier(db, keepId);
  for (const id of mergeIds) {
    if (id === keepId) {
      throw new AppError('invalid_input', 'A supplier cannot be merged into itself.', {
        issues: [{ path: ['mergeIds'], message: 'A supplier cannot be merged into itself.' }],
      });
    }
    getSupplier(db, id);
    const contracts = statement(
      db,
      'SELECT id FROM contracts WHERE supplier_id = ? AND deleted_at IS NULL',
    ).all(id) as { id: string }[];
    for (const contract of contracts) {
      updateRecord(db, 'contracts', contract.id, { supplier_id: keepId }, officer);
    }
    deleteRecord(db, 'suppliers', id, officer);
  }
}

/** Works the local flag out again for every supplier, after the local area changed. */
export function recomputeSupplierLocal(db: Database, localArea: readonly string[]): void {
  const matches = localAreaMatcher(localArea);
  const rows = statement(db, 'SELECT id, postcode, local_override FROM suppliers').all() as {
    id: string;
    postcode: string | null;
    local_override: LocalOverride;
  }[];
  const write = statement(db, 'UPDATE suppliers SET local = ? WHERE id = ? AND local != ?');
  for (const row of rows) {
    const local = isSupplierLocal(
      { postcode: row.postcode, localOverride: overrideAsFlag(row.local_override) },
      matches,
    )
      ? 1
      : 0;
    write.run(local, row.id, local);
  }
}
