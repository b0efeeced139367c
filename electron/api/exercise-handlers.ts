import { getContract, insertContract } from '../db/contract-repository';
import {
  allExercises,
  deleteExercise,
  getExercise,
  insertExercise,
  listExercises,
  restoreExercise,
  updateExercise,
} from '../db/exercise-repository';
import { getCouncilProfile } from '../db/profile-repository';
import { updateRecord } from '../db/records';
import { AppError } from '../../shared/result';
import { exerciseListWorkbook } from '../excel/record-workbooks';
import type { Handlers } from './handler';
import { nestIssuesUnder } from './issue-paths';

type ExerciseMethods =
  | 'exercises.list'
  | 'exercises.get'
  | 'exercises.create'
  | 'exercises.update'
  | 'exercises.delete'
  | 'exercises.restore'
  | 'exercises.export'
  | 'exercises.award';

export const exerciseHandlers: Handlers<ExerciseMethods> = {
  'exercises.list': (query, { db }) => listExercises(db, query),
  'exercises.get': ({ id }, { db }) => getExercise(db, id),
  'exercises.create': (fields, { db, officer }) =>
    db.transaction(() => {
      const { thresholds } = getCouncilProfile(db);
      return getExercise(db, insertExercise(db, fields, officer, thresholds));
    })(),
  'exercises.update': ({ id, version, fields }, { db, officer }) =>
    db.transaction(() => {
      const { thresholds } = getCouncilProfile(db);
      nestIssuesUnder('fields', () => updateExercise(db, id, version, fields, officer, thresholds));
      return getExercise(db, id);
    })(),
  'exercises.delete': ({ id, version }, { db, officer }) =>
    db.transaction(() => {
      deleteExercise(db, id, version, officer);
      return { id };
    })(),
  'exercises.restore': ({ id }, { db, officer }) =>
    db.transaction(() => {
      restoreExercise(db, id, officer);
      return getExercise(db, id);
    })(),
  'exercises.export': (query, { db }) => exerciseListWorkbook(allExercises(db, query)),
  'exercises.award': ({ id, version, contract }, { db, officer }) =>
    db.transaction(() => {
      const exercise = getExercise(db, id);
      if (exercise.version !== version) {
        throw new AppError(
          'conflict',
          `This exercise was changed by ${exercise.updatedBy} since you opened it. Reload it, then award it again.`,
        );
      }
      if (exercise.contractId || exercise.status === 'cancelled') {
        throw new AppError(
          'refused',
          exercise.contractId
            ? 'This exercise has already been awarded; open its contract.'
            : 'A cancelled exercise cannot be awarded.',
        );
      }
      const { thresholds } = getCouncilProfile(db);
      const contractId = nestIssuesUnder('contract', () =>
        insertContract(db, { ...contract, exerciseId: id }, officer, thresholds),
      );
      updateRecord(db, 'exercises', id, { status: 'awarded' }, officer);
      return getContract(db, contractId);
    })(),
};
