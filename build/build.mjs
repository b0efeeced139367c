// npm run build: the screens with Vite (dist/renderer), then the Node-side entries with esbuild.

import { build } from 'vite';

await build({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  logLevel: 'warn',
});
await import('./bundle.mjs');
