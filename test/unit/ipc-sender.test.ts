import { describe, expect, it } from 'vitest';
import { IpcChannel } from '../../electron/ipc-channels';
import { refuseSender, type SenderFacts } from '../../electron/ipc-sender';
import { isRendererUrl, rendererUrlOf } from '../../electron/renderer-url';

const rendererUrl = rendererUrlOf('/opt/Social Value Tracker/dist/renderer/index.html');
const ours: SenderFacts = {
  frameUrl: `${rendererUrl}#/profile`,
  isMainFrame: true,
  fromMainWindow: true,
};

describe('refuseSender', () => {
  it('allows the main window showing our renderer, on any hash route', () => {
    expect(refuseSender(ours, rendererUrl)).toBeNull();
    expect(refuseSender({ ...ours, frameUrl: rendererUrl }, rendererUrl)).toBeNull();
    expect(
      refuseSender({ ...ours, frameUrl: `${rendererUrl}#/suppliers?sort=name` }, rendererUrl),
    ).toBeNull();
  });

  it('refuses a sender that is not the main window', () => {
    expect(refuseSender({ ...ours, fromMainWindow: false }, rendererUrl)).toMatch(/main window/);
  });

  it('refuses a frame inside the page', () => {
    expect(refuseSender({ ...ours, isMainFrame: false }, rendererUrl)).toMatch(/frame inside/);
  });

  it('refuses when the sending frame has gone', () => {
    expect(refuseSender({ ...ours, frameUrl: null }, rendererUrl)).toMatch(/gone/);
  });

  it.each([
    ['a web page', 'https://example.com/'],
    ['a local web server', 'http://127.0.0.1:5173/index.html'],
    ['another local file', 'file:///tmp/evil.html'],
    ['a file beside ours', rendererUrl.replace('index.html', 'other.html')],
    ['our file with a query', `${rendererUrl}?x=1`],
    ['a data URL', 'data:text/html,<script>api.call()</script>'],
    ['devtools', 'devtools://devtools/bundled/inspector.html'],
    ['about:blank', 'about:blank'],
    ['not a URL', 'index.html'],
  ])('refuses %s', (_what, frameUrl) => {
    expect(refuseSender({ ...ours, frameUrl }, rendererUrl)).toMatch(/not the app's own screens/);
  });
});

describe('isRendererUrl', () => {
  it('matches the URL Chromium reports for the file, spaces escaped', () => {
    expect(rendererUrl).toBe('file:///opt/Social%20Value%20Tracker/dist/renderer/index.html');
    expect(
      isRendererUrl('file:///opt/Social%20Value%20Tracker/dist/renderer/index.html#/', rendererUrl),
    ).toBe(true);
  });

  it('is false when the expected URL is not a file URL', () => {
    expect(isRendererUrl('http://localhost/index.html', 'http://localhost/index.html')).toBe(false);
  });
});

describe('IpcChannel', () => {
  it('names each channel once, under the app prefix', () => {
    const names = Object.values(IpcChannel);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^svt:/);
  });
});
