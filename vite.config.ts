import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './electron/csp.ts';

/** frame-ancestors has no effect in a meta element (browsers warn); the hosts send it as a header. */
const metaPolicy = contentSecurityPolicy
  .split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

/** Writes the one CSP into index.html, so file:// pages in Electron carry it too. */
const cspMeta: Plugin = {
  name: 'csp-meta',
  transformIndexHtml: (html) =>
    html.replace(
      '<meta charset="utf-8" />',
      `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${metaPolicy}" />`,
    ),
};

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [cspMeta],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true },
});
