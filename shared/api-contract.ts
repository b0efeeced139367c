// The one list of API methods: name, zod input schema and output type. The renderer's client,
// the Electron IPC host, the web host, the command line and the tests are all typed from it.

import { z } from 'zod';
import { councilProfileInputSchema, type CouncilProfile } from './council-profile';
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

export const apiContract = {
  'workspace.info': returns<WorkspaceInfo>()(noInput),
  'workspace.stats': returns<WorkspaceStats>()(noInput),
  'profile.get': returns<CouncilProfile>()(noInput),
  'profile.save': returns<CouncilProfile>()(councilProfileInputSchema),
};

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
export type ApiParsedInput<M extends ApiMethod> = z.output<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = NonNullable<ApiContract[M]['output']>;

export function isApiMethod(name: string): name is ApiMethod {
  return Object.hasOwn(apiContract, name);
}
