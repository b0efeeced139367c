// A list screen: heading and "New" button, search and filters, the count and £ total of what
// matches, export, and the virtualised grid. The address holds the search, filters and sort;
// each list page only says what its list is (a ListDefinition).

import type { ReactNode } from 'react';
import type { z } from 'zod';
import type { ExportedFile } from '../../shared/exported-file';
import type { ListPage, SortDirection } from '../../shared/list-query';
import { formatPounds } from '../../shared/money';
import {
  commonUrlFields,
  currentParams,
  narrowsList,
  readListQuery,
  withValue,
  type UrlFieldKinds,
  type UrlValue,
} from '../list-url-state';
import { href, navigate, replaceQuery } from '../router';
import { ExportButton } from './ExportButton';
import type { ListColumn } from './list-columns';
import { filterUrlFields, ListFilters, type FilterSpec } from './ListFilters';
import { RecordGrid } from './RecordGrid';
import { useListWindows } from './use-list-windows';

/** What every list query has. */
// A type, not an interface, so that a query is also a plain record of its values.
export type ListQueryBase = {
  search: string;
  sort: string;
  direction: SortDirection;
};

export interface ListDefinition<Query extends ListQueryBase, Row extends { id: string }> {
  /** The list's address: "/contracts"; a record's is "/contracts/ID". */
  path: string;
  title: string;
  /** "contract", "contracts". */
  noun: { one: string; many: string };
  /** Follows the £ total: "estimated" gives "80 exercises, £1,234 estimated". */
  valueNote?: string;
  newLabel: string;
  schema: z.ZodType<Query>;
  filters: readonly FilterSpec[];
  /** Keys the address may hold besides the search, sort and filters (e.g. supplierId). */
  moreUrlFields?: UrlFieldKinds;
  columns: readonly ListColumn<Row>[];
  /** `totals`: whether the count and £ total are wanted too (the first window of a query). */
  fetchRows(query: Query, offset: number, limit: number, totals: boolean): Promise<ListPage<Row>>;
  exportRows(query: Query): Promise<ExportedFile>;
  /** A line above the list when the address narrows it in a way the filters do not show. */
  notice?(query: Query, firstRow: Row | undefined): ReactNode;
}

interface Props<Query extends ListQueryBase, Row extends { id: string }> {
  definition: ListDefinition<Query, Row>;
  params: URLSearchParams;
  /** More links beside the "New" button. */
  actions?: ReactNode;
}

function summary(
  total: number,
  valuePence: number,
  noun: { one: string; many: string },
  note?: string,
) {
  const count = `${total.toLocaleString('en-GB')} ${total === 1 ? noun.one : noun.many}`;
  return `${count}, ${formatPounds(valuePence)}${note ? ` ${note}` : ''}`;
}

/** The address with only the sort kept: what "Clear the filters" goes to. */
function sortOnly(params: URLSearchParams): URLSearchParams {
  const kept = new URLSearchParams();
  for (const key of ['sort', 'direction']) {
    const value = params.get(key);
    if (value) kept.set(key, value);
  }
  return kept;
}

export function RecordList<Query extends ListQueryBase, Row extends { id: string }>({
  definition,
  params,
  actions,
}: Props<Query, Row>) {
  const kinds = {
    ...commonUrlFields,
    ...filterUrlFields(definition.filters),
    ...definition.moreUrlFields,
  };
  const { query, problems, entered } = readListQuery(definition.schema, kinds, params);
  // The filters show what was entered, even a value the list could not use (beside its error).
  const shown: Record<string, unknown> = { ...query };
  for (const name of problems.keys()) shown[name] = entered[name];
  const key = JSON.stringify(query);
  const list = useListWindows<Row>(key, (offset, limit, totals) =>
    definition.fetchRows(query, offset, limit, totals),
  );
  const { view } = list;
  const rowPath = (row: Row) => `${definition.path}/${encodeURIComponent(row.id)}`;

  const change = (name: string, value: UrlValue) =>
    navigate(definition.path, withValue(currentParams(), name, value));
  const sortBy = (sortKey: string) => {
    const direction = query.sort === sortKey && query.direction === 'asc' ? 'desc' : 'asc';
    navigate(
      definition.path,
      withValue(withValue(currentParams(), 'sort', sortKey), 'direction', direction),
    );
  };
  const search = (text: string) => replaceQuery(withValue(currentParams(), 'search', text));
  const narrowed = narrowsList(params);
  const clearLink = <a href={href(definition.path, sortOnly(params))}>Clear the filters</a>;

  return (
    <>
      <div className="list-title-row">
        <h1>{definition.title}</h1>
        {actions}
        <a className="button" href={href(`${definition.path}/new`)}>
          {definition.newLabel}
        </a>
      </div>
      <ListFilters
        noun={definition.noun.many}
        filters={definition.filters}
        values={shown}
        problems={problems}
        onChange={change}
        onSearch={search}
      />
      {definition.notice?.(query, view && list.rowAt(0))}
      <div className="list-summary-row">
        <p className="list-summary" role="status" aria-atomic="true">
          {view
            ? summary(view.total, view.totalValuePence, definition.noun, definition.valueNote)
            : `Loading ${definition.noun.many}…`}
        </p>
        {narrowed && view?.total !== 0 && clearLink}
        <ExportButton label="Export to Excel" onExport={() => definition.exportRows(query)} />
      </div>
      {list.error && (
        <div className="error-summary" role="alert">
          <h2>The {definition.noun.many} could not be loaded</h2>
          <p>{list.error}</p>
          <button type="button" className="button-secondary" onClick={list.retry}>
            Try again
          </button>
        </div>
      )}
      {view && view.total === 0 && !list.stale ? (
        <p className="list-empty">
          {narrowed ? (
            <>
              No {definition.noun.many} match these filters. {clearLink}
            </>
          ) : (
            <>There are no {definition.noun.many} yet.</>
          )}
        </p>
      ) : (
        view && (
          <RecordGrid
            label={definition.title}
            columns={definition.columns}
            sort={query.sort}
            direction={query.direction}
            onSort={sortBy}
            total={view.total}
            rowAt={list.rowAt}
            request={list.request}
            rowPath={rowPath}
            resetKey={view.key}
            busy={list.stale}
          />
        )
      )}
    </>
  );
}
