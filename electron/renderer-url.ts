// Where the screens are loaded from, and whether a URL is that page. No electron import, so the
// navigation guard and the IPC sender check share one tested rule.

import { pathToFileURL } from 'node:url';

/** The file:// URL of the built renderer's index.html. */
export function rendererUrlOf(indexHtmlPath: string): string {
  return pathToFileURL(indexHtmlPath).href;
}

/**
 * True when `candidate` is the renderer page itself: a file URL with the same path and no query.
 * The hash is ignored because the screens route with `#/...`.
 */
export function isRendererUrl(candidate: string, rendererUrl: string): boolean {
  let url: URL;
  let expected: URL;
  try {
    url = new URL(candidate);
    expected = new URL(rendererUrl);
  } catch {
    return false;
  }
  return (
    url.protocol === 'file:' &&
    expected.protocol === 'file:' &&
    url.host === expected.host &&
    url.pathname === expected.pathname &&
    url.search === '' &&
    url.username === '' &&
    url.password === ''
  );
}
