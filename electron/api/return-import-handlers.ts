// Supplier return templates (one, or a zip for every contract with a return due) and the import
// of completed ones: preview (writes nothing), confirm (one transaction per file), and the
// import history with undo of a whole import.

import type { Database } from 'better-sqlite3';
import { xlsxMediaType } from '../../shared/exported-file';
import { AppError } from '../../shared/result';
import type { ReturnImportPreview } from '../../shared/return-import';
import { getImport, listImports, undoImport } from '../db/import-history-repository';
import { withImportCache } from '../db/import-cache';
import { getCouncilProfile } from '../db/profile-repository';
import { checkReturnFile } from '../db/return-import-check';
import { writeReturnImport } from '../db/return-import-writer';
import {
  contractsDueFor,
  parsePeriod,
  returnTemplateData,
  templatePeriods,
} from '../db/return-template-data';
import { returnTemplate, returnTemplateFileName } from '../excel/return-template';
import { zipFiles } from '../excel/zip-files';
import type { Handlers } from './handler';
import { releaseReturnFile, stagedReturnFile } from './return-import-files';

type ReturnImportMethods =
  | 'returnTemplates.periods'
  | 'returnTemplates.download'
  | 'returnTemplates.bulk'
  | 'returnImports.preview'
  | 'returnImports.confirm'
  | 'imports.list'
  | 'imports.undo';

const fileBytes = (contentBase64: string) => Buffer.from(contentBase64, 'base64');
/** Templates in one .zip at most (each is made in memory and sent whole). */
const maxBulkTemplates = 1000;

/** Reads and checks a completed return; nothing is written. */
async function previewReturnFile(
  db: Database,
  fileName: string,
  bytes: Uint8Array,
): Promise<ReturnImportPreview> {
  const staged = await stagedReturnFile(db, fileName, bytes);
  return checkReturnFile(db, staged, getCouncilProfile(db));
}

export const returnImportHandlers: Handlers<ReturnImportMethods> = {
  'returnTemplates.periods': ({ contractId }, { db }) =>
    templatePeriods(db, contractId, getCouncilProfile(db)),
  'returnTemplates.download': async ({ contractId, period }, { db }) => {
    const data = returnTemplateData(db, contractId, period, getCouncilProfile(db));
    return {
      fileName: returnTemplateFileName(data),
      mediaType: xlsxMediaType,
      contentBase64: (await returnTemplate(data)).toString('base64'),
    };
  },
  'returnTemplates.bulk': async ({ period }, { db }) => {
    const profile = getCouncilProfile(db);
    const within = parsePeriod(period, profile);
    const due = contractsDueFor(db, within, profile);
    if (due.length > maxBulkTemplates) {
      throw new AppError(
        'refused',
        `${due.length.toLocaleString('en-GB')} contracts have a return due for ${within.label}: more than the ${maxBulkTemplates.toLocaleString('en-GB')} templates one download can hold. Download them contract by contract, or use svt template return.`,
      );
    }
    const files = [];
    for (const contractId of due) {
      const data = returnTemplateData(db, contractId, within, profile);
      files.push({ name: returnTemplateFileName(data), bytes: await returnTemplate(data) });
    }
    return {
      fileName: `Return templates ${within.label.replace(/\//g, '-')}.zip`,
      mediaType: 'application/zip',
      contentBase64: (await zipFiles(files)).toString('base64'),
      count: files.length,
    };
  },
  'returnImports.preview': ({ fileName, contentBase64 }, { db }) =>
    previewReturnFile(db, fileName, fileBytes(contentBase64)),
  'returnImports.confirm': async ({ fileName, contentBase64, onExisting }, { db, officer }) => {
    const staged = await stagedReturnFile(db, fileName, fileBytes(contentBase64));
    // Checked inside the transaction, so nothing changes between the check and the writes (the
    // preview stands when nothing in the workspace has changed since).
    const write = db.transaction(() => {
      const preview = checkReturnFile(db, staged, getCouncilProfile(db));
      return writeReturnImport(db, staged, preview, onExisting, officer);
    });
    const outcome = withImportCache(db, write);
    releaseReturnFile(staged);
    return outcome;
  },
  'imports.list': (query, { db }) => listImports(db, query),
  'imports.undo': ({ id, version }, { db, officer }) =>
    db.transaction(() => {
      undoImport(db, id, version, officer);
      return getImport(db, id);
    })(),
};
