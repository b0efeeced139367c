// Measures: read one with how many contracts use it, add, change, delete (refused while in use)
// and undo; and the measures in force on a date, for commitments and returns to offer.

import {
  deleteMeasure,
  getMeasure,
  insertMeasure,
  measureDetails,
  restoreMeasure,
  updateMeasure,
} from '../db/measure-repository';
import { measuresInForce } from '../db/framework-repository';
import type { Handlers } from './handler';
import { nestIssuesUnder } from './issue-paths';

type MeasureMethods =
  | 'measures.get'
  | 'measures.create'
  | 'measures.update'
  | 'measures.delete'
  | 'measures.restore'
  | 'measures.inForce';

export const measureHandlers: Handlers<MeasureMethods> = {
  'measures.get': ({ id }, { db }) => measureDetails(db, id),
  'measures.create': (fields, { db, officer }) =>
    db.transaction(() => getMeasure(db, insertMeasure(db, fields, officer)))(),
  'measures.update': ({ id, version, fields }, { db, officer }) =>
    db.transaction(() => {
      nestIssuesUnder('fields', () => updateMeasure(db, id, version, fields, officer));
      return getMeasure(db, id);
    })(),
  'measures.delete': ({ id, version }, { db, officer }) =>
    db.transaction(() => {
      deleteMeasure(db, id, version, officer);
      return { id };
    })(),
  'measures.restore': ({ id }, { db, officer }) =>
    db.transaction(() => {
      restoreMeasure(db, id, officer);
      return getMeasure(db, id);
    })(),
  'measures.inForce': ({ date }, { db }) => measuresInForce(db, date),
};
