// Hash routing (#/contracts/ID?search=...): works from file:// in Electron and over HTTP alike.
// The query string holds a list's search, filters and sort, so Back and reload keep them.

import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash.replace(/^#/, '') || '/';

export interface Route {
  /** The path without its query: "/" or "/contracts/ID". */
  path: string;
  query: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path = '/', query = ''] = hash.split('?', 2);
  return { path: path || '/', query: new URLSearchParams(query) };
}

/** The current route; re-renders on every change of the hash. */
export function useRoute(): Route {
  return parseRoute(useSyncExternalStore(subscribe, currentHash));
}

/** The route path: "/" or "/profile". */
export function useRoutePath(): string {
  return useRoute().path;
}

export function href(path: string, query?: URLSearchParams): string {
  const text = query?.toString();
  return `#${path}${text ? `?${text}` : ''}`;
}

/** Goes to the path, with a history entry. The screens hear of it at once, not a task later with
 * the browser's own hashchange: a ticked filter box would otherwise be drawn unticked between. */
export function navigate(path: string, query?: URLSearchParams): void {
  window.location.hash = href(path, query);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** Changes the query of the current page without adding a history entry (typing in a search). */
export function replaceQuery(query: URLSearchParams): void {
  const { path } = parseRoute(currentHash());
  window.history.replaceState(null, '', href(path, query));
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/**
 * Matches a path against a pattern such as "/contracts/:id/edit"; returns the named parts, or
 * undefined when it does not match.
 */
export function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const have = path.split('/');
  if (want.length !== have.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of want.entries()) {
    const actual = have[index] ?? '';
    if (part.startsWith(':')) {
      if (!actual) return undefined;
      params[part.slice(1)] = decodeURIComponent(actual);
    } else if (part !== actual) return undefined;
  }
  return params;
}
