// Bundles the Node-side entries with esbuild; packages stay in node_modules.
//   dist/web-host.mjs, dist/cli.mjs       (Node, ESM)
//   dist/electron/main.mjs                (Electron main, ESM)
//   dist/electron/preload.cjs             (sandboxed preload: CommonJS, one file)
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
};

await Promise.all([
  build({
    ...common,
    entryPoints: {
      'web-host': 'electron/web-host.ts',
      cli: 'electron/cli.ts',
      'electron/main': 'electron/main.ts',
    },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    packages: 'external',
  }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    external: ['electron'],
  }),
]);
