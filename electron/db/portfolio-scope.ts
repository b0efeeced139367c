// Which contracts the portfolio dashboard counts: live contracts, running in the financial year
// chosen (any time for all years), of the directorate chosen (any when none). A WHERE clause on
// the contracts alias "c", written out for each combination so SQLite can use its indexes.

export interface PortfolioScope {
  /** The financial year's first and last days; null for all years. */
  year: { start: string; end: string } | null;
  directorate: string | null;
}

export interface ScopeSql {
  where: string;
  params: string[];
}

export function scopeSql(scope: PortfolioScope): ScopeSql {
  const where = ['c.deleted_at IS NULL'];
  const params: string[] = [];
  if (scope.year) {
    where.push('c.start_date <= ?', 'c.end_date >= ?');
    params.push(scope.year.end, scope.year.start);
  }
  if (scope.directorate !== null) {
    where.push('c.directorate = ? COLLATE NOCASE');
    params.push(scope.directorate);
  }
  return { where: where.join(' AND '), params };
}

/** The scope's named parameters, for namedScopeSql. */
export interface ScopeParams {
  yearStart: string | null;
  yearEnd: string | null;
  directorate: string | null;
}

export function scopeParams(scope: PortfolioScope): ScopeParams {
  return {
    yearStart: scope.year?.start ?? null,
    yearEnd: scope.year?.end ?? null,
    directorate: scope.directorate,
  };
}

/** scopeSql for a table of the running totals aliased `alias`, which holds its contract's
 * directorate and term (start_date, end_date), with named parameters (scopeParams). */
export function namedScopeSql(alias: string, scope: PortfolioScope): string {
  const where = ['1'];
  if (scope.year) {
    where.push(`${alias}.start_date <= :yearEnd`, `${alias}.end_date >= :yearStart`);
  }
  if (scope.directorate !== null) {
    where.push(`${alias}.directorate = :directorate COLLATE NOCASE`);
  }
  return where.join(' AND ');
}
