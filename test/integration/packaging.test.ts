// Packs the built app for Linux (the unpacked "dir" target) with build/electron-builder.config.ts,
// using a stand-in for the Electron runtime (which cannot be downloaded here): a small file that
// carries Electron's fuse wire. Shows what electron-builder really puts in app.asar, what it
// leaves outside it, and that the afterPack hook flips every fuse.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { build, Platform } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { builderConfig } from '../../build/electron-builder.config';
import { makeTempDir, removeTempDir } from './temp-workspace';

const root = fileURLToPath(new URL('../..', import.meta.url));
const electronVersion = '45.4.1';
const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

interface AsarEntry {
  files?: Record<string, AsarEntry>;
  /** Listed in the archive but kept in app.asar.unpacked beside it. */
  unpacked?: boolean;
}

/**
 * Every path held inside an asar archive (not those it lists as unpacked): its header is a JSON
 * tree after a 16-byte pickle prefix.
 */
function asarPaths(archive: string): string[] {
  const bytes = readFileSync(archive);
  const header = JSON.parse(bytes.toString('utf8', 16, 16 + bytes.readUInt32LE(12))) as AsarEntry;
  const walk = (entry: AsarEntry, prefix: string): string[] =>
    Object.entries(entry.files ?? {}).flatMap(([name, child]) =>
      child.unpacked ? [] : [`${prefix}/${name}`, ...walk(child, `${prefix}/${name}`)],
    );
  return walk(header, '');
}

/** An unpacked "Electron" whose executable holds the fuse wire at Electron's defaults. */
async function standInElectron(dir: string): Promise<string> {
  const dist = join(dir, 'electron-dist');
  await mkdir(join(dist, 'locales'), { recursive: true });
  await mkdir(join(dist, 'resources'));
  const defaults = '101100011'; // Electron's own: RunAsNode on, cookies unencrypted, ...
  const wire = Buffer.from([1, defaults.length, ...Buffer.from(defaults, 'latin1')]);
  const executable = join(dist, 'electron');
  await writeFile(
    executable,
    Buffer.concat([Buffer.alloc(256), Buffer.from(fuseSentinel), wire, Buffer.alloc(256)]),
  );
  await chmod(executable, 0o755);
  await writeFile(join(dist, 'LICENSE'), 'Electron licence');
  await writeFile(join(dist, 'version'), electronVersion);
  return dist;
}

describe('packing the app for Linux', () => {
  it(
    'packs only the built app, unpacks SQLite, and flips the fuses',
    { timeout: 180_000 },
    async () => {
      expect(
        existsSync(join(root, 'dist/electron/main.mjs')),
        'dist/ is missing: run npm run build first',
      ).toBe(true);
      const dir = await makeTempDir();
      try {
        const output = join(dir, 'release');
        const log = console.log;
        console.log = () => undefined;
        try {
          await build({
            projectDir: root,
            config: {
              ...builderConfig,
              electronDist: await standInElectron(dir),
              electronVersion,
              directories: { ...builderConfig.directories, output },
            },
            targets: Platform.LINUX.createTarget('dir'),
            publish: 'never',
          });
        } finally {
          console.log = log;
        }
        const appDir = join(output, 'linux-unpacked');
        const resources = join(appDir, 'resources');

        const inAsar = asarPaths(join(resources, 'app.asar'));
        const ownFiles = inAsar.filter((file) => !file.startsWith('/node_modules'));
        expect(ownFiles).toContain('/dist/electron/main.mjs');
        expect(ownFiles).toContain('/dist/electron/preload.cjs');
        expect(ownFiles).toContain('/dist/renderer/index.html');
        expect(ownFiles).toContain('/package.json');
        for (const file of ownFiles) {
          expect(file).toMatch(/^\/(dist\/(electron|renderer)(\/|$)|dist$|package\.json$)/);
          expect(file).not.toMatch(/\.map$/);
        }
        expect(inAsar).toContain('/node_modules/zod/package.json');
        expect(inAsar.filter((file) => file.endsWith('.node'))).toEqual([]);
        expect(inAsar.some((file) => file.includes('/node_modules/electron/'))).toBe(false);

        const unpacked = readdirSync(
          join(resources, 'app.asar.unpacked/node_modules/better-sqlite3/prebuilds'),
        ).sort();
        expect(unpacked).toEqual([
          'linux-arm64.node',
          'linux-x64.node',
          'linuxmusl-arm64.node',
          'linuxmusl-x64.node',
        ]);

        const executable = join(appDir, 'social-value-tracker');
        const fuses = await getCurrentFuseWire(executable);
        expect(fuses[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
        expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
        expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
        expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
        expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
        expect(fuses[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
        expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.ENABLE);
        expect(readFileSync(executable).includes(fuseSentinel)).toBe(true);
      } finally {
        await removeTempDir(dir);
      }
    },
  );
});
