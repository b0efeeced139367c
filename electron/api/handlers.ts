// Every handler, by method. The type makes a method without a handler a compile error.

import { actionPlanHandlers } from './action-plan-handlers';
import { backupHandlers } from './backup-handlers';
import { caseStudyHandlers } from './case-study-handlers';
import { commitmentHandlers } from './commitment-handlers';
import { contractHandlers } from './contract-handlers';
import { demoHandlers } from './demo-handlers';
import { exerciseHandlers } from './exercise-handlers';
import { exportHandlers } from './export-handlers';
import { frameworkGroupHandlers } from './framework-group-handlers';
import { frameworkHandlers } from './framework-handlers';
import type { Handlers } from './handler';
import { listExportHandlers } from './list-export-handlers';
import { measureHandlers } from './measure-handlers';
import { portfolioHandlers } from './portfolio-handlers';
import { profileHandlers } from './profile-handlers';
import { recordHandlers } from './record-handlers';
import { registerImportHandlers } from './register-import-handlers';
import { reportHandlers } from './report-handlers';
import { reportOutputHandlers } from './report-output-handlers';
import { returnHandlers } from './return-handlers';
import { returnImportHandlers } from './return-import-handlers';
import { supplierHandlers } from './supplier-handlers';
import { workspaceHandlers } from './workspace-handlers';

export const handlers: Handlers = {
  ...registerImportHandlers,
  ...workspaceHandlers,
  ...profileHandlers,
  ...supplierHandlers,
  ...exerciseHandlers,
  ...exportHandlers,
  ...listExportHandlers,
  ...contractHandlers,
  ...recordHandlers,
  ...demoHandlers,
  ...actionPlanHandlers,
  ...caseStudyHandlers,
  ...commitmentHandlers,
  ...returnHandlers,
  ...returnImportHandlers,
  ...frameworkHandlers,
  ...frameworkGroupHandlers,
  ...measureHandlers,
  ...portfolioHandlers,
  ...backupHandlers,
  ...reportHandlers,
  ...reportOutputHandlers,
};
