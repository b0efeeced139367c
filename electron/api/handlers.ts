// Every handler, by method. The type makes a method without a handler a compile error.

import type { Handlers } from './handler';
import { profileHandlers } from './profile-handlers';
import { workspaceHandlers } from './workspace-handlers';

export const handlers: Handlers = {
  ...workspaceHandlers,
  ...profileHandlers,
};
