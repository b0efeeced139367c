// Every handler, by method. The type makes a method without a handler a compile error.

import { contractHandlers } from './contract-handlers';
import { demoHandlers } from './demo-handlers';
import { exerciseHandlers } from './exercise-handlers';
import type { Handlers } from './handler';
import { profileHandlers } from './profile-handlers';
import { recordHandlers } from './record-handlers';
import { supplierHandlers } from './supplier-handlers';
import { workspaceHandlers } from './workspace-handlers';

export const handlers: Handlers = {
  ...workspaceHandlers,
  ...profileHandlers,
  ...supplierHandlers,
  ...exerciseHandlers,
  ...contractHandlers,
  ...recordHandlers,
  ...demoHandlers,
};
