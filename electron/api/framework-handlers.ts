// The measures framework's versions: list, read, copy into a new version, change, delete, and
// import a council's own framework from a spreadsheet (preview first, then all or nothing).

import { calendarDateOf } from '../../shared/calendar-date';
import { AppError } from '../../shared/result';
import {
  deleteVersion,
  getVersion,
  listVersions,
  readFramework,
  restoreVersion,
  updateVersion,
  versionIdInForce,
} from '../db/framework-repository';
import { copyFrameworkVersion, writeFrameworkVersion } from '../db/framework-writer';
import { importedTree, readFrameworkFile } from '../excel/framework-import';
import type { Handlers } from './handler';
import { nestIssuesUnder } from './issue-paths';

type FrameworkMethods =
  | 'framework.versions'
  | 'framework.get'
  | 'framework.createVersion'
  | 'framework.updateVersion'
  | 'framework.deleteVersion'
  | 'framework.restoreVersion'
  | 'framework.importPreview'
  | 'framework.import';

const fileBytes = (contentBase64: string) => Buffer.from(contentBase64, 'base64');

export const frameworkHandlers: Handlers<FrameworkMethods> = {
  'framework.versions': (_input, { db }) => listVersions(db, calendarDateOf()),
  'framework.get': ({ id, date }, { db }) => {
    const today = calendarDateOf();
    const versionId = id ?? versionIdInForce(db, date ?? today);
    if (!versionId) {
      throw new AppError('not_found', 'No version of the measures framework was in force then.');
    }
    return readFramework(db, versionId, today);
  },
  'framework.createVersion': ({ copyFromId, ...fields }, { db, officer }) =>
    db.transaction(() => {
      getVersion(db, copyFromId, calendarDateOf());
      return getVersion(
        db,
        copyFrameworkVersion(db, copyFromId, fields, officer),
        calendarDateOf(),
      );
    })(),
  'framework.updateVersion': ({ id, version, fields }, { db, officer }) =>
    db.transaction(() => {
      nestIssuesUnder('fields', () => updateVersion(db, id, version, fields, officer));
      return getVersion(db, id, calendarDateOf());
    })(),
  'framework.deleteVersion': ({ id, version }, { db, officer }) =>
    db.transaction(() => {
      deleteVersion(db, id, version, officer);
      return { id };
    })(),
  'framework.restoreVersion': ({ id }, { db, officer }) =>
    db.transaction(() => {
      restoreVersion(db, id, officer);
      return getVersion(db, id, calendarDateOf());
    })(),
  'framework.importPreview': ({ fileName, contentBase64 }) =>
    readFrameworkFile(fileName, fileBytes(contentBase64)),
  'framework.import': async ({ fileName, contentBase64, ...fields }, { db, officer }) => {
    const preview = await readFrameworkFile(fileName, fileBytes(contentBase64));
    const problems = preview.problems.length;
    if (problems > 0) {
      throw new AppError(
        'invalid_input',
        `${fileName} has ${problems} problem${problems === 1 ? '' : 's'}, so nothing was imported. Preview it to see where, correct the file and try again.`,
      );
    }
    return db.transaction(() => {
      const id = writeFrameworkVersion(db, fields, importedTree(preview.measures), officer);
      return getVersion(db, id, calendarDateOf());
    })();
  },
};
