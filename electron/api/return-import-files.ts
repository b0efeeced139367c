// The completed return files read for a preview on this host, each kept in its temporary table
// (return-import-staging.ts) until it is imported, so that confirming writes what was previewed
// without reading the file again. A file is known by its bytes (SHA-256) and name: the same file
// sent again is read again only when it is no longer kept (the oldest goes when a ninth comes).

import type { Database } from 'better-sqlite3';
import {
  dropStagedReturn,
  sha256,
  stageReturnFile,
  type StagedReturn,
} from '../db/return-import-staging';

const keptFiles = 8;
const kept = new Map<string, StagedReturn>();

const keyOf = (fileName: string, bytes: Uint8Array) => `${sha256(bytes)} ${fileName}`;

/** The file read into its temporary table: the one kept from its preview, or read now. */
export async function stagedReturnFile(
  db: Database,
  fileName: string,
  bytes: Uint8Array,
): Promise<StagedReturn> {
  const key = keyOf(fileName, bytes);
  const found = kept.get(key);
  if (found?.db === db && db.open) return found;
  const staged = await stageReturnFile(db, fileName, bytes);
  const replaced = kept.get(key);
  if (replaced) dropStagedReturn(replaced);
  kept.delete(key);
  kept.set(key, staged);
  for (const [oldest, entry] of kept) {
    if (kept.size <= keptFiles) break;
    kept.delete(oldest);
    dropStagedReturn(entry);
  }
  return staged;
}

/** The file is done with (imported or skipped): its temporary table goes. */
export function releaseReturnFile(staged: StagedReturn): void {
  for (const [key, entry] of kept) {
    if (entry === staged) kept.delete(key);
  }
  dropStagedReturn(staged);
}
