import { describe, expect, it } from 'vitest';
import {
  initialBounds,
  isOnVisibleDisplay,
  minimumSize,
  windowStateFrom,
  type Rect,
} from '../../electron/window-state';

const laptop: Rect = { x: 0, y: 0, width: 1366, height: 728 };
const rightMonitor: Rect = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('isOnVisibleDisplay', () => {
  it('is true for a window on a display, or on the second display while it is attached', () => {
    expect(isOnVisibleDisplay({ x: 40, y: 20, width: 1200, height: 700 }, [laptop])).toBe(true);
    const onRight = { x: 1500, y: 40, width: 1200, height: 800 };
    expect(isOnVisibleDisplay(onRight, [laptop, rightMonitor])).toBe(true);
    expect(isOnVisibleDisplay(onRight, [laptop])).toBe(false);
  });

  it('is false when the title bar is above the screen or only a sliver is showing', () => {
    expect(isOnVisibleDisplay({ x: 40, y: -200, width: 1200, height: 700 }, [laptop])).toBe(false);
    expect(isOnVisibleDisplay({ x: 1300, y: 20, width: 1200, height: 700 }, [laptop])).toBe(false);
  });
});

describe('initialBounds', () => {
  it('puts a visible window back where it was', () => {
    const saved = { bounds: { x: 10, y: 10, width: 1000, height: 650 }, maximised: true };
    expect(initialBounds(saved, [laptop], laptop)).toEqual({ ...saved.bounds, maximised: true });
  });

  it('centres a window whose display has gone, sized to fit a small laptop', () => {
    const saved = { bounds: { x: 1500, y: 40, width: 1200, height: 800 }, maximised: false };
    expect(initialBounds(saved, [laptop], laptop)).toEqual({
      width: 1280,
      height: 728,
      maximised: false,
    });
  });

  it('never opens smaller than the minimum size', () => {
    const saved = { bounds: { x: 0, y: 0, width: 200, height: 100 }, maximised: false };
    const start = initialBounds(saved, [laptop], laptop);
    expect(start.width).toBe(minimumSize.width);
    expect(start.height).toBe(minimumSize.height);
  });
});

describe('windowStateFrom', () => {
  it('reads a saved state, rounding the numbers', () => {
    expect(
      windowStateFrom({ bounds: { x: 1.4, y: 2, width: 900, height: 600 }, maximised: true }),
    ).toEqual({
      bounds: { x: 1, y: 2, width: 900, height: 600 },
      maximised: true,
    });
  });

  it('gives undefined for anything else', () => {
    for (const junk of [
      undefined,
      null,
      'x',
      {},
      { bounds: { x: 0, y: 0, width: 0, height: 5 } },
      { bounds: { x: 'a', y: 0, width: 10, height: 5 } },
      { bounds: { x: 0, y: 0, width: Infinity, height: 5 } },
    ]) {
      expect(windowStateFrom(junk)).toBeUndefined();
    }
  });
});
