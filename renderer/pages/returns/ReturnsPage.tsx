// Returns (/returns): the queue of returns awaiting verification (submitted or queried), every
// return with a status filter, and the returns missing for periods that have ended. The view
// and the filter are in the address, so Back keeps them.

import {
  returnStatuses,
  returnStatusLabels,
  type ReturnStatus,
} from '../../../shared/social-value';
import type { ReturnListParams, ReturnSummary } from '../../../shared/social-value-return';
import { call } from '../../api-client';
import { ExportButton } from '../../components/ExportButton';
import { dateColumn, labelColumn, textColumn } from '../../components/list-cells';
import type { ListColumn } from '../../components/list-columns';
import { RecordGrid } from '../../components/RecordGrid';
import { useListWindows } from '../../components/use-list-windows';
import { href, navigate } from '../../router';
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
  textColumn({ label: 'Period', width: '9em', link: true }, (r) => r.periodLabel),
  textColumn({ label: 'Contract', width: '9em' }, (r) => r.contractReference),
  textColumn({ label: 'Title', width: 'minmax(10em, 2fr)' }, (r) => r.contractTitle),
  textColumn({ label: 'Supplier', width: 'minmax(10em, 1.5fr)' }, (r) => r.supplierName),
  labelColumn({ label: 'Status', width: '8em' }, returnStatusLabels, (r) => r.status),
  dateColumn({ label: 'Submitted', width: '8em' }, (r) =>
    r.submittedAt ? dayOf(r.submittedAt) : null,
  ),
  textColumn({ label: 'Checked by', width: 'minmax(8em, 1fr)' }, (r) => r.verifiedBy),
];

function viewOf(query: URLSearchParams): View {
  const view = query.get('view');
  return view === 'all' || view === 'missing' ? view : 'queue';
}

function statusOf(query: URLSearchParams): ReturnStatus | undefined {
  const status = query.get('status');
  return returnStatuses.find((s) => s === status);
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
      {view === 'missing' ? (
        <MissingReturns />
      ) : (
        <ReturnList view={view} status={statusOf(query)} />
      )}
    </>
  );
}

function ReturnList({ view, status }: { view: 'queue' | 'all'; status: ReturnStatus | undefined }) {
  const filter: ReturnStatus[] =
    view === 'queue' ? ['submitted', 'queried'] : status ? [status] : [];
  const key = JSON.stringify(filter);
  const list = useListWindows<ReturnSummary>(key, (offset, limit) =>
    call('returns.list', { status: filter, offset, limit } satisfies Partial<ReturnListParams>),
  );
  const total = list.view?.total ?? 0;
  return (
    <>
      {view === 'all' && (
        <div className="list-filters">
          <div className="list-filter">
            <label htmlFor="return-status">Status</label>
            <select
              id="return-status"
              value={status ?? ''}
              onChange={(e) =>
                navigate(
                  '/returns',
                  new URLSearchParams(e.target.value ? { view, status: e.target.value } : { view }),
                )
              }
            >
              <option value="">Any status</option>
              {returnStatuses.map((s) => (
                <option key={s} value={s}>
                  {returnStatusLabels[s]}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      <div className="list-summary-row">
        <p className="list-summary" role="status" aria-atomic="true">
          {list.view
            ? `${total.toLocaleString('en-GB')} ${total === 1 ? 'return' : 'returns'}${view === 'queue' ? ' submitted or queried, awaiting verification' : ''}`
            : 'Loading returns…'}
        </p>
        <ExportButton
          label="Export to Excel"
          onExport={() => call('exports.returns', { status: filter })}
        />
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
      {list.view && total === 0 ? (
        <p className="list-empty">
          {view === 'queue' ? 'No returns are waiting to be verified.' : 'No returns match.'}
        </p>
      ) : (
        list.view && (
          <RecordGrid
            label={views[view]}
            columns={columns}
            sort=""
            direction="desc"
            onSort={() => undefined}
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
