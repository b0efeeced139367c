// A small measures framework written with plain SQL, for the commitment and return tests: one
// version, one theme and outcome, and the measures asked for. (The framework's own API is
// another part of the app; these tests need only rows to point at.)

import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { MeasureKind } from '../../shared/social-value';

export interface MeasureSeed {
  code: string;
  title?: string;
  unit?: string;
  kind?: MeasureKind;
  /** Pence per unit; null for none. */
  proxyPence?: number | null;
}

/** The measures most commitment and return tests use: FTE, weeks, a narrative and hours. */
export const commonMeasures: readonly MeasureSeed[] = [
  { code: 'LOC1', unit: 'FTE', proxyPence: 3_000_000 },
  { code: 'APP1', unit: 'weeks', proxyPence: 25_000 },
  { code: 'NAR1', unit: 'text', kind: 'record-only', proxyPence: null },
  { code: 'VOL1', unit: 'hours', proxyPence: 1_500 },
];

/** Writes the version, theme, outcome and measures; returns the measure ids by code. */
export function seedFramework(
  db: Database.Database,
  measures: readonly MeasureSeed[],
  effectiveFrom = '2023-04-01',
): Record<string, string> {
  const at = new Date().toISOString();
  const record = `created_at, updated_at, updated_by, version`;
  const stamp = [at, at, 'test', 1];
  const versionId = randomUUID();
  const themeId = randomUUID();
  const outcomeId = randomUUID();
  db.prepare(
    `INSERT INTO framework_versions (id, name, effective_from, ${record}) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(versionId, `Test framework from ${effectiveFrom}`, effectiveFrom, ...stamp);
  db.prepare(
    `INSERT INTO themes (id, framework_version_id, name, position, ${record}) VALUES (?, ?, 'Jobs', 0, ?, ?, ?, ?)`,
  ).run(themeId, versionId, ...stamp);
  db.prepare(
    `INSERT INTO outcomes (id, theme_id, name, position, ${record}) VALUES (?, ?, 'More local people in work', 0, ?, ?, ?, ?)`,
  ).run(outcomeId, themeId, ...stamp);
  const ids: Record<string, string> = {};
  const insert = db.prepare(
    `INSERT INTO measures (id, framework_version_id, outcome_id, code, title, unit, kind, proxy_pence, position, ${record})
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  measures.forEach((measure, position) => {
    const id = randomUUID();
    insert.run(
      id,
      versionId,
      outcomeId,
      measure.code,
      measure.title ?? `Measure ${measure.code}`,
      measure.unit ?? 'number',
      measure.kind ?? 'quantity',
      measure.proxyPence === undefined ? 100 : measure.proxyPence,
      position,
      ...stamp,
    );
    ids[measure.code] = id;
  });
  return ids;
}
