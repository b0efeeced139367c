import { registerFile, workspaceFile } from '../exports/export-files';
import type { Handlers } from './handler';

export const exportHandlers: Handlers<'exports.register' | 'exports.workspace'> = {
  'exports.register': ({ format }, { db }) => registerFile(db, format),
  'exports.workspace': (_, { db }) => workspaceFile(db),
};
