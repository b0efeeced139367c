import { calendarDateOf } from '../../shared/calendar-date';
import { getCouncilProfile } from '../db/profile-repository';
import { missingReturns } from '../db/missing-returns';
import {
  deleteReturn,
  getReturn,
  insertReturn,
  listReturns,
  restoreReturn,
  updateReturnLines,
} from '../db/return-repository';
import { reopenReturn, submitReturn, verifyReturn } from '../db/return-workflow';
import type { Handlers } from './handler';

type ReturnMethods =
  | 'returns.list'
  | 'returns.get'
  | 'returns.create'
  | 'returns.update'
  | 'returns.submit'
  | 'returns.verify'
  | 'returns.reopen'
  | 'returns.delete'
  | 'returns.restore'
  | 'returns.missing';

export const returnHandlers: Handlers<ReturnMethods> = {
  'returns.list': (query, { db }) => listReturns(db, query),
  'returns.get': ({ id }, { db }) => getReturn(db, id),
  'returns.create': (input, { db, officer }) =>
    db.transaction(() => getReturn(db, insertReturn(db, input, officer, getCouncilProfile(db))))(),
  'returns.update': ({ id, version, lines }, { db, officer }) =>
    db.transaction(() => {
      updateReturnLines(db, id, version, lines, officer);
      return getReturn(db, id);
    })(),
  'returns.submit': ({ id, version }, { db, officer }) =>
    db.transaction(() => {
      submitReturn(db, id, version, officer);
      return getReturn(db, id);
    })(),
  'returns.verify': ({ verifier, ...input }, { db, officer }) =>
    db.transaction(() => {
      verifyReturn(db, { ...input, verifier: verifier ?? officer }, officer);
      return getReturn(db, input.id);
    })(),
  'returns.reopen': ({ id, version, reason }, { db, officer }) =>
    db.transaction(() => {
      reopenReturn(db, id, version, reason, officer);
      return getReturn(db, id);
    })(),
  'returns.delete': ({ id, version }, { db, officer }) =>
    db.transaction(() => {
      deleteReturn(db, id, version, officer);
      return { id };
    })(),
  'returns.restore': ({ id }, { db, officer }) =>
    db.transaction(() => {
      restoreReturn(db, id, officer);
      return getReturn(db, id);
    })(),
  'returns.missing': ({ asOf, limit }, { db }) =>
    missingReturns(db, asOf ?? calendarDateOf(), getCouncilProfile(db), limit),
};
