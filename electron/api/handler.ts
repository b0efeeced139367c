// The shape of a handler: a plain function of (validated input, context).

import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../shared/api-contract';
import type { Context } from './context';

export type Handler<M extends ApiMethod> = (
  input: ApiParsedInput<M>,
  ctx: Context,
) => ApiOutput<M> | Promise<ApiOutput<M>>;

export type Handlers<M extends ApiMethod = ApiMethod> = { [K in M]: Handler<K> };
