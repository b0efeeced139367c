// What the portfolio dashboard reads from the workspace besides its running totals
// (portfolio-totals-reads.ts), each in one query that lets SQLite do the adding up: delivery
// from line_delivery by period start, the framework's measures and themes, and contract value
// by kind of supplier.

import type { Database } from 'better-sqlite3';
import type { MeasureKind } from '../../shared/social-value';
import { scopeSql, type PortfolioScope } from './portfolio-scope';
import { statement } from './statements';

/**
 * Delivery by the start of the reporting period, for the periods beginning from..to, of one
 * directorate's live contracts over all years: the verified pence and the rest, read contract
 * by contract. Lines linked to a commitment since deleted are left out, as the contract's own
 * page leaves them out.
 */
export function directorateDeliveryByPeriodStart(
  db: Database,
  directorate: string,
  from: string,
  to: string,
): Map<string, [verifiedPence: number, otherPence: number]> {
  const inScope = scopeSql({ year: null, directorate });
  const rows = statement(
    db,
    `SELECT d.period_start, total(d.verified_pence), total(d.other_pence)
     FROM line_delivery d INDEXED BY line_delivery_by_contract
     WHERE d.period_start >= ? AND d.period_start <= ?
       AND d.contract_id IN (SELECT c.id FROM contracts c WHERE ${inScope.where})
       AND (d.commitment_id IS NULL
         OR d.commitment_id NOT IN (SELECT id FROM commitments WHERE deleted_at IS NOT NULL))
     GROUP BY d.period_start`,
  )
    .raw()
    .all(from, to, ...inScope.params) as [string, number, number][];
  return new Map(rows.map(([start, verified, other]) => [start, [verified, other]]));
}

export interface MeasureTheme {
  kind: MeasureKind;
  code: string;
  title: string;
  unit: string;
  proxyPence: number | null;
  theme: string;
}

export interface Framework {
  measures: Map<string, MeasureTheme>;
  themes: string[];
}

/** Every measure of every framework version, with its theme's name; themes in order. */
export function measureThemes(db: Database): Framework {
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

/** The whole-life value of the contracts in scope, by the supplier's local, size and VCSE marks:
 * added up by supplier first, so each supplier is looked up once, from the index that holds
 * every column the lists filter on (or, for all of them, the one in order of supplier). */
export function valueBySupplierKind(db: Database, scope: PortfolioScope) {
  const { where, params } = scopeSql(scope);
  const all = !scope.year && scope.directorate === null;
  return statement(
    db,
    `SELECT s.local, s.size, s.vcse, total(v.value) AS value, sum(v.contracts) AS contracts
     FROM (SELECT c.supplier_id, total(c.value_pence) AS value, count(*) AS contracts
       FROM contracts c INDEXED BY ${all ? 'contracts_by_supplier' : 'contracts_for_lists'}
       WHERE ${where} GROUP BY c.supplier_id) v
       JOIN suppliers s ON s.id = v.supplier_id
     GROUP BY s.local, s.size, s.vcse`,
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

/** Walks the contracts in order of start (or end) until the first with commitments. */
export function committedTerms(db: Database): CommittedTerms {
  const withCommitments = `c.deleted_at IS NULL
    AND EXISTS (SELECT 1 FROM commitments k WHERE k.contract_id = c.id AND k.deleted_at IS NULL)`;
  return statement(
    db,
    `SELECT
       (SELECT c.start_date FROM contracts c WHERE ${withCommitments}
        ORDER BY c.start_date LIMIT 1) AS first,
       (SELECT c.end_date FROM contracts c WHERE ${withCommitments}
        ORDER BY c.end_date DESC LIMIT 1) AS last`,
  ).get() as CommittedTerms;
}
