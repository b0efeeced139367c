// Damages a real workspace file the way a failing disk does: garbage over the cell pointers of
// the thresholds table's page (every workspace has one, holding its eight thresholds), which
// quick_check reports as "Offset 65535 out of range".

import { closeSync, openSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';

/** Overwrites the first cell pointers of the thresholds page with 0xFF. The file must be closed. */
export function damageWorkspace(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  let offset: number;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const { rootpage } = db
      .prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'thresholds'")
      .get() as { rootpage: number };
    // A leaf page's header is 8 bytes; its cell pointer array follows.
    offset = (rootpage - 1) * pageSize + 8;
  } finally {
    db.close();
  }
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(4, 0xff), 0, 4, offset);
  } finally {
    closeSync(fd);
  }
}
