// The Chromium (or Chrome) that prints PDFs where Electron is absent: CHROMIUM_PATH, else the
// usual places on Linux, macOS and Windows; a plain message when there is none.

import { existsSync } from 'node:fs';
import { AppError } from '../../shared/result';

const knownPlaces = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : knownPlaces;
  const found = candidates.find((place) => existsSync(place));
  if (found) return found;
  throw new AppError(
    'refused',
    env.CHROMIUM_PATH
      ? `Saving as PDF needs Chromium, but CHROMIUM_PATH names ${env.CHROMIUM_PATH}, which does not exist.`
      : 'Saving as PDF needs Chromium or Google Chrome, and neither was found. Install Chromium, or set CHROMIUM_PATH to its program file; Word and Excel outputs still work.',
  );
}

/** The flags of DESIGN.md section 5: no sandbox, no GPU, no network chatter. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
