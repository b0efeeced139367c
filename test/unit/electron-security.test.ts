import { readFileSync } from 'node:fs';
import type { App, Session, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../electron/csp';
import { rendererUrlOf } from '../../electron/renderer-url';
import {
  denyPermissions,
  enforceContentSecurityPolicy,
  guardEveryWebContents,
  guardWebContents,
  secureWebPreferences,
} from '../../electron/security';

const rendererUrl = rendererUrlOf('/app/dist/renderer/index.html');

// The guards log each refusal; keep the test output quiet.
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});
type Listener = (...args: unknown[]) => void;

/** Just enough of a WebContents to record what the guard installs. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => unknown) | undefined;
  const contents = {
    on(name: string, listener: Listener) {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
      openHandler = handler;
    },
  };
  const fire = (name: string, fields: object, ...rest: unknown[]) => {
    const event = { ...fields, preventDefault: vi.fn() };
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no ${name} listener`);
    listener(event, ...rest);
    return event.preventDefault;
  };
  return {
    contents: contents as unknown as WebContents,
    listeners,
    fire,
    openWindow: (url: string) => openHandler?.({ url }),
  };
}

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer and gives it no Node', () => {
    const prefs = secureWebPreferences('/app/dist/electron/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
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
      spellcheck: false,
      devTools: false,
    });
  });

  it('allows developer tools only when asked', () => {
    expect(secureWebPreferences('/p.cjs', { devTools: true }).devTools).toBe(true);
  });
});

describe('guardWebContents', () => {
  it('installs every guard', () => {
    const fake = fakeContents();
    guardWebContents(fake.contents, rendererUrl);
    expect([...fake.listeners.keys()].sort()).toEqual([
      'will-attach-webview',
      'will-frame-navigate',
      'will-navigate',
      'will-redirect',
    ]);
    expect(fake.openWindow('https://example.com/')).toEqual({ action: 'deny' });
  });

  it('stops navigation anywhere but our own page', () => {
    const fake = fakeContents();
    guardWebContents(fake.contents, rendererUrl);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'http://127.0.0.1:8080/']) {
      expect(fake.fire('will-navigate', { url })).toHaveBeenCalledOnce();
      expect(fake.fire('will-frame-navigate', { url, isMainFrame: true })).toHaveBeenCalledOnce();
    }
    expect(fake.fire('will-navigate', { url: `${rendererUrl}#/profile` })).not.toHaveBeenCalled();
    expect(
      fake.fire('will-frame-navigate', { url: rendererUrl, isMainFrame: true }),
    ).not.toHaveBeenCalled();
  });

  it('stops any frame inside the page from navigating, even to our page', () => {
    const fake = fakeContents();
    guardWebContents(fake.contents, rendererUrl);
    expect(
      fake.fire('will-frame-navigate', { url: rendererUrl, isMainFrame: false }),
    ).toHaveBeenCalledOnce();
  });

  it('stops every redirect and every <webview>', () => {
    const fake = fakeContents();
    guardWebContents(fake.contents, rendererUrl);
    expect(fake.fire('will-redirect', { url: rendererUrl })).toHaveBeenCalledOnce();
    expect(
      fake.fire('will-attach-webview', {}, {}, { src: 'https://example.com/' }),
    ).toHaveBeenCalledOnce();
  });
});

describe('guardEveryWebContents', () => {
  it('guards each webContents as it is created, pop-ups and devtools alike', () => {
    let created: ((event: unknown, contents: WebContents) => void) | undefined;
    const app = {
      on: (name: string, listener: typeof created) => {
        if (name === 'web-contents-created') created = listener;
      },
    };
    guardEveryWebContents(app as unknown as App, rendererUrl);
    for (let n = 0; n < 2; n++) {
      const fake = fakeContents();
      created?.({}, fake.contents);
      expect(fake.openWindow('https://example.com/')).toEqual({ action: 'deny' });
      expect(fake.fire('will-navigate', { url: 'https://example.com/' })).toHaveBeenCalledOnce();
    }
  });
});

describe('denyPermissions', () => {
  it('installs both handlers and both deny', () => {
    let requestHandler:
      ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let checkHandler: ((...args: unknown[]) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof requestHandler) => {
        requestHandler = handler;
      },
      setPermissionCheckHandler: (handler: typeof checkHandler) => {
        checkHandler = handler;
      },
    };
    denyPermissions(session as unknown as Session);
    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'clipboard-read',
      'openExternal',
    ]) {
      const callback = vi.fn();
      requestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(checkHandler?.(null, permission, 'file://', {})).toBe(false);
    }
    expect(requestHandler).toBeTypeOf('function');
    expect(checkHandler).toBeTypeOf('function');
  });
});

describe('enforceContentSecurityPolicy', () => {
  it('sends our policy on every response, replacing any other', () => {
    let listener: ((details: object, cb: (response: object) => void) => void) | undefined;
    const session = {
      webRequest: {
        onHeadersReceived: (handler: typeof listener) => {
          listener = handler;
        },
      },
    };
    enforceContentSecurityPolicy(session as unknown as Session, contentSecurityPolicy);
    const callback = vi.fn();
    listener?.(
      { responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledExactlyOnceWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [contentSecurityPolicy] },
    });
  });
});

describe('the guards module', () => {
  it('imports electron for types only, so it loads outside Electron', () => {
    const source = readFileSync(new URL('../../electron/security.ts', import.meta.url), 'utf8');
    const electronImports = source.match(/^import .*from 'electron';$/gm) ?? [];
    expect(electronImports.length).toBeGreaterThan(0);
    for (const line of electronImports) expect(line).toMatch(/^import type /);
  });
});
