// The API calls for a theme or an outcome, which take the same inputs.

import type { Framework } from '../../../shared/measures-framework';
import { call } from '../../api-client';

export type GroupKind = 'themes' | 'outcomes';

interface GroupCalls {
  /** "theme", as in "Rename theme Jobs and skills". */
  noun: string;
  rename(id: string, version: number, name: string): Promise<Framework>;
  move(id: string, to: number): Promise<Framework>;
  remove(id: string, version: number): Promise<unknown>;
  restore(id: string): Promise<Framework>;
}

export const groupCalls: Record<GroupKind, GroupCalls> = {
  themes: {
    noun: 'theme',
    rename: (id, version, name) => call('themes.rename', { id, version, name }),
    move: (id, to) => call('themes.move', { id, to }),
    remove: (id, version) => call('themes.delete', { id, version }),
    restore: (id) => call('themes.restore', { id }),
  },
  outcomes: {
    noun: 'outcome',
    rename: (id, version, name) => call('outcomes.rename', { id, version, name }),
    move: (id, to) => call('outcomes.move', { id, to }),
    remove: (id, version) => call('outcomes.delete', { id, version }),
    restore: (id) => call('outcomes.restore', { id }),
  },
};
