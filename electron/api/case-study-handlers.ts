import type { ApiMethod } from '../../shared/api-contract';
import {
  checkedPictureBytes,
  getPicture,
  insertPicture,
  pictureData,
  pictureOrder,
} from '../db/case-study-picture-repository';
import {
  getCaseStudy,
  insertCaseStudy,
  listCaseStudies,
  updateCaseStudy,
} from '../db/case-study-repository';
import { moveToPosition } from '../db/positions';
import { checkVersion, deleteRecord, restoreRecord } from '../db/records';
import type { Handlers } from './handler';
import { nestIssuesUnder } from './issue-paths';

type CaseStudyMethods = Extract<ApiMethod, `caseStudies.${string}`>;

export const caseStudyHandlers: Handlers<CaseStudyMethods> = {
  'caseStudies.list': (query, { db }) => listCaseStudies(db, query),
  'caseStudies.get': ({ id }, { db }) => getCaseStudy(db, id),
  'caseStudies.create': (fields, { db, officer }) =>
    db.transaction(() => getCaseStudy(db, insertCaseStudy(db, fields, officer)))(),
  'caseStudies.update': ({ id, version, fields }, { db, officer }) =>
    db.transaction(() => {
      nestIssuesUnder('fields', () => updateCaseStudy(db, id, version, fields, officer));
      return getCaseStudy(db, id);
    })(),
  'caseStudies.delete': ({ id, version }, { db, officer }) =>
    db.transaction(() => {
      checkVersion(db, 'case_studies', id, version, 'case study');
      deleteRecord(db, 'case_studies', id, officer);
      return { id };
    })(),
  'caseStudies.restore': ({ id }, { db, officer }) =>
    db.transaction(() => {
      restoreRecord(db, 'case_studies', id, officer);
      return getCaseStudy(db, id);
    })(),

  'caseStudies.addPicture': ({ caseStudyId, picture, altText, caption }, { db, officer }) => {
    const bytes = checkedPictureBytes(picture.fileName, picture.base64);
    return db.transaction(() => {
      getCaseStudy(db, caseStudyId);
      const id = insertPicture(
        db,
        { caseStudyId, fileName: picture.fileName, bytes, altText, caption },
        officer,
      );
      return getPicture(db, id);
    })();
  },
  'caseStudies.removePicture': ({ id }, { db, officer }) =>
    db.transaction(() => {
      getPicture(db, id);
      deleteRecord(db, 'case_study_pictures', id, officer);
      return { id };
    })(),
  'caseStudies.restorePicture': ({ id }, { db, officer }) =>
    db.transaction(() => {
      getPicture(db, id, { deleted: true });
      restoreRecord(db, 'case_study_pictures', id, officer);
      return getPicture(db, id);
    })(),
  'caseStudies.movePicture': ({ id, to }, { db, officer }) =>
    db.transaction(() => {
      const { caseStudyId } = getPicture(db, id);
      moveToPosition(db, pictureOrder, id, to, officer);
      return getCaseStudy(db, caseStudyId);
    })(),
  'caseStudies.picture': ({ id }, { db }) => pictureData(db, id),
};
