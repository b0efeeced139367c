// Register and list import (contracts, exercises, suppliers from CSV or XLSX): open a file to
// map its columns, start reading it, poll the progress and preview, then confirm or cancel;
// and the saved mapping profiles.

import { AppError } from '../../shared/result';
import {
  deleteImportProfile,
  getImportProfile,
  listImportProfiles,
  saveImportProfile,
} from '../db/import-profile-repository';
import { UnreadableFile } from '../excel/table-file';
import type { Handlers } from './handler';
import {
  addUpload,
  cancelJob,
  confirmJob,
  jobProgress,
  skippedRowsOfJob,
  startJob,
} from './register-import-jobs';

type RegisterImportMethods =
  | 'registerImport.open'
  | 'registerImport.start'
  | 'registerImport.progress'
  | 'registerImport.confirm'
  | 'registerImport.cancel'
  | 'registerImport.skippedRows'
  | 'importProfiles.list'
  | 'importProfiles.save'
  | 'importProfiles.delete';

export const registerImportHandlers: Handlers<RegisterImportMethods> = {
  'registerImport.open': async ({ fileName, contentBase64 }, { db }) => {
    try {
      return await addUpload(db, { fileName, bytes: Buffer.from(contentBase64, 'base64') });
    } catch (error) {
      if (!(error instanceof UnreadableFile)) throw error;
      throw new AppError('invalid_input', error.message, {
        issues: [{ path: ['contentBase64'], message: error.message }],
      });
    }
  },
  'registerImport.start': ({ uploadId, kind, mapping, defaultCategory }, { db, officer }) =>
    startJob(db, officer, { uploadId, kind, mapping, defaultCategory }),
  'registerImport.progress': ({ jobId }) => jobProgress(jobId),
  'registerImport.confirm': ({ jobId }, { db }) => confirmJob(db, jobId),
  'registerImport.cancel': ({ jobId }) => {
    cancelJob(jobId);
    return { jobId };
  },
  'registerImport.skippedRows': ({ jobId }) => skippedRowsOfJob(jobId),
  'importProfiles.list': (_input, { db }) => listImportProfiles(db),
  'importProfiles.save': (fields, { db, officer }) =>
    db.transaction(() => {
      const id = saveImportProfile(db, fields, officer);
      return getImportProfile(db, id) as NonNullable<ReturnType<typeof getImportProfile>>;
    })(),
  'importProfiles.delete': ({ id, version }, { db, officer }) =>
    db.transaction(() => {
      deleteImportProfile(db, id, version, officer);
      return { id };
    })(),
};
