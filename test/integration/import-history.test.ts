// The import history's undo for any kind of import (return-import.test.ts covers returns): a
// record the import created is deleted, one it updated gets its old fields back, in the same
// transaction as the history's own change; refused, writing nothing, once a record has changed.

import { describe, expect, it } from 'vitest';
import { listImports, recordImport, undoImport } from '../../electron/db/import-history-repository';
import { insertRecord, updateRecord } from '../../electron/db/records';
import { openRecordsWorkspace } from './seed-records';
import { dumpTables, useTempDirs } from './temp-workspace';

const temp = useTempDirs();
const officer = 'Priya Shah';
const entry = {
  kind: 'register',
  fileName: 'suppliers.csv',
  fileSha256: 'ab12',
  summary: 'Two suppliers',
  counts: { imported: 1, updated: 1 },
};

async function imported() {
  const { db } = await openRecordsWorkspace(temp);
  const kept = insertRecord(db, 'suppliers', { name: 'Acme Ltd', name_key: 'acme' }, officer);
  const id = db.transaction(() => {
    const added = insertRecord(db, 'suppliers', { name: 'Brill Ltd', name_key: 'brill' }, officer);
    updateRecord(db, 'suppliers', kept, { name: 'Acme Limited', name_key: 'acme' }, officer);
    return recordImport(
      db,
      entry,
      [
        { table: 'suppliers', rowId: added, action: 'created' },
        { table: 'suppliers', rowId: kept, action: 'updated', before: { name: 'Acme Ltd' } },
      ],
      officer,
    );
  })();
  return { db, id, kept };
}

describe('undoing an import', () => {
  it('deletes what it created and puts back what it updated', async () => {
    const { db, id } = await imported();
    const [listed] = listImports(db, { kind: 'register', limit: 10 });
    expect(listed).toMatchObject({ id, rowCount: 2, importedBy: officer, counts: entry.counts });
    expect(listImports(db, { kind: 'return', limit: 10 })).toEqual([]);
    db.transaction(() => undoImport(db, id, listed?.version as number, 'Aisha Khan'))();
    expect(
      db.prepare('SELECT name, deleted_at IS NOT NULL AS gone FROM suppliers ORDER BY name').all(),
    ).toEqual([
      { name: 'Acme Ltd', gone: 0 },
      { name: 'Brill Ltd', gone: 1 },
    ]);
    expect(listImports(db, { limit: 10 })[0]).toMatchObject({ undoneBy: 'Aisha Khan' });
  });

  it('refuses, writing nothing, when a record it wrote has changed since', async () => {
    const { db, id, kept } = await imported();
    updateRecord(db, 'suppliers', kept, { name: 'Acme Group Ltd' }, 'Aisha Khan');
    const before = dumpTables(db);
    const [listed] = listImports(db, { limit: 10 });
    expect(() =>
      db.transaction(() => undoImport(db, id, listed?.version as number, officer))(),
    ).toThrow(
      /^The import of suppliers.csv cannot be undone: a supplier it wrote was changed by Aisha Khan on \d{4}-\d{2}-\d{2}\. Change the records by hand instead\.$/,
    );
    expect(dumpTables(db)).toEqual(before);
  });
});
