// The register imports under way on this host: a chosen file waits while the officer maps its
// columns (uploads), then a job reads it in the background, reporting progress, and holds the
// preview until the officer confirms or cancels. The API is request and response, so the
// screen starts a job and polls it. A job confirmed keeps its report (and the file), so the rows
// it left out can still be downloaded, until it is cancelled or four newer jobs have started.

import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { ProcurementCategory } from '../../shared/exercise';
import type { ExportedFile } from '../../shared/exported-file';
import type {
  ColumnMapping,
  RegisterImportReport,
  RegisterJobState,
  RegisterKind,
} from '../../shared/register-import';
import { AppError } from '../../shared/result';
import type { FileSource } from '../excel/sheet-rows';
import { UnreadableFile } from '../excel/table-file';
import {
  applyStaged,
  dropStaged,
  outlineFile,
  stageRows,
  type FileOutline,
  type StagedRows,
} from './register-import-service';
import { skippedRowsFile } from './register-skipped-rows';

interface Upload {
  source: FileSource;
  outline: FileOutline;
}

interface Job {
  db: Database;
  officer: string;
  defaultCategory: ProcurementCategory;
  /** The file and its outline, kept for the download of its skipped rows. */
  upload: Upload;
  state: RegisterJobState;
  staged: StagedRows | null;
}

/** Files waiting to be mapped, and imports waiting to be confirmed: the oldest goes when a fifth arrives. */
const keptUploads = 4;
const keptJobs = 4;
const uploads = new Map<string, Upload>();
const jobs = new Map<string, Job>();

export async function addUpload(
  db: Database,
  source: FileSource,
): Promise<FileOutline & { uploadId: string }> {
  const outline = await outlineFile(db, source);
  const uploadId = randomUUID();
  uploads.set(uploadId, { source, outline });
  for (const id of uploads.keys()) {
    if (uploads.size <= keptUploads) break;
    uploads.delete(id);
  }
  return { uploadId, ...outline };
}

function upload(uploadId: string): Upload {
  const found = uploads.get(uploadId);
  if (!found) {
    throw new AppError('not_found', 'That file is no longer open for import. Choose it again.');
  }
  return found;
}

function job(jobId: string): Job {
  const found = jobs.get(jobId);
  if (!found)
    throw new AppError('not_found', 'That import is no longer under way. Start it again.');
  return found;
}

async function run(jobId: string, current: Job, kind: RegisterKind, mapping: ColumnMapping) {
  const { source, outline } = current.upload;
  const plan = {
    kind,
    mapping,
    headerRow: outline.headerRow,
    headings: outline.columns.map((c) => c.heading),
  };
  let rowsRead = 0;
  try {
    current.staged = await stageRows(
      current.db,
      source,
      plan,
      (fraction) => {
        current.state = { state: 'reading', rowsRead, fraction };
      },
      (rows) => {
        rowsRead = rows;
      },
    );
    current.state = { state: 'checking', rowsRead };
    // Let a poll see "checking" before the preview (a dry run of every row) holds the thread.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!jobs.has(jobId)) {
      dropStaged(current.db, current.staged);
      return;
    }
    const preview = applyStaged(current.db, current.staged, {
      officer: current.officer,
      defaultCategory: current.defaultCategory,
      commit: false,
    });
    current.state = { state: 'ready', preview };
  } catch (error) {
    const message =
      error instanceof UnreadableFile || error instanceof AppError
        ? error.message
        : `The file could not be read: ${(error as Error).message}`;
    current.state = { state: 'failed', message };
  }
}

export interface StartInput {
  uploadId: string;
  kind: RegisterKind;
  mapping: ColumnMapping;
  defaultCategory: ProcurementCategory;
}

/** Starts reading the file through the mapping; poll jobProgress for the preview. */
export function startJob(db: Database, officer: string, input: StartInput): { jobId: string } {
  const jobId = randomUUID();
  const current: Job = {
    db,
    officer,
    defaultCategory: input.defaultCategory,
    upload: upload(input.uploadId),
    state: { state: 'reading', rowsRead: 0, fraction: 0 },
    staged: null,
  };
  jobs.set(jobId, current);
  for (const id of jobs.keys()) {
    if (jobs.size <= keptJobs) break;
    cancelJob(id);
  }
  void run(jobId, current, input.kind, input.mapping);
  return { jobId };
}

export function jobProgress(jobId: string): RegisterJobState {
  return job(jobId).state;
}

/** Writes the previewed rows in one transaction; the report of what was done. */
export function confirmJob(db: Database, jobId: string): RegisterImportReport {
  const current = job(jobId);
  if (current.state.state === 'imported') {
    throw new AppError('refused', `${current.upload.source.fileName} is imported already.`);
  }
  if (current.state.state !== 'ready' || !current.staged) {
    throw new AppError('refused', 'This import has no preview to confirm yet.');
  }
  if (current.db !== db) {
    throw new AppError(
      'refused',
      'Another workspace has been opened since this file was read. Choose the file again.',
    );
  }
  const report = applyStaged(db, current.staged, {
    officer: current.officer,
    defaultCategory: current.defaultCategory,
    commit: true,
  });
  dropStaged(db, current.staged);
  current.staged = null;
  current.state = { state: 'imported', report };
  return report;
}

/** The rows the preview, or the import once confirmed, left out: a workbook to put right. */
export async function skippedRowsOfJob(jobId: string): Promise<ExportedFile> {
  const current = job(jobId);
  const { state } = current;
  const report =
    state.state === 'ready' ? state.preview : state.state === 'imported' ? state.report : null;
  if (!report) throw new AppError('refused', 'This file has not been checked yet.');
  const { source, outline } = current.upload;
  const layout = { headerRow: outline.headerRow, width: outline.columns.length };
  return skippedRowsFile(source, layout, report.skipped);
}

export function cancelJob(jobId: string): void {
  const current = jobs.get(jobId);
  if (!current) return;
  jobs.delete(jobId);
  if (current.staged) dropStaged(current.db, current.staged);
}
