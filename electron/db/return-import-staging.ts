// A completed return file read into a temporary table of this connection, a batch of lines at a
// time as they stream out of the workbook: the preview and the write work on the lines there
// with a few set-wise queries, and never hold every line in memory. The temporary table is not
// part of the workspace file (nothing is written to it) and goes when dropped or when the
// connection closes.

import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { ReturnImportPreview } from '../../shared/return-import';
import {
  readReturnFile,
  type ParsedReturnFile,
  type ParsedReturnLine,
} from '../excel/return-import';

export interface StagedReturn {
  db: Database;
  fileName: string;
  fileSha256: string;
  /** The temporary table holding the lines: row, measure_id, code, quantity, evidence, narrative. */
  table: string;
  parsed: ParsedReturnFile;
  /** The last check against the workspace, and the workspace's stamp then (workspace-stamp.ts). */
  checked: { stamp: string; preview: ReturnImportPreview } | null;
}

/** Lines written to the temporary table in one go. */
const batchSize = 2000;
let stagedTables = 0;

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Reads the file into a new temporary table; problems and warnings as the file gives them. */
export async function stageReturnFile(
  db: Database,
  fileName: string,
  bytes: Uint8Array,
): Promise<StagedReturn> {
  stagedTables += 1;
  const name = `return_import_${stagedTables}`;
  const table = `temp.${name}`;
  db.exec(`CREATE TABLE ${table} (row INTEGER PRIMARY KEY, measure_id TEXT NOT NULL,
    code TEXT NOT NULL, quantity REAL, evidence TEXT, narrative TEXT)`);
  const insert = db.prepare(`INSERT INTO ${table} VALUES (?, ?, ?, ?, ?, ?)`);
  const insertBatch = db.transaction((lines: ParsedReturnLine[]) => {
    for (const line of lines) {
      insert.run(
        line.row,
        line.measureId,
        line.code,
        line.quantity,
        line.evidenceReference,
        line.narrative,
      );
    }
  });
  let batch: ParsedReturnLine[] = [];
  try {
    const parsed = await readReturnFile(fileName, bytes, (line) => {
      batch.push(line);
      if (batch.length >= batchSize) {
        insertBatch(batch);
        batch = [];
      }
    });
    insertBatch(batch);
    // Covering what the lines are written from, so the write reads the index alone.
    db.exec(
      `CREATE INDEX ${table}_by_measure ON ${name} (measure_id, quantity, evidence, narrative)`,
    );
    return { db, fileName, fileSha256: sha256(bytes), table, parsed, checked: null };
  } catch (error) {
    db.exec(`DROP TABLE IF EXISTS ${table}`);
    throw error;
  }
}

export function dropStagedReturn(staged: StagedReturn): void {
  if (staged.db.open) staged.db.exec(`DROP TABLE IF EXISTS ${staged.table}`);
}
