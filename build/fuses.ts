// The Electron fuses flipped in every packaged app, and the afterPack hook that flips them and
// reads them back. Fuses are bits in the Electron executable: set here, before signing, they
// cannot be turned back on by an environment variable or a command-line switch.

import { join } from 'node:path';
import {
  flipFuses,
  FuseState,
  FuseV1Options,
  FuseVersion,
  getCurrentFuseWire,
} from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';

/** Every fuse Electron 45 has, each set on purpose (a new Electron's new fuse fails the pack). */
export const fuseSettings = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // ELECTRON_RUN_AS_NODE=1 would turn the signed app into a plain Node.
  [FuseV1Options.RunAsNode]: false,
  // Cookies are encrypted at rest with the operating system's key store.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS could preload any script into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect would open a debugger on the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash electron-builder embeds (Windows and macOS).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // The app runs only from app.asar, never from a loose app/ folder put beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // Left on: the screens are loaded from file:// (electron/main.ts loadFile) as ES modules,
  // which Chromium would refuse a file:// page without these privileges. Turning it off needs
  // the screens served from a custom app:// protocol first.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: true,
  [FuseV1Options.WasmTrapHandlers]: true,
} as const;

/** What each fuse must read once flipped: FuseState.ENABLE or DISABLE, by option. */
export function expectedFuseStates(): Map<FuseV1Options, FuseState> {
  const states = new Map<FuseV1Options, FuseState>();
  for (const [key, value] of Object.entries(fuseSettings)) {
    if (typeof value === 'boolean' && /^\d+$/.test(key)) {
      states.set(Number(key) as FuseV1Options, value ? FuseState.ENABLE : FuseState.DISABLE);
    }
  }
  return states;
}

/** The packed Electron executable, named as electron-builder names it on each platform. */
export function electronExecutable(
  context: Pick<AfterPackContext, 'appOutDir' | 'electronPlatformName'> & {
    packager: { appInfo: { productFilename: string }; executableName?: string };
  },
): string {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      return join(appOutDir, packager.executableName ?? packager.appInfo.productFilename);
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`);
    default:
      throw new Error(`No Electron executable is known for ${electronPlatformName}.`);
  }
}

/** electron-builder's afterPack hook: flips the fuses, then reads them back to be sure. */
export async function flipFusesAfterPack(context: AfterPackContext): Promise<void> {
  const executable = electronExecutable(context);
  await flipFuses(executable, fuseSettings);
  const wire = await getCurrentFuseWire(executable);
  for (const [option, expected] of expectedFuseStates()) {
    if (wire[option] !== expected) {
      throw new Error(`The ${FuseV1Options[option]} fuse of ${executable} did not flip.`);
    }
  }
  console.log(`Electron fuses flipped and checked in ${executable}`);
}
