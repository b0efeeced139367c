// Which rows of a fixed-row-height list are in view in its scroll box (a sticky header row on
// top), with a margin either side so a fast scroll finds rows already drawn.

import { useCallback, useEffect, useState, type RefObject } from 'react';

interface Viewport {
  top: number;
  height: number;
}

export interface VisibleRows {
  /** The rows to draw: those in view and a margin either side. */
  first: number;
  last: number;
  /** The rows wholly in view. */
  firstInView: number;
  lastInView: number;
  /** How many rows a page is: what PageUp and PageDown move by. */
  pageRows: number;
  /** Reads the scroll position now (after scrolling the box from code). */
  sync(): void;
}

export function useVisibleRows(
  box: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  headerHeight: number,
  overscan = 12,
): VisibleRows {
  const [viewport, setViewport] = useState<Viewport>({ top: 0, height: 480 });
  const sync = useCallback(() => {
    const element = box.current;
    if (!element) return;
    setViewport((now) =>
      now.top === element.scrollTop && now.height === element.clientHeight
        ? now
        : { top: element.scrollTop, height: element.clientHeight },
    );
  }, [box]);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    sync();
    element.addEventListener('scroll', sync, { passive: true });
    const observer = new ResizeObserver(sync);
    observer.observe(element);
    return () => {
      element.removeEventListener('scroll', sync);
      observer.disconnect();
    };
  }, [box, sync]);
  const bodyHeight = Math.max(rowHeight, viewport.height - headerHeight);
  const lastRow = Math.max(0, count - 1);
  const firstInView = Math.min(lastRow, Math.ceil(viewport.top / rowHeight));
  const lastInView = Math.min(
    lastRow,
    Math.max(firstInView, Math.floor((viewport.top + bodyHeight) / rowHeight) - 1),
  );
  const inView = Math.max(1, Math.floor(bodyHeight / rowHeight));
  return {
    first: Math.max(0, Math.floor(viewport.top / rowHeight) - overscan),
    last: Math.min(count - 1, lastInView + 1 + overscan),
    firstInView,
    lastInView,
    pageRows: Math.max(1, inView - 1),
    sync,
  };
}

/** Scrolls the box the least that brings a row fully into view below the header. */
export function scrollRowIntoView(
  element: HTMLElement,
  index: number,
  rowHeight: number,
  headerHeight: number,
): void {
  const rowTop = index * rowHeight;
  const rowBottom = rowTop + rowHeight;
  const bodyHeight = element.clientHeight - headerHeight;
  if (rowTop < element.scrollTop) element.scrollTop = rowTop;
  else if (rowBottom > element.scrollTop + bodyHeight) element.scrollTop = rowBottom - bodyHeight;
}
