import { schemaVersionOf } from '../db/migrate';
import { workspaceStats } from '../db/stats-repository';
import type { Handlers } from './handler';

export const workspaceHandlers: Handlers<'workspace.info' | 'workspace.stats'> = {
  'workspace.info': (_input, { db, file, officer }) => ({
    file,
    schemaVersion: schemaVersionOf(db),
    officer,
  }),
  'workspace.stats': (_input, { db }) => workspaceStats(db),
};
