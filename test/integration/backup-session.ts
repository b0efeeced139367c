// Shared setup for the backup tests: a host's workspace session in a temp folder (closed after
// the test), and a supplier added through the API so copies can be told apart by their counts.

import { join } from 'node:path';
import type { Context } from '../../electron/api/context';
import { WorkspaceSession } from '../../electron/workspace-session';
import { workspaceFileIn } from '../../electron/workspace-location';
import { createSupplier, officer } from './seed-records';
import { type TempDirs } from './temp-workspace';

export interface SessionWorkspace {
  session: WorkspaceSession;
  dataDir: string;
  file: string;
  backups: string;
  /** A context on the session's current workspace (read afresh: a restore reopens it). */
  ctx(): Context;
}

export async function openSessionWorkspace(
  temp: TempDirs,
  dataDir?: string,
): Promise<SessionWorkspace> {
  const dir = dataDir ?? (await temp.make());
  const file = workspaceFileIn(dir);
  const session = new WorkspaceSession(file, officer);
  temp.onCleanup(() => session.close());
  return {
    session,
    dataDir: dir,
    file,
    backups: join(dir, 'backups'),
    ctx: () => session.context(),
  };
}

export async function addSuppliers(ctx: Context, names: string[]): Promise<void> {
  for (const name of names) await createSupplier(ctx, { name });
}
