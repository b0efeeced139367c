// The register and whole-workspace exports, read from the workspace: as a file handed over whole
// (the API) or written straight to disk as it streams (the command line).

import type { Database } from 'better-sqlite3';
import { calendarDateOf } from '../../shared/calendar-date';
import { csvMediaType, xlsxMediaType, type ExportedFile } from '../../shared/exported-file';
import type { RegisterFormat } from '../../shared/exports';
import { getCouncilProfile } from '../db/profile-repository';
import { registerEntries } from '../db/register-entries';
import { workspaceTables } from '../db/workspace-tables';
import { addRegisterSheet, registerCsv } from '../excel/register-export';
import {
  workbookBytes,
  writeWorkbookFile,
  type StreamedWorkbook,
} from '../excel/streamed-workbook';
import { addWorkspaceSheets } from '../excel/workspace-workbook';

// Today on this machine's calendar, as the list exports name their files.
const today = () => calendarDateOf();

/** The register's bytes: every contract over £5,000, as at today. */
export async function registerBytes(db: Database, format: RegisterFormat): Promise<Buffer> {
  const entries = registerEntries(db);
  const heading = { councilName: getCouncilProfile(db).councilName, effectiveDate: today() };
  return format === 'csv'
    ? registerCsv(entries, heading)
    : workbookBytes((book) => addRegisterSheet(book, entries, heading));
}

export async function registerFile(db: Database, format: RegisterFormat): Promise<ExportedFile> {
  return {
    fileName: `contract register ${today()}.${format}`,
    mediaType: format === 'csv' ? csvMediaType : xlsxMediaType,
    contentBase64: (await registerBytes(db, format)).toString('base64'),
  };
}

const writeWorkspace = (db: Database) => (book: StreamedWorkbook) =>
  addWorkspaceSheets(book, workspaceTables(db));

export async function workspaceFile(db: Database): Promise<ExportedFile> {
  return {
    fileName: `workspace ${today()}.xlsx`,
    mediaType: xlsxMediaType,
    contentBase64: (await workbookBytes(writeWorkspace(db))).toString('base64'),
  };
}

/** The whole workspace straight to a file: memory stays flat however large the workspace. */
export function writeWorkspaceFile(db: Database, path: string): Promise<void> {
  return writeWorkbookFile(path, writeWorkspace(db));
}
