// electron-builder's configuration (npm run package): a Windows installer (NSIS) and a Linux
// AppImage, the workspace file association, the native SQLite binary kept outside app.asar,
// and the Electron fuses flipped after packing (build/fuses.ts).

import type { Configuration } from 'electron-builder';
import { flipFusesAfterPack } from './fuses.ts';

export const appId = 'uk.gov.socialvaluetracker';
export const productName = 'Social Value Tracker';
export const workspaceMimeType = 'application/x-social-value-tracker-workspace';

export const builderConfig: Configuration = {
  appId,
  productName,
  copyright: 'Copyright © the council using it',
  // Icons and other resources are named relative to build/.
  directories: { output: 'release', buildResources: 'build' },
  // Only the built desktop app: dist/electron (main process, preload) and dist/renderer (the
  // screens), and package.json; electron-builder adds the production dependencies. No sources,
  // tests, source maps, web host or command line, nor better-sqlite3's C++ sources.
  files: [
    'dist/electron/**/*',
    'dist/renderer/**/*',
    '!dist/**/*.map',
    'package.json',
    '!**/node_modules/better-sqlite3/{src,deps,binding.gyp}',
    // Only the target platform's SQLite binaries (linux also keeps linuxmusl). Platform-level
    // "files" cannot do this: a list of exclusions there makes electron-builder take everything.
    '!**/node_modules/better-sqlite3/prebuilds/!(${platform}*).node',
    '!**/node_modules/**/{test,tests,__tests__,docs,example,examples}/**',
    '!**/node_modules/**/*.{md,markdown,ts,map}',
    '!**/node_modules/**/*.d.ts',
  ],
  asar: true,
  // better-sqlite3's prebuilt N-API binaries cannot be loaded from inside an archive.
  asarUnpack: ['**/node_modules/better-sqlite3/prebuilds/*.node'],
  // The prebuilt binaries work in Electron as they are: nothing is compiled or rebuilt.
  npmRebuild: false,
  buildDependenciesFromSource: false,
  fileAssociations: [
    {
      ext: 'svt',
      name: 'Social Value Tracker workspace',
      description: 'Social Value Tracker workspace',
      mimeType: workspaceMimeType,
      icon: 'icons/workspace',
      role: 'Editor',
    },
  ],
  afterPack: flipFusesAfterPack,
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'icons/icon.ico',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: productName,
    installerIcon: 'icons/icon.ico',
    uninstallerIcon: 'icons/icon.ico',
    // A council's workspaces live in the user data folder: uninstalling never deletes them.
    deleteAppDataOnUninstall: false,
  },
  linux: {
    target: [{ target: 'AppImage', arch: ['x64'] }],
    icon: 'icons/png',
    category: 'Office',
    executableName: 'social-value-tracker',
    synopsis: 'Social value register and committee reports for UK councils',
    mimeTypes: [workspaceMimeType],
  },
};
