// The one Content Security Policy (electron/csp.ts), as the Electron session, the web host and
// the built index.html carry it: nothing runs but the app's own script files.

import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/csp';
import viteConfig from '../../vite.config';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('the Content Security Policy', () => {
  const policy = directives(contentSecurityPolicy);

  it('allows no inline script or style, no eval, and no wildcard anywhere', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
    expect(contentSecurityPolicy).not.toMatch(/wasm-unsafe-eval|strict-dynamic|nonce-|sha256-/);
  });

  it('loads scripts, styles and data only from the app itself', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('is written into index.html at build time, all but frame-ancestors (header only)', async () => {
    const config = await viteConfig;
    const plugin = (config.plugins ?? []).find(
      (candidate): candidate is Plugin =>
        typeof candidate === 'object' &&
        candidate !== null &&
        'name' in candidate &&
        candidate.name === 'csp-meta',
    );
    const transform = plugin?.transformIndexHtml;
    expect(transform).toBeTypeOf('function');
    const html = (transform as (html: string) => string)(
      '<head>\n    <meta charset="utf-8" />\n</head>',
    );
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>/.exec(html);
    const written = directives(meta?.[1] ?? '');
    expect(written.has('frame-ancestors')).toBe(false);
    for (const [name, sources] of policy) {
      if (name !== 'frame-ancestors') expect(written.get(name), name).toEqual(sources);
    }
  });
});
