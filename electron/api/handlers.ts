// Every handler, by method. The type makes a method without a handler a compile error.

import { actionPlanHandlers } from './action-plan-handlers';
import { caseStudyHandlers } from './case-study-handlers';
import { commitmentHandlers } from './commitment-handlers';
import { contractHandlers } from './contract-handlers';
import { demoHandlers } from './demo-handlers';
import { exerciseHandlers } from './exercise-handlers';
import { frameworkGroupHandlers } from './framework-group-handlers';
import { frameworkHandlers } from './framework-handlers';
import type { Handlers } from './handler';
import { measureHandlers } from './measure-handlers';
import { portfolioHandlers } from './portfolio-handlers';
import { profileHandlers } from './profile-handlers';
import { recordHandlers } from './record-handlers';
import { returnHandlers } from './return-handlers';
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
  ...actionPlanHandlers,
  ...caseStudyHandlers,
  ...commitmentHandlers,
  ...returnHandlers,
  ...frameworkHandlers,
  ...frameworkGroupHandlers,
  ...measureHandlers,
  ...portfolioHandlers,
};
