// Which windows of a long list the screen asks for next (renderer/components/use-list-windows.ts):
// the rows on screen first, then one window either side, at most three windows in one request,
// and nothing past the end of the list.

import { describe, expect, it } from 'vitest';
import { listWindowSize, nextFetch } from '../../renderer/components/use-list-windows';

const total = 50_000;
const holding =
  (...indexes: number[]) =>
  (index: number) =>
    indexes.includes(index);

describe('nextFetch', () => {
  it('asks for the window on screen with the one after it, in one request', () => {
    expect(nextFetch(holding(), 0, 20, total)).toEqual({ index: 0, count: 2 });
    expect(nextFetch(holding(), 10_000, 10_030, total)).toEqual({ index: 66, count: 2 });
  });

  it('asks for the rows on screen before the windows either side', () => {
    expect(nextFetch(holding(0, 2), 140, 170, total)).toEqual({ index: 1, count: 1 });
    expect(nextFetch(holding(0), 140, 170, total)).toEqual({ index: 1, count: 2 });
  });

  it('then for the window before, once those on screen and after are here', () => {
    expect(nextFetch(holding(2, 3), 300, 320, total)).toEqual({ index: 1, count: 1 });
    expect(nextFetch(holding(1, 2, 3), 300, 320, total)).toBeUndefined();
  });

  it('asks for three windows at most, within the 500 rows the API gives', () => {
    const next = nextFetch(holding(), 0, 400, total);
    expect(next).toEqual({ index: 0, count: 3 });
    expect((next?.count ?? 0) * listWindowSize).toBeLessThanOrEqual(500);
  });

  it('stops at the end of the list, and asks for nothing in an empty one', () => {
    expect(nextFetch(holding(), 49_990, 49_999, total)).toEqual({ index: 333, count: 1 });
    expect(nextFetch(holding(333), 49_990, 49_999, total)).toEqual({ index: 332, count: 1 });
    expect(nextFetch(holding(), 0, 0, 0)).toBeUndefined();
  });
});
