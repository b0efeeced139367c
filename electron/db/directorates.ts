// Directorates are free text on exercises and contracts. A name typed in another case
// ("adults and health") is saved in the spelling the workspace already uses, so it stays one
// directorate in filters, suggestions and reports.

import type { Database } from 'better-sqlite3';
import { statement } from './statements';

const sampleSize = 200;

/** The record being saved: its table, and its id (null for a new one). */
interface Saving {
  table: 'exercises' | 'contracts';
  id: string | null;
}

/**
 * The spelling live records already give this directorate (case and surrounding spaces
 * ignored), the most used one when several are in use; the name as given when none is.
 * The record being saved is left out, so correcting the only record that holds a name works.
 * Stored names are already trimmed (the schemas trim), so the comparison can use the
 * directorate indexes (COLLATE NOCASE); and "most used" is judged on the first records of each
 * table, so a save costs the same in a workspace of 50,000 contracts as in one of 50. (Once
 * this rule is in place new variants cannot appear, so only older data holds several.)
 */
function existingDirectorateSpelling(
  db: Database,
  directorate: string | null,
  saving: Saving,
): string | null {
  if (directorate === null) return null;
  const name = directorate.trim();
  const found = statement(
    db,
    `SELECT spelling FROM (
       SELECT * FROM (
         SELECT directorate AS spelling FROM exercises
         WHERE deleted_at IS NULL AND directorate = ? COLLATE NOCASE AND NOT (? = 'exercises' AND id IS ?)
         LIMIT ${sampleSize})
       UNION ALL
       SELECT * FROM (
         SELECT directorate FROM contracts
         WHERE deleted_at IS NULL AND directorate = ? COLLATE NOCASE AND NOT (? = 'contracts' AND id IS ?)
         LIMIT ${sampleSize})
     ) GROUP BY spelling ORDER BY count(*) DESC, spelling LIMIT 1`,
  ).get(name, saving.table, saving.id, name, saving.table, saving.id) as
    { spelling: string } | undefined;
  return found?.spelling ?? name;
}

/** The fields as stored: the directorate in the spelling the workspace already uses. */
export function withDirectorateSpelling<Fields extends { directorate: string | null }>(
  db: Database,
  fields: Fields,
  saving: Saving,
): Fields {
  return { ...fields, directorate: existingDirectorateSpelling(db, fields.directorate, saving) };
}
