// A measure as commitments and returns show it (code, title, unit, kind, proxy), read alongside
// their rows: select measureSelect from a query that joins measures as "m".

import type { Database } from 'better-sqlite3';
import type { MeasureBasics, MeasureKind } from '../../shared/social-value';
import { statement } from './statements';

export const measureSelect = `m.id AS m_id, m.code AS m_code, m.title AS m_title, m.unit AS m_unit,
  m.kind AS m_kind, m.proxy_pence AS m_proxy_pence`;

export function toMeasure(row: Record<string, unknown>): MeasureBasics {
  return {
    id: row.m_id as string,
    code: row.m_code as string,
    title: row.m_title as string,
    unit: row.m_unit as string,
    kind: row.m_kind as MeasureKind,
    proxyPence: (row.m_proxy_pence as number | null) ?? null,
  };
}

/** A live measure of a live framework version, or undefined when there is none with this id. */
export function measureOf(db: Database, id: string): MeasureBasics | undefined {
  const row = statement(
    db,
    `SELECT ${measureSelect} FROM measures m
     JOIN framework_versions v ON v.id = m.framework_version_id AND v.deleted_at IS NULL
     WHERE m.id = ? AND m.deleted_at IS NULL`,
  ).get(id) as Record<string, unknown> | undefined;
  return row ? toMeasure(row) : undefined;
}
