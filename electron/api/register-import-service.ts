// Importing a register or list, in three steps the screen and the command line share:
// outline (the heading row, columns with sample values, the profile recognised, suggestions),
// stage (stream every row through the mapping and cleaning into a temporary table: counts and
// problem rows, never all the rows in memory), and apply (write the staged rows in one
// transaction; or, for a preview, a dry run of the same: every row checked and counted by the
// same code, nothing written, so the preview's counts are what the import does).

import type { Database } from 'better-sqlite3';
import { calendarDateOf } from '../../shared/calendar-date';
import type { ProcurementCategory } from '../../shared/exercise';
import {
  registerFields,
  registerKindLabels,
  type ColumnMapping,
  type RecognisedProfile,
  type RegisterFileOutline,
  type RegisterImportReport,
  type RegisterKind,
} from '../../shared/register-import';
import { writeInBulk } from '../db/bulk-indexes';
import { withImportCache } from '../db/import-cache';
import {
  ImportRecorder,
  type ImportEntry,
  type ImportedRow,
} from '../db/import-history-repository';
import { findImportProfileFor } from '../db/import-profile-repository';
import { getCouncilProfile } from '../db/profile-repository';
import { writeRegisterRows } from '../db/register-import-writer';
import { repeatKey, type RowToWrite } from '../db/register-row-checks';
import { statement } from '../db/statements';
import { isBlankRow, isFooterRow } from '../excel/import-values';
import { findHeaderRow, mappingFromHeadings, suggestAll } from '../excel/register-mapping';
import { builtInMapping, recogniseBuiltIn } from '../excel/register-profiles';
import { RegisterReportBuilder } from '../excel/register-report';
import { RowReader, type ReadRow } from '../excel/register-rows';
import {
  fileSha256,
  readSheetRows,
  type FileSource,
  type OnProgress,
  type SheetRow,
} from '../excel/sheet-rows';
import { UnreadableFile } from '../excel/table-file';

const outlineRows = 30;
const sampleCount = 3;
/** Samples are for recognising a column: a long description is cut short. */
const sampleLength = 80;
const shortened = (text: string) =>
  text.length > sampleLength ? `${text.slice(0, sampleLength - 1).trimEnd()}…` : text;

export type FileOutline = Omit<RegisterFileOutline, 'uploadId'>;

/** The file's heading row, columns with sample values, the profile it matches and suggestions. */
export async function outlineFile(db: Database, source: FileSource): Promise<FileOutline> {
  const reading = await readSheetRows(source);
  const rows: SheetRow[] = [];
  for await (const row of reading.rows) {
    rows.push(row);
    if (rows.length >= outlineRows) break;
  }
  if (rows.length === 0) throw new UnreadableFile(`${source.fileName} has nothing in it.`);
  const headerIndex = findHeaderRow(rows.map((r) => r.cells));
  const header = headerIndex === null ? undefined : rows[headerIndex];
  if (!header) {
    throw new UnreadableFile(
      `No row of headings was found in the first rows of ${source.fileName}. The register needs a row naming its columns (Reference, Title, Supplier name...) above the data.`,
    );
  }
  const below = rows.slice((headerIndex ?? 0) + 1).filter((r) => !isBlankRow(r.cells));
  const width = Math.max(header.cells.length, ...below.map((r) => r.cells.length));
  const headings = Array.from({ length: width }, (_, i) => (header.cells[i] ?? '').trim());
  const columns = headings.map((heading, index) => ({
    index,
    heading: heading || `Column ${index + 1}`,
    samples: [...new Set(below.map((r) => (r.cells[index] ?? '').trim()).filter(Boolean))]
      .slice(0, sampleCount)
      .map(shortened),
  }));
  const suggestions = suggestAll(headings);
  let recognised: RecognisedProfile | null = null;
  const saved = findImportProfileFor(db, headings);
  const builtIn = recogniseBuiltIn(headings);
  if (saved) {
    recognised = { name: saved.name, kind: saved.kind, builtIn: false };
    suggestions[saved.kind] = mappingFromHeadings(headings, saved.mapping);
  } else if (builtIn) {
    recognised = { name: builtIn.name, kind: builtIn.kind, builtIn: true };
    suggestions[builtIn.kind] = builtInMapping(builtIn, headings);
  }
  return {
    fileName: source.fileName,
    sheet: reading.sheet,
    headerRow: header.row,
    columns,
    recognised,
    kind: recognised?.kind ?? guessKind(suggestions),
    suggestions,
  };
}

/** The kind whose required fields the headings suggest most of; contracts on a tie. */
function guessKind(suggestions: Record<RegisterKind, ColumnMapping>): RegisterKind {
  const share = (kind: RegisterKind) => {
    const required = registerFields[kind].filter((f) => f.required);
    return required.filter((f) => suggestions[kind][f.key] !== undefined).length / required.length;
  };
  return (['contracts', 'exercises', 'suppliers'] as const).reduce((best, kind) =>
    share(kind) > share(best) ? kind : best,
  );
}

/** The required fields the mapping gives no column, as a file-level problem. */
export function unmappedRequired(kind: RegisterKind, mapping: ColumnMapping): string | null {
  const missing = registerFields[kind].filter((f) => f.required && mapping[f.key] === undefined);
  if (missing.length === 0) return null;
  const names = missing.map((f) => f.label).join(', ');
  return `Choose the column that gives ${missing.length === 1 ? 'the field' : 'each of the fields'} ${names}: ${missing.length === 1 ? 'it is' : 'they are'} needed to import ${kindWords[kind]}. Nothing was imported.`;
}

const kindWords: Record<RegisterKind, string> = {
  contracts: 'contracts',
  exercises: 'procurement exercises',
  suppliers: 'suppliers',
};

export interface StagePlan {
  kind: RegisterKind;
  mapping: ColumnMapping;
  headerRow: number;
  headings: string[];
}

/** Rows read and cleaned, waiting in a temporary table to be written. */
export interface StagedRows {
  table: string;
  sha256: string;
  reader: RowReader;
  report: RegisterReportBuilder;
}

let stagedTables = 0;
const batchSize = 2000;

/** Reads every row through the mapping into a temporary table; problem rows go in the report. */
export async function stageRows(
  db: Database,
  source: FileSource,
  plan: StagePlan,
  onProgress: OnProgress = () => {},
  onRow: (rowsRead: number) => void = () => {},
): Promise<StagedRows> {
  const reading = await readSheetRows(source, onProgress);
  const name = `register_rows_${++stagedTables}`;
  const table = `temp.${name}`;
  // With each row, what makes it the same record as another (repeatKey), to find repeats by.
  db.exec(`CREATE TABLE ${table} (row INTEGER PRIMARY KEY, key TEXT, data TEXT NOT NULL)`);
  const report = new RegisterReportBuilder(source.fileName, reading.sheet, plan.kind);
  const reader = new RowReader(reading.sheet, plan.headings, plan.mapping, plan.kind);
  const required = unmappedRequired(plan.kind, plan.mapping);
  const staged = { table, sha256: await fileSha256(source), reader, report };
  if (required) {
    report.errors.push(required);
    return staged;
  }
  const insert = db.prepare(`INSERT INTO ${table} (row, key, data) VALUES (?, ?, ?)`);
  const insertBatch = db.transaction((batch: ReadRow[]) => {
    for (const row of batch)
      insert.run(row.row, repeatKey(plan.kind, row.given), JSON.stringify(row));
  });
  let batch: ReadRow[] = [];
  try {
    for await (const { row, cells } of reading.rows) {
      if (row <= plan.headerRow) continue;
      reader.sheet = reading.sheet;
      if (isBlankRow(cells)) {
        report.blankRows++;
        continue;
      }
      report.rows++;
      if (isFooterRow(cells)) {
        report.skip({ row, kind: 'Total row', reason: 'A total under the data, not a record' });
        continue;
      }
      const read = reader.read(row, cells);
      if (!read.ok) report.skip(read.skipped);
      else batch.push(read);
      if (batch.length >= batchSize) {
        insertBatch(batch);
        batch = [];
        onRow(report.rows);
      }
    }
    insertBatch(batch);
    db.exec(`CREATE INDEX temp.${name}_by_key ON ${name} (key, row)`);
  } catch (error) {
    dropStaged(db, staged);
    throw error;
  }
  report.sheet = reading.sheet;
  return staged;
}

/** The staged rows in order, each with the first row of the file with its key. */
function* stagedRowsOf(db: Database, table: string): Generator<RowToWrite> {
  const page = statement(
    db,
    `SELECT row, data, (SELECT min(s.row) FROM ${table} s WHERE s.key = t.key) AS first
     FROM ${table} t WHERE t.row > ? ORDER BY t.row LIMIT ?`,
  );
  let after = 0;
  for (;;) {
    const rows = page.all(after, batchSize) as {
      row: number;
      data: string;
      first: number | null;
    }[];
    if (rows.length === 0) return;
    for (const { data, first } of rows) {
      const row = JSON.parse(data) as RowToWrite;
      row.first = first;
      yield row;
    }
    after = (rows[rows.length - 1] as { row: number }).row;
  }
}

/** The import as the history lists it. */
function historyEntry(report: RegisterReportBuilder, fileSha256: string): ImportEntry {
  const { imported, updated, unchanged, skipped } = report;
  return {
    kind: 'register',
    fileName: report.fileName,
    fileSha256,
    summary: `${registerKindLabels[report.kind]} from ${report.fileName}: ${imported} added, ${updated} updated, ${unchanged} unchanged, ${skipped.length} skipped`,
    counts: { added: imported, updated, unchanged, skipped: skipped.length },
  };
}

export interface ApplyOptions {
  officer: string;
  defaultCategory: ProcurementCategory;
  /** False for a preview: a dry run, every row checked and counted, nothing written. */
  commit: boolean;
}

/** Writes the staged rows in one transaction (a preview writes nothing); the report. */
export function applyStaged(
  db: Database,
  staged: StagedRows,
  { officer, defaultCategory, commit }: ApplyOptions,
): RegisterImportReport {
  const report = staged.report.copy();
  if (report.errors.length > 0) return report.build();
  const { thresholds, localArea } = getCouncilProfile(db);
  // The import's record is made with the first record written, its summary set at the end.
  let recorder: ImportRecorder | null = null;
  const record = (row: ImportedRow, versionAfter: number) => {
    recorder ??= ImportRecorder.begin(db, historyEntry(report, staged.sha256), officer);
    recorder.add(row, versionAfter);
  };
  const writeRows = () =>
    writeRegisterRows(db, stagedRowsOf(db, staged.table), {
      kind: report.kind,
      officer,
      today: calendarDateOf(),
      thresholds,
      localArea,
      defaultCategory,
      report,
      columns: staged.reader,
      dryRun: !commit,
      record: commit ? record : undefined,
    });
  if (!commit) {
    // A transaction that only reads: every row is checked against one snapshot of the
    // workspace (and SQLite need not take a snapshot for each statement).
    db.transaction(writeRows)();
    return report.build();
  }
  const rowsToWrite = report.rows - report.skipped.length;
  const write = db.transaction(() => {
    writeInBulk(db, report.kind, rowsToWrite, writeRows);
    (recorder as ImportRecorder | null)?.finish(historyEntry(report, staged.sha256));
  });
  withImportCache(db, write);
  return report.build();
}

export function dropStaged(db: Database, staged: StagedRows): void {
  if (db.open) db.exec(`DROP TABLE IF EXISTS ${staged.table}`);
}
