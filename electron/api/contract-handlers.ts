import {
  allContracts,
  deleteContract,
  getContract,
  insertContract,
  listContracts,
  restoreContract,
  updateContract,
} from '../db/contract-repository';
import { getCouncilProfile } from '../db/profile-repository';
import { contractListWorkbook } from '../excel/record-workbooks';
import type { Handlers } from './handler';
import { nestIssuesUnder } from './issue-paths';

type ContractMethods =
  | 'contracts.list'
  | 'contracts.get'
  | 'contracts.create'
  | 'contracts.update'
  | 'contracts.delete'
  | 'contracts.restore'
  | 'contracts.export';

export const contractHandlers: Handlers<ContractMethods> = {
  'contracts.list': (query, { db }) => listContracts(db, query),
  'contracts.get': ({ id }, { db }) => getContract(db, id),
  'contracts.create': (fields, { db, officer }) =>
    db.transaction(() => {
      const { thresholds } = getCouncilProfile(db);
      return getContract(db, insertContract(db, fields, officer, thresholds));
    })(),
  'contracts.update': ({ id, version, fields }, { db, officer }) =>
    db.transaction(() => {
      const { thresholds } = getCouncilProfile(db);
      nestIssuesUnder('fields', () => updateContract(db, id, version, fields, officer, thresholds));
      return getContract(db, id);
    })(),
  'contracts.delete': ({ id, version }, { db, officer }) =>
    db.transaction(() => {
      deleteContract(db, id, version, officer);
      return { id };
    })(),
  'contracts.restore': ({ id }, { db, officer }) =>
    db.transaction(() => {
      restoreContract(db, id, officer);
      return getContract(db, id);
    })(),
  'contracts.export': (query, { db }) => contractListWorkbook(allContracts(db, query)),
};
