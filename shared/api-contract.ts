// The one list of API methods: name, zod input schema and output type. The renderer's client,
// the Electron IPC host, the web host, the command line and the tests are all typed from it.

import { z } from 'zod';
import {
  actionItemCreateSchema,
  actionItemUpdateSchema,
  actionPlanFieldsSchema,
  actionPlanUpdateSchema,
  actionUpdateCreateSchema,
  actionUpdateUpdateSchema,
  asOfSchema,
  type ActionItem,
  type ActionPlan,
  type ActionPlanSummary,
  type ActionUpdate,
} from './action-plan';
import { auditQuerySchema, type AuditEntry } from './audit';
import {
  backupNameSchema,
  backupSettingsSchema,
  type BackupInfo,
  type BackupList,
  type RestoreOutcome,
  type WorkspaceHealth,
} from './backup';
import {
  addPictureSchema,
  caseStudyFieldsSchema,
  caseStudyListQuerySchema,
  caseStudyUpdateSchema,
  type CasePicture,
  type CaseStudy,
  type CaseStudySummary,
  type PictureData,
} from './case-study';
import { commitmentCreateSchema, commitmentUpdateSchema, type Commitment } from './commitment';
import { contractFieldsSchema, contractUpdateSchema, type Contract } from './contract';
import type { ContractSocialValue } from './contract-social-value';
import { councilProfileInputSchema, type CouncilProfile } from './council-profile';
import type { Dashboard } from './dashboard';
import type { DemoSummary } from './demo';
import { exerciseFieldsSchema, exerciseUpdateSchema, type Exercise } from './exercise';
import type { ExportedFile } from './exported-file';
import { registerExportSchema } from './exports';
import {
  contractListQuerySchema,
  exerciseListQuerySchema,
  supplierListQuerySchema,
  type ListPage,
} from './list-query';
import {
  frameworkImportSchema,
  importFileSchema,
  type FrameworkImportPreview,
} from './framework-import';
import {
  frameworkGetSchema,
  frameworkVersionCreateSchema,
  frameworkVersionUpdateSchema,
  groupRenameSchema,
  measureFieldsSchema,
  measuresInForceSchema,
  measureUpdateSchema,
  outcomeCreateSchema,
  themeCreateSchema,
  type Framework,
  type FrameworkVersion,
  type Measure,
  type MeasureDetails,
} from './measures-framework';
import { portfolioQuerySchema, type Portfolio } from './portfolio';
import { importListQuerySchema, importUndoSchema, type ImportSummary } from './import-history';
import {
  returnImportConfirmSchema,
  returnTemplateSchema,
  returnTemplatesBulkSchema,
  templatePeriodsSchema,
  type BulkTemplates,
  type ReturnImportOutcome,
  type ReturnImportPreview,
  type TemplatePeriods,
} from './return-import';
import {
  blockCreateSchema,
  blockMoveSchema,
  blockUpdateSchema,
  documentRequestSchema,
  reportCreateSchema,
  reportDuplicateSchema,
  reportUpdateSchema,
  sectionCreateSchema,
  sectionUpdateSchema,
  templateCreateSchema,
  templateUpdateSchema,
  type Report,
  type ReportSummary,
  type ReportTemplate,
} from './report';
import type { ReportDocument } from './report-document';
import {
  importProfileDeleteSchema,
  importProfileSaveSchema,
  registerJobSchema,
  registerOpenSchema,
  registerStartSchema,
  type ImportProfile,
  type RegisterFileOutline,
  type RegisterImportReport,
  type RegisterJobState,
} from './register-import';
import { printJobKeySchema, reportPackRequestSchema, type PrintJob } from './report-print';
import { loadedVersion, optionalCalendarDate, uuid } from './schema-parts';
import { supplierFieldsSchema, supplierUpdateSchema, type Supplier } from './supplier';
import {
  returnCreateSchema,
  returnListQuerySchema,
  returnReopenSchema,
  returnsMissingQuerySchema,
  returnUpdateSchema,
  returnVerifySchema,
  type MissingReturns,
  type ReturnDetail,
  type ReturnSummary,
} from './social-value-return';
import type { RecordCounts, WorkspaceInfo, WorkspaceStats } from './workspace';

interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Never read: carries the output type. */
  output?: O;
}

const returns =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });

const noInput = z.object({}).strict();
const byId = z.object({ id: uuid });
const byIdAndVersion = z.object({ id: uuid, version: loadedVersion });
const moveTo = z.object({ id: uuid, to: z.int().min(0, { error: 'Choose a place' }) });

export const apiContract = {
  'workspace.info': returns<WorkspaceInfo>()(noInput),
  /** Record counts alone: what Home shows, without working out the portfolio. */
  'workspace.counts': returns<RecordCounts>()(noInput),
  'workspace.stats': returns<WorkspaceStats>()(noInput),
  'profile.get': returns<CouncilProfile>()(noInput),
  'profile.save': returns<CouncilProfile>()(councilProfileInputSchema),

  'suppliers.list': returns<ListPage<Supplier>>()(supplierListQuerySchema),
  'suppliers.get': returns<Supplier>()(byId),
  'suppliers.create': returns<Supplier>()(supplierFieldsSchema),
  'suppliers.update': returns<Supplier>()(supplierUpdateSchema),
  'suppliers.delete': returns<{ id: string }>()(byIdAndVersion),
  'suppliers.restore': returns<Supplier>()(byId),
  /** The whole list the query matches, as a workbook (the window is ignored). */
  'suppliers.export': returns<ExportedFile>()(supplierListQuerySchema),
  'suppliers.duplicates': returns<Supplier[][]>()(noInput),
  'suppliers.merge': returns<Supplier>()(
    z.object({
      keepId: uuid,
      mergeIds: z.array(uuid).min(1, { error: 'Choose the suppliers to merge in' }).max(50),
    }),
  ),

  'exercises.list': returns<ListPage<Exercise>>()(exerciseListQuerySchema),
  'exercises.get': returns<Exercise>()(byId),
  'exercises.create': returns<Exercise>()(exerciseFieldsSchema),
  'exercises.update': returns<Exercise>()(exerciseUpdateSchema),
  'exercises.delete': returns<{ id: string }>()(byIdAndVersion),
  'exercises.restore': returns<Exercise>()(byId),
  'exercises.export': returns<ExportedFile>()(exerciseListQuerySchema),
  /** Awards the exercise: makes its contract from the fields given and marks it awarded. */
  'exercises.award': returns<Contract>()(
    z.object({ id: uuid, version: loadedVersion, contract: contractFieldsSchema }),
  ),

  'contracts.list': returns<ListPage<Contract>>()(contractListQuerySchema),
  'contracts.get': returns<Contract>()(byId),
  'contracts.create': returns<Contract>()(contractFieldsSchema),
  'contracts.update': returns<Contract>()(contractUpdateSchema),
  'contracts.delete': returns<{ id: string }>()(byIdAndVersion),
  'contracts.restore': returns<Contract>()(byId),
  'contracts.export': returns<ExportedFile>()(contractListQuerySchema),

  // Exports (issue 5): the Transparency Code contract register (contracts over £5,000) as CSV
  // or XLSX, and the whole workspace as one workbook, a sheet per table.
  'exports.register': returns<ExportedFile>()(registerExportSchema),
  'exports.workspace': returns<ExportedFile>()(noInput),
  /** "Export to Excel" of the social value lists: every row the query matches (no window). */
  'exports.returns': returns<ExportedFile>()(returnListQuerySchema),
  'exports.missingReturns': returns<ExportedFile>()(returnsMissingQuerySchema),
  'exports.commitments': returns<ExportedFile>()(
    z.object({ contractId: uuid, asOf: optionalCalendarDate }),
  ),
  'exports.caseStudies': returns<ExportedFile>()(caseStudyListQuerySchema),
  'exports.actionPlans': returns<ExportedFile>()(z.object(asOfSchema)),
  'exports.measures': returns<ExportedFile>()(frameworkGetSchema),

  /** The directorates used on any record, for filters and suggestions. */
  'records.directorates': returns<string[]>()(noInput),
  'audit.history': returns<AuditEntry[]>()(auditQuerySchema),
  'dashboard.get': returns<Dashboard>()(noInput),
  'demo.load': returns<DemoSummary>()(noInput),

  // Commitments and returns (issue 4). Dates: asOf is today when not given.
  'commitments.list': returns<Commitment[]>()(z.object({ contractId: uuid })),
  'commitments.get': returns<Commitment>()(byId),
  /** The measures of the framework in force at the contract's start, to commit to. */
  'commitments.measureChoices': returns<Measure[]>()(z.object({ contractId: uuid })),
  'commitments.create': returns<Commitment>()(commitmentCreateSchema),
  'commitments.update': returns<Commitment>()(commitmentUpdateSchema),
  'commitments.delete': returns<{ id: string }>()(byIdAndVersion),
  'commitments.restore': returns<Commitment>()(byId),
  /** Commitments against delivery, expectation and RAG; delivery by period; the returns. */
  'contracts.socialValue': returns<ContractSocialValue>()(
    z.object({ id: uuid, asOf: optionalCalendarDate }),
  ),
  'returns.list': returns<ListPage<ReturnSummary>>()(returnListQuerySchema),
  'returns.get': returns<ReturnDetail>()(byId),
  /** Starts a draft for the period, with a line for each commitment. */
  'returns.create': returns<ReturnDetail>()(returnCreateSchema),
  /** Saves a draft's lines (extra measures allowed). */
  'returns.update': returns<ReturnDetail>()(returnUpdateSchema),
  'returns.submit': returns<ReturnDetail>()(byIdAndVersion),
  /** Verifies, queries or rejects lines; the return's status follows its lines. */
  'returns.verify': returns<ReturnDetail>()(returnVerifySchema),
  /** Back to draft to correct it; its lines' verification is cleared. */
  'returns.reopen': returns<ReturnDetail>()(returnReopenSchema),
  'returns.delete': returns<{ id: string }>()(byIdAndVersion),
  'returns.restore': returns<ReturnDetail>()(byId),
  /** Due periods of contracts with commitments that have no return beyond a draft. */
  'returns.missing': returns<MissingReturns>()(returnsMissingQuerySchema),

  // Action plans and case studies (issue 4). An item is overdue when its due date is before
  // asOf (today when not given) and it is not complete.
  'actionPlans.list': returns<ActionPlanSummary[]>()(z.object(asOfSchema)),
  'actionPlans.get': returns<ActionPlan>()(z.object({ id: uuid, ...asOfSchema })),
  'actionPlans.create': returns<ActionPlan>()(actionPlanFieldsSchema),
  'actionPlans.update': returns<ActionPlan>()(actionPlanUpdateSchema),
  'actionPlans.delete': returns<{ id: string }>()(byIdAndVersion),
  'actionPlans.restore': returns<ActionPlan>()(byId),
  'actionItems.create': returns<ActionItem>()(actionItemCreateSchema),
  'actionItems.update': returns<ActionItem>()(actionItemUpdateSchema),
  'actionItems.delete': returns<{ id: string }>()(byIdAndVersion),
  'actionItems.restore': returns<ActionItem>()(byId),
  /** Moves an item to place `to` in its plan (0 is first); returns the plan. */
  'actionItems.move': returns<ActionPlan>()(moveTo),
  'actionUpdates.create': returns<ActionUpdate>()(actionUpdateCreateSchema),
  'actionUpdates.update': returns<ActionUpdate>()(actionUpdateUpdateSchema),
  'actionUpdates.delete': returns<{ id: string }>()(byIdAndVersion),
  'actionUpdates.restore': returns<ActionUpdate>()(byId),
  'caseStudies.list': returns<CaseStudySummary[]>()(caseStudyListQuerySchema),
  'caseStudies.get': returns<CaseStudy>()(byId),
  'caseStudies.create': returns<CaseStudy>()(caseStudyFieldsSchema),
  'caseStudies.update': returns<CaseStudy>()(caseStudyUpdateSchema),
  'caseStudies.delete': returns<{ id: string }>()(byIdAndVersion),
  'caseStudies.restore': returns<CaseStudy>()(byId),
  /** The picture's bytes arrive as base64; its type is judged from them, not from its name. */
  'caseStudies.addPicture': returns<CasePicture>()(addPictureSchema),
  'caseStudies.removePicture': returns<{ id: string }>()(byId),
  'caseStudies.restorePicture': returns<CasePicture>()(byId),
  /** Moves a picture to place `to` among its case study's pictures; returns the case study. */
  'caseStudies.movePicture': returns<CaseStudy>()(moveTo),
  'caseStudies.picture': returns<PictureData>()(byId),

  // The measures framework (issue 4): versions of themes > outcomes > measures. Changes to
  // themes and outcomes return the version's whole framework, as the screen shows it.
  /** Every version, the latest effective date first, the one in force today marked. */
  'framework.versions': returns<FrameworkVersion[]>()(noInput),
  'framework.get': returns<Framework>()(frameworkGetSchema),
  /** A new version: a copy of another (its themes, outcomes and measures) with its own date. */
  'framework.createVersion': returns<FrameworkVersion>()(frameworkVersionCreateSchema),
  'framework.updateVersion': returns<FrameworkVersion>()(frameworkVersionUpdateSchema),
  'framework.deleteVersion': returns<{ id: string }>()(byIdAndVersion),
  'framework.restoreVersion': returns<FrameworkVersion>()(byId),
  /** Reads a .csv or .xlsx framework: its measures and every problem; writes nothing. */
  'framework.importPreview': returns<FrameworkImportPreview>()(importFileSchema),
  /** Imports a file with no problems as a new version, all or nothing. */
  'framework.import': returns<FrameworkVersion>()(frameworkImportSchema),
  'themes.create': returns<Framework>()(themeCreateSchema),
  'themes.rename': returns<Framework>()(groupRenameSchema),
  'themes.delete': returns<{ id: string }>()(byIdAndVersion),
  'themes.restore': returns<Framework>()(byId),
  'themes.move': returns<Framework>()(moveTo),
  'outcomes.create': returns<Framework>()(outcomeCreateSchema),
  'outcomes.rename': returns<Framework>()(groupRenameSchema),
  'outcomes.delete': returns<{ id: string }>()(byIdAndVersion),
  'outcomes.restore': returns<Framework>()(byId),
  'outcomes.move': returns<Framework>()(moveTo),
  'measures.get': returns<MeasureDetails>()(byId),
  'measures.create': returns<Measure>()(measureFieldsSchema),
  'measures.update': returns<Measure>()(measureUpdateSchema),
  /** Refused while any contract uses the measure in a commitment or a return. */
  'measures.delete': returns<{ id: string }>()(byIdAndVersion),
  'measures.restore': returns<Measure>()(byId),
  'measures.inForce': returns<Measure[]>()(measuresInForceSchema),

  // The portfolio dashboard (issue 4): committed against delivered for all years or one
  // financial year, one directorate or all, as at asOf (today when not given).
  'socialValue.portfolio': returns<Portfolio>()(portfolioQuerySchema),

  // Supplier return templates and return imports (issue 5, items 1 and 2), and the import
  // history every kind of import records into, with undo of a whole import.
  /** The periods to offer for templates: the contract's so far, or recent ones for the bulk. */
  'returnTemplates.periods': returns<TemplatePeriods>()(templatePeriodsSchema),
  /** One contract's return template for a period, as .xlsx. */
  'returnTemplates.download': returns<ExportedFile>()(returnTemplateSchema),
  /** A template for every contract with a return due for the period, as one .zip. */
  'returnTemplates.bulk': returns<BulkTemplates>()(returnTemplatesBulkSchema),
  /** Reads a completed return: what it holds and every problem; writes nothing. */
  'returnImports.preview': returns<ReturnImportPreview>()(importFileSchema),
  /** Imports a file with no problems, in one transaction; a return already there for the
   * period is replaced or skipped as onExisting says (refused when not said). */
  'returnImports.confirm': returns<ReturnImportOutcome>()(returnImportConfirmSchema),
  'imports.list': returns<ImportSummary[]>()(importListQuerySchema),
  /** Undoes a whole import; refused when anything it wrote has changed since. */
  'imports.undo': returns<ImportSummary>()(importUndoSchema),

  // Backups and recovery (issue 7). These answer even while the workspace is damaged, except
  // backups.create, which copies the open workspace.
  /** Whether the workspace opened; when it did not, why, and the newest backup that is sound. */
  'workspace.health': returns<WorkspaceHealth>()(noInput),
  'backups.list': returns<BackupList>()(noInput),
  /** "Back up now": a copy of the workspace in its backups folder. */
  'backups.create': returns<BackupInfo>()(noInput),
  /** Restores a backup from the list over the workspace, after copying the workspace aside. */
  'backups.restore': returns<RestoreOutcome>()(backupNameSchema),
  /** How many daily backups to keep; the older ones are removed at once. */
  'backups.saveSettings': returns<BackupList>()(backupSettingsSchema),
  // Committee reports (issue 6): reports, their sections and data blocks, and templates.
  // Writes to a section or block return the whole report, as the editor shows it.
  /** A saved report's document (its blocks' stored data), or a template's for a period. */
  'reports.document': returns<ReportDocument>()(documentRequestSchema),
  'reports.list': returns<ReportSummary[]>()(noInput),
  'reports.get': returns<Report>()(byId),
  /** A new report from a template, its blocks' data taken now. */
  'reports.create': returns<Report>()(reportCreateSchema),
  'reports.update': returns<Report>()(reportUpdateSchema),
  'reports.delete': returns<{ id: string }>()(byIdAndVersion),
  'reports.restore': returns<Report>()(byId),
  /** A copy for the next meeting: its version bumped, its blocks' data as it was. */
  'reports.duplicate': returns<Report>()(reportDuplicateSchema),
  /** Takes every block's data again. */
  'reports.refresh': returns<Report>()(byId),
  'reportSections.create': returns<Report>()(sectionCreateSchema),
  'reportSections.update': returns<Report>()(sectionUpdateSchema),
  'reportSections.delete': returns<Report>()(byIdAndVersion),
  'reportSections.move': returns<Report>()(moveTo),
  /** A data block, its data taken now. */
  'reportBlocks.create': returns<Report>()(blockCreateSchema),
  'reportBlocks.refresh': returns<Report>()(byId),
  'reportBlocks.delete': returns<Report>()(byIdAndVersion),
  // Report builder gaps (issue 6, engineer B): a placed block's options changed (its data taken
  // again) and a block moved within or between the report's sections.
  'reportBlocks.update': returns<Report>()(blockUpdateSchema),
  'reportBlocks.move': returns<Report>()(blockMoveSchema),
  /** Undoes removing a block or section (from the banner straight afterwards). */
  'reportBlocks.restore': returns<Report>()(byId),
  'reportSections.restore': returns<Report>()(byId),
  /** A new template, blank or a copy; built-in templates cannot be deleted. */
  'reportTemplates.create': returns<ReportTemplate>()(templateCreateSchema),
  'reportTemplates.delete': returns<{ id: string }>()(byIdAndVersion),
  'reportTemplates.restore': returns<ReportTemplate>()(byId),
  'reportTemplates.list': returns<ReportTemplate[]>()(noInput),
  'reportTemplates.get': returns<ReportTemplate>()(byId),
  'reportTemplates.update': returns<ReportTemplate>()(templateUpdateSchema),
  // Report outputs (issue 6): the print route's job, PDF, Word, the Excel appendix and packs.
  /** A report (or pack) held for the print route while a PDF printer prints it. */
  'reportOutputs.printJob': returns<PrintJob>()(printJobKeySchema),
  /** The report as the printed page, through Chromium's page.pdf or Electron's printToPDF. */
  'reportOutputs.pdf': returns<ExportedFile>()(documentRequestSchema),
  /** Word, with real headings, numbered paragraphs and tables. */
  'reportOutputs.docx': returns<ExportedFile>()(documentRequestSchema),
  /** The Excel appendix: the data behind every table and chart. */
  'reportOutputs.xlsx': returns<ExportedFile>()(documentRequestSchema),
  /** Several saved reports as one PDF behind a contents page. */
  'reportOutputs.packPdf': returns<ExportedFile>()(reportPackRequestSchema),
  // Register and list import (issue 5 item 3): open a file (its headings, samples, the profile
  // recognised), start reading it through a column mapping, poll the progress and preview,
  // then confirm (one transaction) or cancel; saved mapping profiles.
  'registerImport.open': returns<RegisterFileOutline>()(registerOpenSchema),
  'registerImport.start': returns<{ jobId: string }>()(registerStartSchema),
  'registerImport.progress': returns<RegisterJobState>()(registerJobSchema),
  'registerImport.confirm': returns<RegisterImportReport>()(registerJobSchema),
  'registerImport.cancel': returns<{ jobId: string }>()(registerJobSchema),
  /** The rows the preview (or the import) left out, with their cells and why: an .xlsx to put right. */
  'registerImport.skippedRows': returns<ExportedFile>()(registerJobSchema),
  'importProfiles.list': returns<ImportProfile[]>()(noInput),
  'importProfiles.save': returns<ImportProfile>()(importProfileSaveSchema),
  'importProfiles.delete': returns<{ id: string }>()(importProfileDeleteSchema),
};

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
export type ApiParsedInput<M extends ApiMethod> = z.output<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = NonNullable<ApiContract[M]['output']>;

export function isApiMethod(name: string): name is ApiMethod {
  return Object.hasOwn(apiContract, name);
}
