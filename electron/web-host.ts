// npm run web -- --data-dir DIR [--port N]: the app in a browser on this machine.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppError } from '../shared/result';
import { startPrintingWebHost } from './reports/printing-web-host';
import { currentOfficer, defaultDataDir, workspaceFileIn } from './workspace-location';
import { WorkspaceSession } from './workspace-session';

const usage = 'Usage: npm run web -- [--data-dir DIR] [--port N]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'data-dir': { type: 'string' }, port: { type: 'string', default: '0' } },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppError('invalid_input', `--port must be a whole number from 0 to 65535. ${usage}`);
  }
  const rendererDir = join(dirname(fileURLToPath(import.meta.url)), 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new AppError(
      'internal',
      `The screens have not been built (no ${rendererDir}); run npm run build.`,
    );
  }
  const session = new WorkspaceSession(
    workspaceFileIn(values['data-dir'] ?? defaultDataDir()),
    currentOfficer(),
  );
  const host = await startPrintingWebHost({ port, rendererDir, context: () => session.context() });
  const stop = () => {
    void host.close().then(() => {
      session.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(`Social Value Tracker web host: ${host.url}#token=${host.token}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof AppError ? error.message : error);
  process.exit(1);
});
