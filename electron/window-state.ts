// The main window's remembered size and place: what is saved, and whether it can be put back on
// the displays attached now. Pure, so it is unit tested; electron/main.ts applies it.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** The window's normal (not maximised) bounds. */
  bounds: Rect;
  maximised: boolean;
}

/** The bounds to open with: x and y absent means centred on the primary display. */
export interface InitialBounds {
  width: number;
  height: number;
  x?: number;
  y?: number;
  maximised: boolean;
}

export const preferredSize = { width: 1280, height: 800 };
export const minimumSize = { width: 800, height: 560 };

/** How much of the window's top strip (its title bar) must be on a display to count as visible. */
const titleBar = { height: 32, minVisibleWidth: 120, minVisibleHeight: 24 };

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** Whatever the settings file holds, as a window state, or undefined when it is not one. */
export function windowStateFrom(value: unknown): WindowState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { bounds, maximised } = value as { bounds?: unknown; maximised?: unknown };
  if (typeof bounds !== 'object' || bounds === null) return undefined;
  const { x, y, width, height } = bounds as Partial<Record<keyof Rect, unknown>>;
  if (!isNumber(x) || !isNumber(y) || !isNumber(width) || !isNumber(height)) return undefined;
  if (width < 1 || height < 1) return undefined;
  const rounded = {
    x: Math.round(x),
    y: Math.round(y),
    width: Math.round(width),
    height: Math.round(height),
  };
  return { bounds: rounded, maximised: maximised === true };
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/** True when enough of the window's title bar lies on one of the displays to grab and move it. */
export function isOnVisibleDisplay(bounds: Rect, workAreas: readonly Rect[]): boolean {
  const bar: Rect = { ...bounds, height: Math.min(titleBar.height, bounds.height) };
  return workAreas.some((area) => {
    const seen = overlap(bar, area);
    return (
      seen.width >= Math.min(titleBar.minVisibleWidth, bounds.width) &&
      seen.height >= Math.min(titleBar.minVisibleHeight, bar.height)
    );
  });
}

/** The saved place when it is still visible, otherwise the preferred size fitted to the screen. */
export function initialBounds(
  saved: WindowState | undefined,
  workAreas: readonly Rect[],
  primaryWorkArea: Rect,
): InitialBounds {
  if (saved && isOnVisibleDisplay(saved.bounds, workAreas)) {
    return {
      ...saved.bounds,
      width: Math.max(saved.bounds.width, minimumSize.width),
      height: Math.max(saved.bounds.height, minimumSize.height),
      maximised: saved.maximised,
    };
  }
  return {
    width: Math.max(minimumSize.width, Math.min(preferredSize.width, primaryWorkArea.width)),
    height: Math.max(minimumSize.height, Math.min(preferredSize.height, primaryWorkArea.height)),
    maximised: saved?.maximised ?? false,
  };
}
