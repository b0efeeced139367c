// How Chromium is launched here, for the end-to-end tests and the benchmark alike: Debian's
// Chromium where it is installed (Playwright's own download is blocked on the build machines),
// otherwise Playwright's browser (npx playwright install chromium); flags from DESIGN.md section 5.

import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const debianChromium = '/usr/bin/chromium';

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath =
    process.env.CHROMIUM_PATH ?? (existsSync(debianChromium) ? debianChromium : undefined);
  return {
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  };
}
