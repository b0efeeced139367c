// The page cache while an import writes: 16 MB, fixed whatever the file, so memory stays bounded.
// A long transaction inserts into many indexes (UUID keys, the change log, derived tables) and the
// default 2 MB cache would spill and re-read pages over and over. (Measured on the return import
// of 100,000 lines: 16 MB writes as fast as 64 MB, and holds 50 MB less.)

import type { Database } from 'better-sqlite3';

export const importCacheKb = 16_384;

/** Runs `write` with the larger cache, then puts the connection's own size back. */
export function withImportCache<T>(db: Database, write: () => T): T {
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = -${importCacheKb}`);
  try {
    return write();
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }
}
