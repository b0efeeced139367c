// The packaging configuration (build/electron-builder.config.ts) and the fuses (build/fuses.ts):
// what goes into the app, what stays outside app.asar, the workspace file association, the
// icons, and the fuse set. test/integration/packaging.test.ts packs for real with a stand-in
// Electron; this file checks the configuration itself.

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FuseState, FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import {
  appId,
  builderConfig,
  productName,
  workspaceMimeType,
} from '../../build/electron-builder.config';
import {
  electronExecutable,
  expectedFuseStates,
  flipFusesAfterPack,
  fuseSettings,
} from '../../build/fuses';
import { icoFile } from '../../build/icons/ico-file';
import { workspaceExtension } from '../../electron/workspace-argument';
import { workspaceFileName } from '../../electron/workspace-location';

const root = fileURLToPath(new URL('../..', import.meta.url));
const buildResources = join(root, 'build');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  productName: string;
  main: string;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};

const asStrings = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter(
    (item): item is string => typeof item === 'string',
  );

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The image sizes an .ico holds (0 in the directory means 256). */
function icoSizes(file: string): number[] {
  const ico = readFileSync(file);
  expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico.readUInt8(6 + i * 16) || 256);
}

describe('the application', () => {
  it('has its id and the product name package.json gives', () => {
    expect(appId).toBe('uk.gov.socialvaluetracker');
    expect(builderConfig.appId).toBe(appId);
    expect(builderConfig.productName).toBe(productName);
    expect(productName).toBe(packageJson.productName);
  });

  it('builds a Windows installer (NSIS) and a Linux AppImage, into release/', () => {
    expect(builderConfig.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(builderConfig.linux?.target).toEqual([{ target: 'AppImage', arch: ['x64'] }]);
    expect(builderConfig.directories).toEqual({ output: 'release', buildResources: 'build' });
    expect(builderConfig.nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it('has npm scripts that build first, and pinned packaging tools', () => {
    for (const script of ['package', 'package:win', 'package:linux']) {
      expect(packageJson.scripts[script]).toMatch(
        /^node build\/build\.mjs && node build\/package\.ts/,
      );
    }
    expect(packageJson.devDependencies['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(packageJson.devDependencies['@electron/fuses']).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('what goes into the app', () => {
  const files = asStrings(builderConfig.files);

  it('packs into app.asar only the built main process, preload and screens', () => {
    expect(builderConfig.asar).toBe(true);
    expect(packageJson.main).toBe('dist/electron/main.mjs');
    const included = files.filter((pattern) => !pattern.startsWith('!'));
    expect(included).toEqual(['dist/electron/**/*', 'dist/renderer/**/*', 'package.json']);
    expect(files).toContain('!dist/**/*.map');
  });

  it('leaves out sources and tests, in the app and in its dependencies', () => {
    for (const pattern of files.filter((p) => !p.startsWith('!'))) {
      expect(pattern).not.toMatch(/^(electron|renderer|shared|test|build)\//);
    }
    expect(files).toContain('!**/node_modules/**/{test,tests,__tests__,docs,example,examples}/**');
    expect(files).toContain('!**/node_modules/better-sqlite3/{src,deps,binding.gyp}');
  });

  it('keeps every better-sqlite3 native binary outside app.asar', () => {
    const unpack = asStrings(builderConfig.asarUnpack);
    const binaries = readdirSync(join(root, 'node_modules/better-sqlite3/prebuilds')).filter(
      (name) => name.endsWith('.node'),
    );
    expect(binaries).toContain('win32-x64.node');
    expect(binaries).toContain('linux-x64.node');
    for (const name of binaries) {
      const path = `node_modules/better-sqlite3/prebuilds/${name}`;
      expect(
        unpack.some((glob) => matchesGlob(path, glob)),
        path,
      ).toBe(true);
    }
  });

  it('compiles nothing: the prebuilt N-API binaries load in Electron as they are', () => {
    expect(builderConfig.npmRebuild).toBe(false);
    expect(builderConfig.buildDependenciesFromSource).toBe(false);
  });
});

describe('the workspace file association', () => {
  const association = asArray(builderConfig.fileAssociations)[0];

  function asArray<T>(value: T | T[] | null | undefined): T[] {
    return value == null ? [] : Array.isArray(value) ? value : [value];
  }

  it('opens .svt files, the extension the app gives its workspaces', () => {
    expect(asArray(builderConfig.fileAssociations)).toHaveLength(1);
    expect(association?.ext).toBe('svt');
    expect(`.${association?.ext}`).toBe(workspaceExtension);
    expect(workspaceFileName.endsWith(workspaceExtension)).toBe(true);
  });

  it('names the file type and gives it its own icon and MIME type', () => {
    expect(association?.name).toBe('Social Value Tracker workspace');
    expect(association?.description).toBe('Social Value Tracker workspace');
    expect(association?.mimeType).toBe(workspaceMimeType);
    expect(builderConfig.linux?.mimeTypes).toEqual([workspaceMimeType]);
    expect(icoSizes(join(buildResources, `${association?.icon}.ico`))).toContain(256);
  });
});

describe('the icons', () => {
  it('gives Windows an .ico from 16 to 256 pixels', () => {
    const icon = join(buildResources, String(builderConfig.win?.icon));
    expect(icoSizes(icon)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    expect(builderConfig.nsis?.installerIcon).toBe(builderConfig.win?.icon);
  });

  it('gives Linux PNGs named by their real size, up to 512', () => {
    const folder = join(buildResources, String(builderConfig.linux?.icon));
    const names = readdirSync(folder).sort();
    expect(names).toEqual(['256x256.png', '512x512.png']);
    for (const name of names) {
      const [width, height] = name.replace('.png', '').split('x').map(Number);
      expect(pngSize(join(folder, name))).toEqual({ width, height });
    }
  });

  it('writes .ico files whose directory points at each PNG', () => {
    const pngs = [Buffer.from('first png'), Buffer.from('second, longer png')];
    const ico = icoFile([
      { size: 16, png: pngs[0] as Buffer },
      { size: 256, png: pngs[1] as Buffer },
    ]);
    const entry = (i: number) => ({
      width: ico.readUInt8(6 + i * 16),
      bytes: ico.readUInt32LE(6 + i * 16 + 8),
      offset: ico.readUInt32LE(6 + i * 16 + 12),
    });
    expect([entry(0).width, entry(1).width]).toEqual([16, 0]);
    for (const [i, png] of pngs.entries()) {
      const { bytes, offset } = entry(i);
      expect(ico.subarray(offset, offset + bytes)).toEqual(png);
    }
    expect(() => icoFile([{ size: 300, png: Buffer.alloc(1) }])).toThrow(/1 to 256 pixels/);
  });

  it('keeps the SVG each icon is drawn from', () => {
    for (const name of ['icon.svg', 'workspace.svg']) {
      expect(existsSync(join(buildResources, 'icons', name)), name).toBe(true);
    }
  });
});

describe('the Electron fuses', () => {
  it('are flipped by the afterPack hook', () => {
    expect(builderConfig.afterPack).toBe(flipFusesAfterPack);
  });

  it('turn off running as Node, NODE_OPTIONS and --inspect', () => {
    expect(fuseSettings[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuseSettings[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(fuseSettings[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
  });

  it('keep what the screens loaded from file:// as ES modules need', () => {
    const main = readFileSync(join(root, 'electron/main.ts'), 'utf8');
    expect(main).toContain('window.loadFile(rendererIndex)');
    expect(fuseSettings[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(true);
  });

  it('turn on asar integrity, loading only from the asar, and cookie encryption', () => {
    expect(fuseSettings[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuseSettings[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(fuseSettings[FuseV1Options.EnableCookieEncryption]).toBe(true);
  });

  it('set every fuse @electron/fuses knows, and insist on it', () => {
    expect(fuseSettings.version).toBe(FuseVersion.V1);
    expect(fuseSettings.strictlyRequireAllFuses).toBe(true);
    const options = Object.values(FuseV1Options).filter((v): v is number => typeof v === 'number');
    expect([...expectedFuseStates().keys()].sort()).toEqual(options.sort());
    expect(expectedFuseStates().get(FuseV1Options.RunAsNode)).toBe(FuseState.DISABLE);
    expect(expectedFuseStates().get(FuseV1Options.OnlyLoadAppFromAsar)).toBe(FuseState.ENABLE);
  });

  it('are flipped in the executable electron-builder names on each platform', () => {
    const packager = { appInfo: { productFilename: 'Social Value Tracker' } };
    expect(
      electronExecutable({ appOutDir: '/out/win', electronPlatformName: 'win32', packager }),
    ).toBe('/out/win/Social Value Tracker.exe');
    expect(
      electronExecutable({
        appOutDir: '/out/linux',
        electronPlatformName: 'linux',
        packager: { ...packager, executableName: 'social-value-tracker' },
      }),
    ).toBe('/out/linux/social-value-tracker');
    expect(builderConfig.linux?.executableName).toBe('social-value-tracker');
    expect(() =>
      electronExecutable({ appOutDir: '/out', electronPlatformName: 'aix', packager }),
    ).toThrow(/aix/);
  });
});
