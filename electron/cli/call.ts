// Calls an API method for the command line, turning an error envelope into a thrown AppError.

import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api-contract';
import { AppError } from '../../shared/result';
import type { Context } from '../api/context';
import { dispatch } from '../api/dispatch';

export async function call<M extends ApiMethod>(
  ctx: Context,
  method: M,
  input: ApiInput<M>,
): Promise<ApiOutput<M>> {
  const result = await dispatch(method, input, ctx);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
  return result.value as ApiOutput<M>;
}
