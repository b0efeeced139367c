// Every screen, by address pattern; the first pattern that matches wins.

import type { ComponentType } from 'react';
import { ActionItemFormPage } from './pages/action-plans/ActionItemFormPage';
import { ActionItemPage } from './pages/action-plans/ActionItemPage';
import { ActionPlanFormPage } from './pages/action-plans/ActionPlanFormPage';
import { ActionPlanListPage } from './pages/action-plans/ActionPlanListPage';
import { ActionPlanPage } from './pages/action-plans/ActionPlanPage';
import { ActionUpdateFormPage } from './pages/action-plans/ActionUpdateFormPage';
import { BackupsPage } from './pages/backups/BackupsPage';
import { CaseStudyFormPage } from './pages/case-studies/CaseStudyFormPage';
import { CaseStudyListPage } from './pages/case-studies/CaseStudyListPage';
import { CaseStudyPage } from './pages/case-studies/CaseStudyPage';
import { EditCommitmentPage, NewCommitmentPage } from './pages/commitments/CommitmentFormPage';
import { ContractFormPage } from './pages/contracts/ContractFormPage';
import { ContractListPage } from './pages/contracts/ContractListPage';
import { ContractPage } from './pages/contracts/ContractPage';
import { ExerciseAwardPage } from './pages/exercises/ExerciseAwardPage';
import { ExerciseFormPage } from './pages/exercises/ExerciseFormPage';
import { ExerciseListPage } from './pages/exercises/ExerciseListPage';
import { ExercisePage } from './pages/exercises/ExercisePage';
import { FrameworkPage } from './pages/framework/FrameworkPage';
import { ImportFrameworkPage } from './pages/framework/ImportFrameworkPage';
import { MeasureFormPage } from './pages/framework/MeasureFormPage';
import { MeasurePage } from './pages/framework/MeasurePage';
import { VersionFormPage } from './pages/framework/VersionFormPage';
import { HomePage } from './pages/HomePage';
import { ImportHistoryPage } from './pages/imports/ImportHistoryPage';
import { ImportReturnsPage } from './pages/imports/ImportReturnsPage';
import { ImportsPage } from './pages/imports/imports-page';
import { ImportRegisterPage } from './pages/register-import/ImportRegisterPage';
import { PortfolioPage } from './pages/portfolio/PortfolioPage';
import { ProfilePage } from './pages/ProfilePage';
import { ReturnPage } from './pages/returns/ReturnPage';
import { ReportPackPage } from './pages/reports/ReportPackPage';
import { ReportPreviewPage } from './pages/reports/ReportPreviewPage';
import { ReportFormPage } from './pages/reports/ReportFormPage';
import { ReportListPage } from './pages/reports/ReportListPage';
import { ReportPage } from './pages/reports/ReportPage';
import { TemplateListPage } from './pages/reports/TemplateListPage';
import { TemplatePage } from './pages/reports/TemplatePage';
import { ReturnsPage } from './pages/returns/ReturnsPage';
import { DuplicateSuppliersPage } from './pages/suppliers/DuplicateSuppliersPage';
import { SupplierFormPage } from './pages/suppliers/SupplierFormPage';
import { SupplierListPage } from './pages/suppliers/SupplierListPage';
import { SupplierPage } from './pages/suppliers/SupplierPage';

export interface PageProps {
  /** The named parts of the address, e.g. { id } for "/contracts/:id". */
  params: Record<string, string>;
  query: URLSearchParams;
}

export interface RouteEntry {
  pattern: string;
  /** The document title; a record page may refine it. */
  title: string;
  Page: ComponentType<PageProps>;
}

export const routes: RouteEntry[] = [
  { pattern: '/', title: 'Home', Page: HomePage },
  { pattern: '/exercises', title: 'Pipeline', Page: ExerciseListPage },
  { pattern: '/exercises/new', title: 'New procurement exercise', Page: ExerciseFormPage },
  { pattern: '/exercises/:id', title: 'Procurement exercise', Page: ExercisePage },
  { pattern: '/exercises/:id/edit', title: 'Edit procurement exercise', Page: ExerciseFormPage },
  { pattern: '/exercises/:id/award', title: 'Award procurement exercise', Page: ExerciseAwardPage },
  { pattern: '/contracts', title: 'Contracts', Page: ContractListPage },
  { pattern: '/contracts/new', title: 'New contract', Page: ContractFormPage },
  { pattern: '/contracts/:id', title: 'Contract', Page: ContractPage },
  { pattern: '/contracts/:id/edit', title: 'Edit contract', Page: ContractFormPage },
  {
    pattern: '/contracts/:id/commitments/new',
    title: 'Add a commitment',
    Page: NewCommitmentPage,
  },
  { pattern: '/commitments/:id/edit', title: 'Change a commitment', Page: EditCommitmentPage },
  { pattern: '/returns', title: 'Returns', Page: ReturnsPage },
  { pattern: '/social-value', title: 'Social value', Page: PortfolioPage },
  { pattern: '/returns/:id', title: 'Return', Page: ReturnPage },
  // Spreadsheet imports: the hub, supplier returns and the history with undo.
  { pattern: '/imports', title: 'Imports', Page: ImportsPage },
  { pattern: '/imports/returns', title: 'Import supplier returns', Page: ImportReturnsPage },
  { pattern: '/imports/history', title: 'Import history', Page: ImportHistoryPage },
  { pattern: '/imports/register', title: 'Import a register or list', Page: ImportRegisterPage },
  { pattern: '/suppliers', title: 'Suppliers', Page: SupplierListPage },
  { pattern: '/suppliers/new', title: 'New supplier', Page: SupplierFormPage },
  {
    pattern: '/suppliers/duplicates',
    title: 'Likely duplicate suppliers',
    Page: DuplicateSuppliersPage,
  },
  { pattern: '/suppliers/:id', title: 'Supplier', Page: SupplierPage },
  { pattern: '/suppliers/:id/edit', title: 'Edit supplier', Page: SupplierFormPage },
  { pattern: '/profile', title: 'Council profile', Page: ProfilePage },
  { pattern: '/backups', title: 'Backups', Page: BackupsPage },
  // Action plans and case studies.
  { pattern: '/action-plans', title: 'Action plans', Page: ActionPlanListPage },
  { pattern: '/action-plans/new', title: 'New action plan', Page: ActionPlanFormPage },
  { pattern: '/action-plans/:id', title: 'Action plan', Page: ActionPlanPage },
  { pattern: '/action-plans/:id/edit', title: 'Edit action plan', Page: ActionPlanFormPage },
  { pattern: '/action-plans/:planId/items/new', title: 'Add an item', Page: ActionItemFormPage },
  { pattern: '/action-plans/:planId/items/:id', title: 'Action plan item', Page: ActionItemPage },
  {
    pattern: '/action-plans/:planId/items/:id/edit',
    title: 'Edit action plan item',
    Page: ActionItemFormPage,
  },
  {
    pattern: '/action-plans/:planId/items/:itemId/updates/:id/edit',
    title: 'Edit progress update',
    Page: ActionUpdateFormPage,
  },
  { pattern: '/case-studies', title: 'Case studies', Page: CaseStudyListPage },
  { pattern: '/case-studies/new', title: 'New case study', Page: CaseStudyFormPage },
  { pattern: '/case-studies/:id', title: 'Case study', Page: CaseStudyPage },
  { pattern: '/case-studies/:id/edit', title: 'Edit case study', Page: CaseStudyFormPage },
  // The measures framework.
  { pattern: '/framework', title: 'Measures framework', Page: FrameworkPage },
  { pattern: '/framework/import', title: 'Import a framework', Page: ImportFrameworkPage },
  { pattern: '/framework/versions/new', title: 'New framework version', Page: VersionFormPage },
  {
    pattern: '/framework/versions/:id/edit',
    title: 'Change framework version',
    Page: VersionFormPage,
  },
  { pattern: '/framework/measures/new', title: 'New measure', Page: MeasureFormPage },
  { pattern: '/framework/measures/:id', title: 'Measure', Page: MeasurePage },
  { pattern: '/framework/measures/:id/edit', title: 'Edit measure', Page: MeasureFormPage },
  // Committee reports: the list, a new report from a template, the editor and the templates.
  { pattern: '/reports', title: 'Reports', Page: ReportListPage },
  { pattern: '/reports/new', title: 'New report', Page: ReportFormPage },
  { pattern: '/reports/templates', title: 'Report templates', Page: TemplateListPage },
  { pattern: '/reports/templates/:id', title: 'Edit report template', Page: TemplatePage },
  { pattern: '/reports/pack', title: 'Make a report pack', Page: ReportPackPage },
  { pattern: '/reports/:id', title: 'Report', Page: ReportPage },
  { pattern: '/reports/:id/edit', title: 'Edit report details', Page: ReportFormPage },
  // Report outputs: the printed page on screen (the bare print route is PrintRoot's).
  { pattern: '/reports/:id/preview', title: 'Report preview', Page: ReportPreviewPage },
];

/** The main navigation: the top of each area. */
export const navigation = [
  { path: '/', label: 'Home' },
  { path: '/exercises', label: 'Pipeline' },
  { path: '/contracts', label: 'Contracts' },
  { path: '/suppliers', label: 'Suppliers' },
  { path: '/social-value', label: 'Social value' },
  { path: '/returns', label: 'Returns' },
  { path: '/imports', label: 'Imports' },
  { path: '/action-plans', label: 'Action plans' },
  { path: '/case-studies', label: 'Case studies' },
  { path: '/reports', label: 'Reports' },
  { path: '/framework', label: 'Measures' },
  { path: '/profile', label: 'Council profile' },
];
