// Saved column-mapping profiles: save (a name already used is replaced), list, find by the
// headings of a file, delete. Writes go through records.ts, so they are in the audit trail.

import type { Database } from 'better-sqlite3';
import type { ImportProfile, RegisterKind } from '../../shared/register-import';
import { headingSignature } from '../excel/register-mapping';
import { checkVersion, deleteRecord, insertRecord, updateRecord, type Fields } from './records';
import { statement } from './statements';

function toProfile(row: Record<string, unknown>): ImportProfile {
  return {
    id: row.id as string,
    name: row.name as string,
    kind: row.record_kind as RegisterKind,
    headings: JSON.parse(row.headings as string) as string[],
    mapping: JSON.parse(row.mapping as string) as Record<string, string>,
    version: row.version as number,
  };
}

export function listImportProfiles(db: Database): ImportProfile[] {
  return (
    statement(
      db,
      'SELECT * FROM import_profiles WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE',
    ).all() as Record<string, unknown>[]
  ).map(toProfile);
}

export function getImportProfile(db: Database, id: string): ImportProfile | null {
  const row = statement(
    db,
    'SELECT * FROM import_profiles WHERE id = ? AND deleted_at IS NULL',
  ).get(id) as Record<string, unknown> | undefined;
  return row ? toProfile(row) : null;
}

export function findImportProfileByName(db: Database, name: string): ImportProfile | null {
  const row = statement(
    db,
    'SELECT * FROM import_profiles WHERE name = ? COLLATE NOCASE AND deleted_at IS NULL',
  ).get(name.trim()) as Record<string, unknown> | undefined;
  return row ? toProfile(row) : null;
}

/** The profile saved last for files with exactly these headings, if any. */
export function findImportProfileFor(
  db: Database,
  headings: readonly string[],
): ImportProfile | null {
  const row = statement(
    db,
    'SELECT * FROM import_profiles WHERE header_signature = ? AND deleted_at IS NULL ORDER BY updated_at DESC LIMIT 1',
  ).get(headingSignature(headings)) as Record<string, unknown> | undefined;
  return row ? toProfile(row) : null;
}

export interface ProfileFields {
  name: string;
  kind: RegisterKind;
  headings: string[];
  mapping: Record<string, string>;
}

/** Saves a profile; one with the same name (any case) is replaced. Returns its id. */
export function saveImportProfile(db: Database, fields: ProfileFields, officer: string): string {
  const columns: Fields = {
    name: fields.name.trim(),
    record_kind: fields.kind,
    header_signature: headingSignature(fields.headings),
    headings: JSON.stringify(fields.headings),
    mapping: JSON.stringify(fields.mapping),
  };
  const existing = findImportProfileByName(db, fields.name);
  if (!existing) return insertRecord(db, 'import_profiles', columns, officer);
  updateRecord(db, 'import_profiles', existing.id, columns, officer);
  return existing.id;
}

export function deleteImportProfile(
  db: Database,
  id: string,
  version: number,
  officer: string,
): void {
  checkVersion(db, 'import_profiles', id, version, 'import profile');
  deleteRecord(db, 'import_profiles', id, officer);
}
