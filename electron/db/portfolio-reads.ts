// What the portfolio dashboard reads from the workspace, each in one query that lets SQLite do
// the adding up: the commitments in scope, their delivery by reporting-period bucket, which
// periods each contract has sent returns for, the framework's measures and themes, and contract
// value by kind of supplier.

import type { Database } from 'better-sqlite3';
import type { Span } from '../../shared/portfolio-calc';
import type { MeasureKind, YearlyTarget } from '../../shared/social-value';
import { begunBy, lineValue, submittedLine, verifiedLine, withLineRules } from './line-rules-sql';
import { inScopeSql, scopeSql, type PortfolioScope } from './portfolio-scope';
import { statement } from './statements';

export interface ScopedCommitment {
  id: string;
  contractId: string;
  measureId: string;
  quantity: number;
  yearlyTargets: YearlyTarget[];
  proxyPence: number | null;
  reference: string;
  termStart: string;
  termEnd: string;
}

const noTargets: YearlyTarget[] = [];

/** The live commitments of the contracts in scope. */
export function scopedCommitments(db: Database, scope: PortfolioScope): ScopedCommitment[] {
  const { where, params } = scopeSql(scope);
  const rows = statement(
    db,
    `SELECT k.id, k.contract_id, k.measure_id, k.quantity, k.yearly_targets, k.proxy_pence,
       c.reference, c.start_date, c.end_date
     FROM contracts c JOIN commitments k ON k.contract_id = c.id AND k.deleted_at IS NULL
     WHERE ${where}`,
  )
    .raw()
    .all(...params) as [
    string,
    string,
    string,
    number,
    string,
    number | null,
    string,
    string,
    string,
  ][];
  return rows.map(
    ([id, contractId, measureId, quantity, targets, proxyPence, reference, start, end]) => ({
      id,
      contractId,
      measureId,
      quantity,
      yearlyTargets: targets === '[]' ? noTargets : (JSON.parse(targets) as YearlyTarget[]),
      proxyPence,
      reference,
      termStart: start,
      termEnd: end,
    }),
  );
}

/**
 * Delivery added up for one commitment (the lines linked to it), or, for lines linked to no
 * commitment, for one contract and measure; in one bucket of time: the index of the span the
 * lines' periods begin in, -1 before the first span, spans.length after the last. Submitted
 * pence are the verified pence plus the rest. A row of values, not an object: there can be many.
 */
export type DeliveryRow = [
  commitmentId: string | null,
  /** Contract and measure, for lines linked to no commitment; null otherwise. */
  contractId: string | null,
  measureId: string | null,
  bucket: number,
  verifiedQuantity: number,
  submittedQuantity: number,
  verifiedPence: number,
  /** Submitted but not verified (queried, or waiting to be checked). */
  otherPence: number,
];

/** SQL giving the index of the span a return's period begins in (see DeliveryRow). */
function bucketSql(spans: readonly Span[]): { sql: string; params: string[] } {
  if (spans.length === 0) return { sql: '-1', params: [] };
  const params = spans.map((span) => span.start);
  const whens = spans.map((_span, index) => `WHEN r.period_start < ? THEN ${index - 1}`);
  params.push((spans.at(-1) as Span).end);
  whens.push(`WHEN r.period_start <= ? THEN ${spans.length - 1}`);
  return { sql: `CASE ${whens.join(' ')} ELSE ${spans.length} END`, params };
}

/**
 * The submitted lines of the contracts in scope whose periods have begun by asOf, added up by
 * the rules of deliveryOf (line-rules-sql.ts), by commitment (or contract and measure) and span.
 * Each line's value is worked out once (verified, or not). The lines are read in the order they
 * are stored, each finding its return: quicker than through an index when most of them count.
 */
export function scopedDelivery(
  db: Database,
  scope: PortfolioScope,
  spans: readonly Span[],
  asOf: string,
): DeliveryRow[] {
  const inScope = inScopeSql('r.contract_id', scope);
  const bucket = bucketSql(spans);
  const unlinked = (column: string) => `CASE WHEN l.commitment_id IS NULL THEN ${column} END`;
  return statement(
    withLineRules(db),
    `SELECT l.commitment_id, ${unlinked('r.contract_id')}, ${unlinked('l.measure_id')},
       ${bucket.sql},
       total(CASE WHEN ${verifiedLine} THEN l.quantity END),
       total(l.quantity),
       total(CASE WHEN ${verifiedLine} THEN ${lineValue} END),
       total(CASE WHEN NOT (${verifiedLine}) THEN ${lineValue} END)
     FROM return_lines l JOIN returns r ON r.id = l.return_id
     WHERE +l.deleted_at IS NULL AND r.deleted_at IS NULL AND ${submittedLine} AND ${begunBy}
       AND ${inScope.where}
     GROUP BY 1, 2, 3, 4`,
  )
    .raw()
    .all(...bucket.params, asOf, ...inScope.params) as DeliveryRow[];
}

/** For each contract in scope: the period starts of its returns past draft, begun by asOf. */
export function sentPeriodStarts(
  db: Database,
  scope: PortfolioScope,
  asOf: string,
): Map<string, Set<string>> {
  const inScope = inScopeSql('r.contract_id', scope);
  const rows = statement(
    db,
    `SELECT r.contract_id, group_concat(r.period_start) FROM returns r
     WHERE +r.deleted_at IS NULL AND r.status <> 'draft' AND ${begunBy} AND ${inScope.where}
     GROUP BY r.contract_id`,
  )
    .raw()
    .all(asOf, ...inScope.params) as [string, string][];
  return new Map(rows.map(([contractId, starts]) => [contractId, new Set(starts.split(','))]));
}

export interface MeasureTheme {
  kind: MeasureKind;
  code: string;
  title: string;
  unit: string;
  proxyPence: number | null;
  theme: string;
}

/** Every measure of every framework version, with its theme's name; themes in order. */
export function measureThemes(db: Database): {
  measures: Map<string, MeasureTheme>;
  themes: string[];
} {
  const rows = statement(
    db,
    `SELECT m.id, m.kind, m.code, m.title, m.unit, m.proxy_pence, t.name
     FROM measures m JOIN outcomes o ON o.id = m.outcome_id JOIN themes t ON t.id = o.theme_id
     ORDER BY t.deleted_at IS NOT NULL, t.position, t.name`,
  )
    .raw()
    .all() as [string, MeasureKind, string, string, string, number | null, string][];
  const measures = new Map<string, MeasureTheme>();
  for (const [id, kind, code, title, unit, proxyPence, theme] of rows) {
    measures.set(id, { kind, code, title, unit, proxyPence, theme });
  }
  return { measures, themes: [...new Set(rows.map((row) => row[6]))] };
}

/** The whole-life value of the contracts in scope, by the supplier's local, size and VCSE marks. */
export function valueBySupplierKind(db: Database, scope: PortfolioScope) {
  const { where, params } = scopeSql(scope);
  return statement(
    db,
    `SELECT s.local, s.size, s.vcse, total(c.value_pence) AS value, count(*) AS contracts
     FROM contracts c JOIN suppliers s ON s.id = c.supplier_id
     WHERE ${where} GROUP BY s.local, s.size, s.vcse`,
  ).all(...params) as {
    local: 0 | 1;
    size: string | null;
    vcse: 0 | 1;
    value: number;
    contracts: number;
  }[];
}

/** The first start and last end of the live contracts with commitments (any directorate). */
export interface CommittedTerms {
  first: string | null;
  last: string | null;
}

export function committedTerms(db: Database): CommittedTerms {
  return statement(
    db,
    `SELECT min(c.start_date) AS first, max(c.end_date) AS last FROM contracts c
     WHERE c.deleted_at IS NULL
       AND EXISTS (SELECT 1 FROM commitments k WHERE k.contract_id = c.id AND k.deleted_at IS NULL)`,
  ).get() as CommittedTerms;
}
