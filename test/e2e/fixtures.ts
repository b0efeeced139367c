// Every end-to-end test gets its own workspace folder and its own web host process.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { startWebHostProcess, type WebHostProcess } from '../web-host-process';

interface AppFixture {
  host: WebHostProcess;
  dataDir: string;
}

export const test = base.extend<{ app: AppFixture }>({
  // Playwright reads fixture dependencies from the destructured first argument: none here.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'svt-e2e-'));
    const host = await startWebHostProcess(dataDir);
    await use({ host, dataDir });
    await host.stop();
    await rm(dataDir, { recursive: true, force: true });
  },
});

export { expect };
