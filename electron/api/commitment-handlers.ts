import { calendarDateOf } from '../../shared/calendar-date';
import {
  deleteCommitment,
  getCommitment,
  insertCommitment,
  listCommitments,
  restoreCommitment,
  updateCommitment,
} from '../db/commitment-repository';
import { getContract } from '../db/contract-repository';
import { contractSocialValue } from '../db/contract-social-value';
import { measuresInForce } from '../db/framework-repository';
import { getCouncilProfile } from '../db/profile-repository';
import type { Handlers } from './handler';
import { nestIssuesUnder } from './issue-paths';

type CommitmentMethods =
  | 'commitments.list'
  | 'commitments.get'
  | 'commitments.measureChoices'
  | 'commitments.create'
  | 'commitments.update'
  | 'commitments.delete'
  | 'commitments.restore'
  | 'contracts.socialValue';

export const commitmentHandlers: Handlers<CommitmentMethods> = {
  'commitments.list': ({ contractId }, { db }) => listCommitments(db, contractId),
  'commitments.get': ({ id }, { db }) => getCommitment(db, id),
  // A contract older than every framework version is offered the latest one.
  'commitments.measureChoices': ({ contractId }, { db }) => {
    const inForce = measuresInForce(db, getContract(db, contractId).startDate);
    return inForce.length > 0 ? inForce : measuresInForce(db);
  },
  'commitments.create': (input, { db, officer }) =>
    db.transaction(() => {
      const { financialYearStartMonth } = getCouncilProfile(db);
      return getCommitment(db, insertCommitment(db, input, officer, financialYearStartMonth));
    })(),
  'commitments.update': ({ id, version, fields }, { db, officer }) =>
    db.transaction(() => {
      const { financialYearStartMonth } = getCouncilProfile(db);
      nestIssuesUnder('fields', () =>
        updateCommitment(db, id, version, fields, officer, financialYearStartMonth),
      );
      return getCommitment(db, id);
    })(),
  'commitments.delete': ({ id, version }, { db, officer }) =>
    db.transaction(() => {
      deleteCommitment(db, id, version, officer);
      return { id };
    })(),
  'commitments.restore': ({ id }, { db, officer }) =>
    db.transaction(() => {
      restoreCommitment(db, id, officer);
      return getCommitment(db, id);
    })(),
  'contracts.socialValue': ({ id, asOf }, { db }) =>
    contractSocialValue(db, id, asOf ?? calendarDateOf(), getCouncilProfile(db)),
};
