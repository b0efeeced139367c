import { getCouncilProfile } from '../db/profile-repository';
import {
  allSuppliers,
  deleteSupplier,
  duplicateSuppliers,
  getSupplier,
  insertSupplier,
  listSuppliers,
  mergeSuppliers,
  restoreSupplier,
  updateSupplier,
} from '../db/supplier-repository';
import { supplierListWorkbook } from '../excel/record-workbooks';
import type { Handlers } from './handler';
import { nestIssuesUnder } from './issue-paths';

type SupplierMethods =
  | 'suppliers.list'
  | 'suppliers.get'
  | 'suppliers.create'
  | 'suppliers.update'
  | 'suppliers.delete'
  | 'suppliers.restore'
  | 'suppliers.export'
  | 'suppliers.duplicates'
  | 'suppliers.merge';

export const supplierHandlers: Handlers<SupplierMethods> = {
  'suppliers.list': (query, { db }) => listSuppliers(db, query),
  'suppliers.get': ({ id }, { db }) => getSupplier(db, id),
  'suppliers.create': (fields, { db, officer }) =>
    db.transaction(() => {
      const { localArea } = getCouncilProfile(db);
      return getSupplier(db, insertSupplier(db, fields, officer, localArea));
    })(),
  'suppliers.update': ({ id, version, fields }, { db, officer }) =>
    db.transaction(() => {
      const { localArea } = getCouncilProfile(db);
      nestIssuesUnder('fields', () => updateSupplier(db, id, version, fields, officer, localArea));
      return getSupplier(db, id);
    })(),
  'suppliers.delete': ({ id, version }, { db, officer }) =>
    db.transaction(() => {
      deleteSupplier(db, id, version, officer);
      return { id };
    })(),
  'suppliers.restore': ({ id }, { db, officer }) =>
    db.transaction(() => {
      restoreSupplier(db, id, officer);
      return getSupplier(db, id);
    })(),
  'suppliers.export': (query, { db }) => supplierListWorkbook(allSuppliers(db, query)),
  'suppliers.duplicates': (_input, { db }) => duplicateSuppliers(db),
  'suppliers.merge': ({ keepId, mergeIds }, { db, officer }) =>
    db.transaction(() => {
      mergeSuppliers(db, keepId, mergeIds, officer);
      return getSupplier(db, keepId);
    })(),
};
