// Every security guard of the Electron host in one place: web preferences, navigation, new
// windows, <webview>, permissions and the Content Security Policy header. Only `import type`
// from electron, so the unit tests can load this file and drive it with small fakes.

import type { App, Session, WebContents, WebPreferences } from 'electron';
import { isRendererUrl } from './renderer-url';

export interface PreferenceOptions {
  /** Developer tools: allowed while developing, off in a packaged app. */
  devTools: boolean;
}

/** The renderer gets no Node, runs sandboxed and isolated, and can only reach the preload's api. */
export function secureWebPreferences(
  preloadPath: string,
  options: PreferenceOptions = { devTools: false },
): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: options.devTools,
  };
}

function refused(what: string, url: string): void {
  console.warn(`Security: refused ${what} to ${url}`);
}

/**
 * Keeps a webContents on the app's own page: no navigation elsewhere (in any frame), no
 * redirects, no new windows, no <webview>. Install it on every webContents as it is created.
 */
export function guardWebContents(contents: WebContents, rendererUrl: string): void {
  contents.on('will-navigate', (event) => {
    if (isRendererUrl(event.url, rendererUrl)) return;
    event.preventDefault();
    refused('navigation', event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame && isRendererUrl(event.url, rendererUrl)) return;
    event.preventDefault();
    refused('frame navigation', event.url);
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
    refused('redirect', event.url);
  });
  contents.on('will-attach-webview', (event, _webPreferences, params) => {
    event.preventDefault();
    refused('a <webview>', params.src ?? '(no src)');
  });
  contents.setWindowOpenHandler(({ url }) => {
    refused('a new window', url);
    return { action: 'deny' };
  });
}

/** Guards every webContents the app ever creates (windows, pop-ups, devtools), as it is created. */
export function guardEveryWebContents(app: App, rendererUrl: string): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, rendererUrl));
}

/** The app asks for no permission (camera, notifications, clipboard read, ...): deny them all. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    console.warn(`Security: refused the ${permission} permission`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}

/** Sends the one CSP (electron/csp.ts) as a header on every response the session receives. */
export function enforceContentSecurityPolicy(session: Session, policy: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(
        ([name]) => name.toLowerCase() !== 'content-security-policy',
      ),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [policy] } });
  });
}
