// Fetches a long list in windows of rows as the officer scrolls, and keeps the windows it has.
// A new query keeps the old rows on screen until the first window of the new one arrives, so a
// search narrows the list without flashing it empty.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ListPage } from '../../shared/list-query';

export const listWindowSize = 150;
/** Windows kept at most (the ones farthest from where the officer is are let go first). */
const keptWindows = 40;

export type FetchRows<Row> = (offset: number, limit: number) => Promise<ListPage<Row>>;

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

export function useListWindows<Row>(key: string, fetchRows: FetchRows<Row>): ListWindows<Row> {
  const [view, setView] = useState<ListView<Row>>();
  const [error, setError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const latest = useRef({ key, fetchRows });
  const inFlight = useRef(new Set<string>());
  useEffect(() => {
    latest.current = { key, fetchRows };
  });

  const load = useCallback(
    (index: number) => {
      const flight = `${index}@${key}`;
      if (inFlight.current.has(flight)) return;
      inFlight.current.add(flight);
      latest.current.fetchRows(index * listWindowSize, listWindowSize).then(
        (page) => {
          inFlight.current.delete(flight);
          if (latest.current.key !== key) return;
          setView((current) => {
            const windows = new Map(current?.key === key ? current.windows : []);
            windows.set(index, page.rows);
            keepNear(windows, index);
            return { key, total: page.total, totalValuePence: page.totalValuePence, windows };
          });
        },
        (failure: Error) => {
          inFlight.current.delete(flight);
          if (latest.current.key === key) setError(failure.message);
        },
      );
    },
    [key],
  );

  useEffect(() => {
    latest.current.key = key;
    setError(undefined);
    load(0);
  }, [key, load, attempt]);

  const current = view?.key === key ? view : undefined;
  const request = useCallback(
    (first: number, last: number) => {
      if (!current || error) return;
      // A window either side as well, so that scrolling finds the next rows already here.
      const end = Math.min(last + listWindowSize, current.total - 1);
      for (
        let index = Math.floor(Math.max(0, first - listWindowSize) / listWindowSize);
        index * listWindowSize <= end;
        index += 1
      ) {
        if (!current.windows.has(index)) load(index);
      }
    },
    [current, error, load],
  );
  const rowAt = useCallback(
    (index: number) =>
      view?.windows.get(Math.floor(index / listWindowSize))?.[index % listWindowSize],
    [view],
  );
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { view, stale: view !== undefined && view.key !== key, error, rowAt, request, retry };
}
