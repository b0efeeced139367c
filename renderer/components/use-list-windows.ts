// Fetches a long list in windows of rows as the officer scrolls, and keeps the windows it has.
// A new query keeps the old rows on screen until the first window of the new one arrives, so a
// search narrows the list without flashing it empty. Only the first window of a query asks for
// the count and £ total; the windows after it are the rows alone, which the API finds faster.
// Windows are fetched one request at a time, the rows on screen first (see nextFetch).

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ListPage } from '../../shared/list-query';

export const listWindowSize = 150;
/** Windows kept at most (the ones farthest from where the officer is are let go first). */
const keptWindows = 40;

/** `totals`: whether the count and £ total of the whole list are wanted with the rows. */
export type FetchRows<Row> = (
  offset: number,
  limit: number,
  totals: boolean,
) => Promise<ListPage<Row>>;

export interface ListView<Row> {
  /** The query these rows answer. */
  key: string;
  total: number;
  totalValuePence: number;
  windows: ReadonlyMap<number, readonly Row[]>;
}

export interface ListWindows<Row> {
  /** The rows on screen; undefined until the first window has come. */
  view: ListView<Row> | undefined;
  /** True while the rows on screen answer an older query. */
  stale: boolean;
  error: string | undefined;
  /** The row at an index, or undefined while its window is on its way. */
  rowAt(index: number): Row | undefined;
  /** Asks for the windows that hold rows first to last (inclusive). */
  request(first: number, last: number): void;
  retry(): void;
}

function keepNear<Row>(windows: Map<number, readonly Row[]>, near: number): void {
  while (windows.size > keptWindows) {
    let farthest = near;
    for (const index of windows.keys()) {
      if (Math.abs(index - near) > Math.abs(farthest - near)) farthest = index;
    }
    windows.delete(farthest);
  }
}

/** Windows fetched together at most: 450 rows, within the 500 the API gives at a time. */
const windowsPerFetch = 3;

/**
 * The windows to fetch next while rows first to last are on screen: the first one missing among
 * those (then the one either side, so that scrolling on finds its rows already here), with the
 * missing windows straight after it, in one request.
 */
export function nextFetch(
  has: (index: number) => boolean,
  first: number,
  last: number,
  total: number,
): { index: number; count: number } | undefined {
  if (total <= 0) return undefined;
  const lastWindow = Math.floor((total - 1) / listWindowSize);
  const shownFrom = Math.floor(Math.max(0, first) / listWindowSize);
  const shownTo = Math.min(lastWindow, Math.floor(Math.max(0, last) / listWindowSize));
  const missing = (from: number, to: number) => {
    for (let index = from; index <= to; index += 1) if (!has(index)) return index;
    return undefined;
  };
  const margin = Math.min(lastWindow, shownTo + 1);
  const index = missing(shownFrom, shownTo) ?? missing(Math.max(0, shownFrom - 1), margin);
  if (index === undefined) return undefined;
  let count = 1;
  while (count < windowsPerFetch && index + count <= margin && !has(index + count)) count += 1;
  return { index, count };
}

export function useListWindows<Row>(key: string, fetchRows: FetchRows<Row>): ListWindows<Row> {
  const [view, setView] = useState<ListView<Row>>();
  const [error, setError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const latest = useRef({ key, fetchRows });
  // One request at a time for a query: while it is on its way, scrolling only moves what is
  // wanted, and the next request is for the rows on screen when it comes back. A fast scroll
  // thus never queues up requests for rows already scrolled past.
  const fetching = useRef<string | undefined>(undefined);
  useEffect(() => {
    latest.current = { key, fetchRows };
  });

  const load = useCallback(
    (index: number, count: number, totals: boolean) => {
      fetching.current = key;
      const done = () => {
        if (fetching.current === key) fetching.current = undefined;
      };
      latest.current.fetchRows(index * listWindowSize, count * listWindowSize, totals).then(
        (page) => {
          done();
          if (latest.current.key !== key) return;
          setView((current) => {
            const same = current?.key === key ? current : undefined;
            const total = page.total ?? same?.total;
            const totalValuePence = page.totalValuePence ?? same?.totalValuePence;
            // A window without totals is only asked for once the first one has come.
            if (total === undefined || totalValuePence === undefined) return current;
            const windows = new Map(same?.windows ?? []);
            for (let n = 0; n < count; n += 1) {
              windows.set(index + n, page.rows.slice(n * listWindowSize, (n + 1) * listWindowSize));
            }
            keepNear(windows, index);
            return { key, total, totalValuePence, windows };
          });
        },
        (failure: Error) => {
          done();
          if (latest.current.key === key) setError(failure.message);
        },
      );
    },
    [key],
  );

  useEffect(() => {
    latest.current.key = key;
    setError(undefined);
    load(0, 1, true);
  }, [key, load, attempt]);

  const current = view?.key === key ? view : undefined;
  // Called again whenever a window comes (the view changes), so the next one is asked for then.
  const request = useCallback(
    (first: number, last: number) => {
      if (!current || error || fetching.current === key) return;
      const next = nextFetch((index) => current.windows.has(index), first, last, current.total);
      if (next) load(next.index, next.count, false);
    },
    [current, error, key, load],
  );
  const rowAt = useCallback(
    (index: number) =>
      view?.windows.get(Math.floor(index / listWindowSize))?.[index % listWindowSize],
    [view],
  );
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { view, stale: view !== undefined && view.key !== key, error, rowAt, request, retry };
}
