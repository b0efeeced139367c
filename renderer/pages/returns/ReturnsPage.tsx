// Returns (/returns): the queue of returns awaiting verification (submitted or queried), every
// return with a status filter, and the returns missing for periods that have ended. The view,
// search, filter and sort are in the address, so Back keeps them.

import {
  returnStatuses,
  returnStatusLabels,
  type ReturnStatus,
} from '../../../shared/social-value';
import { returnListQuerySchema, type ReturnSummary } from '../../../shared/social-value-return';
import { call } from '../../api-client';
import { ExportButton } from '../../components/ExportButton';
import { dateColumn, labelColumn, textColumn } from '../../components/list-cells';
import type { ListColumn } from '../../components/list-columns';
import { optionsOf } from '../../components/list-filter-options';
import { filterUrlFields, ListFilters, type FilterSpec } from '../../components/ListFilters';
import { RecordGrid } from '../../components/RecordGrid';
import { useListWindows } from '../../components/use-list-windows';
import {
  commonUrlFields,
  currentParams,
  readListQuery,
  withValue,
  type UrlValue,
} from '../../list-url-state';
import { href, navigate, replaceQuery } from '../../router';
import type { PageProps } from '../../routes';
import { TemplateDownload } from '../imports/TemplateDownload';
import { dayOf } from '../social-value/figures';
import { MissingReturns } from './MissingReturns';

const views = {
  queue: 'Awaiting verification',
  all: 'All returns',
  missing: 'Missing returns',
} as const;
type View = keyof typeof views;

const columns: ListColumn<ReturnSummary>[] = [
  textColumn(
    { label: 'Period', sortKey: 'period', width: '9em', link: true },
    (r) => r.periodLabel,
  ),
  textColumn(
    { label: 'Contract', sortKey: 'contractReference', width: '9em' },
    (r) => r.contractReference,
  ),
  textColumn({ label: 'Title', width: 'minmax(10em, 2fr)' }, (r) => r.contractTitle),
  textColumn(
    { label: 'Supplier', sortKey: 'supplierName', width: 'minmax(10em, 1.5fr)' },
    (r) => r.supplierName,
  ),
  labelColumn(
    { label: 'Status', sortKey: 'status', width: '8em' },
    returnStatusLabels,
    (r) => r.status,
  ),
  dateColumn({ label: 'Submitted', sortKey: 'submittedAt', width: '8em' }, (r) =>
    r.submittedAt ? dayOf(r.submittedAt) : null,
  ),
  textColumn({ label: 'Checked by', width: 'minmax(8em, 1fr)' }, (r) => r.verifiedBy),
];

const statusFilter: FilterSpec = {
  kind: 'choices',
  key: 'status',
  label: 'Status',
  options: optionsOf(returnStatuses, returnStatusLabels),
};
const urlFields = { ...commonUrlFields, ...filterUrlFields([statusFilter]) };
/** The queue: what awaits the verifier. */
const queueStatuses: ReturnStatus[] = ['submitted', 'queried'];

function viewOf(query: URLSearchParams): View {
  const view = query.get('view');
  return view === 'all' || view === 'missing' ? view : 'queue';
}

export function ReturnsPage({ query }: PageProps) {
  const view = viewOf(query);
  return (
    <>
      <div className="list-title-row">
        <h1>Returns</h1>
        <a className="button-secondary" href={href('/imports/returns')}>
          Import supplier returns
        </a>
      </div>
      <TemplateDownload />
      <nav aria-label="Returns" className="tabs">
        <ul>
          {(Object.keys(views) as View[]).map((key) => (
            <li key={key}>
              <a
                href={href('/returns', new URLSearchParams(key === 'queue' ? {} : { view: key }))}
                aria-current={key === view ? 'page' : undefined}
              >
                {views[key]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {view === 'missing' ? <MissingReturns /> : <ReturnList view={view} params={query} />}
    </>
  );
}

/**
 * The queue, or every return with a status filter: searched, filtered and sorted by the address
 * (its view kept as the rest changes), a window at a time.
 */
function ReturnList({ view, params }: { view: 'queue' | 'all'; params: URLSearchParams }) {
  const { query, problems, entered } = readListQuery(returnListQuerySchema, urlFields, params);
  const listed = { ...query, status: view === 'queue' ? queueStatuses : query.status };
  const shown: Record<string, unknown> = { ...query };
  for (const name of problems.keys()) shown[name] = entered[name];
  const list = useListWindows<ReturnSummary>(JSON.stringify(listed), (offset, limit) =>
    call('returns.list', { ...listed, offset, limit }),
  );
  const total = list.view?.total ?? 0;
  const narrowed = listed.search !== '' || (view === 'all' && listed.status.length > 0);
  const change = (name: string, value: UrlValue) =>
    navigate('/returns', withValue(currentParams(), name, value));
  const sortBy = (sortKey: string) => {
    const direction = query.sort === sortKey && query.direction === 'asc' ? 'desc' : 'asc';
    navigate(
      '/returns',
      withValue(withValue(currentParams(), 'sort', sortKey), 'direction', direction),
    );
  };
  return (
    <>
      <ListFilters
        noun="returns"
        filters={view === 'all' ? [statusFilter] : []}
        values={shown}
        problems={problems}
        onChange={change}
        onSearch={(text) => replaceQuery(withValue(currentParams(), 'search', text))}
      />
      <div className="list-summary-row">
        <p className="list-summary" role="status" aria-atomic="true">
          {list.view
            ? `${total.toLocaleString('en-GB')} ${total === 1 ? 'return' : 'returns'}${view === 'queue' ? ' submitted or queried, awaiting verification' : ''}`
            : 'Loading returns…'}
        </p>
        <ExportButton label="Export to Excel" onExport={() => call('exports.returns', listed)} />
      </div>
      {list.error && (
        <div className="error-summary" role="alert">
          <h2>The returns could not be loaded</h2>
          <p>{list.error}</p>
          <button type="button" className="button-secondary" onClick={list.retry}>
            Try again
          </button>
        </div>
      )}
      {list.view && total === 0 && !list.stale ? (
        <p className="list-empty">
          {narrowed
            ? 'No returns match this search.'
            : view === 'queue'
              ? 'No returns are waiting to be verified.'
              : 'There are no returns yet.'}
        </p>
      ) : (
        list.view && (
          <RecordGrid
            label={views[view]}
            columns={columns}
            sort={query.sort}
            direction={query.direction}
            onSort={sortBy}
            total={total}
            rowAt={list.rowAt}
            request={list.request}
            rowPath={(row) => `/returns/${row.id}`}
            resetKey={list.view.key}
            busy={list.stale}
          />
        )
      )}
    </>
  );
}
