// The one list of API methods: name, zod input schema and output type. The renderer's client,
// the Electron IPC host, the web host, the command line and the tests are all typed from it.

import { z } from 'zod';
import { auditQuerySchema, type AuditEntry } from './audit';
import { contractFieldsSchema, contractUpdateSchema, type Contract } from './contract';
import { councilProfileInputSchema, type CouncilProfile } from './council-profile';
import type { Dashboard } from './dashboard';
import type { DemoSummary } from './demo';
import { exerciseFieldsSchema, exerciseUpdateSchema, type Exercise } from './exercise';
import type { ExportedFile } from './exported-file';
import {
  contractListQuerySchema,
  exerciseListQuerySchema,
  supplierListQuerySchema,
  type ListPage,
} from './list-query';
import { loadedVersion, uuid } from './schema-parts';
import { supplierFieldsSchema, supplierUpdateSchema, type Supplier } from './supplier';
import type { WorkspaceInfo, WorkspaceStats } from './workspace';

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

export const apiContract = {
  'workspace.info': returns<WorkspaceInfo>()(noInput),
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

  /** The directorates used on any record, for filters and suggestions. */
  'records.directorates': returns<string[]>()(noInput),
  'audit.history': returns<AuditEntry[]>()(auditQuerySchema),
  'dashboard.get': returns<Dashboard>()(noInput),
  'demo.load': returns<DemoSummary>()(noInput),
};

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
export type ApiParsedInput<M extends ApiMethod> = z.output<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = NonNullable<ApiContract[M]['output']>;

export function isApiMethod(name: string): name is ApiMethod {
  return Object.hasOwn(apiContract, name);
}
