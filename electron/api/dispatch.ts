// The one entry to the API for every host: finds the method, validates the input with its
// zod schema, runs the handler and wraps the outcome in the result envelope.

import type { z } from 'zod';
import { apiContract, isApiMethod, type ApiMethod } from '../../shared/api-contract';
import { AppError, type ApiResult, type FieldIssue } from '../../shared/result';
import { answeredWhileUnavailable } from './backup-handlers';
import type { Context } from './context';
import type { Handler } from './handler';
import { handlers } from './handlers';

function describeIssues(issues: z.core.$ZodIssue[]): FieldIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
    message: issue.message,
  }));
}

function invalidInput(issues: FieldIssue[]): AppError {
  const first = issues[0];
  const where = first && first.path.length > 0 ? ` (${first.path.join('.')})` : '';
  const more = issues.length > 1 ? ` and ${issues.length - 1} more` : '';
  return new AppError(
    'invalid_input',
    `Some of what was entered needs correcting: ${first?.message ?? 'invalid input'}${where}${more}.`,
    { issues },
  );
}

async function run(method: ApiMethod, input: unknown, ctx: Context): Promise<unknown> {
  const parsed = apiContract[method].input.safeParse(input ?? {});
  if (!parsed.success) throw invalidInput(describeIssues(parsed.error.issues));
  // A workspace that could not be opened answers only the recovery methods, with the reason.
  const unavailable = ctx.session?.unavailable() ?? null;
  if (unavailable && !answeredWhileUnavailable.has(method)) throw unavailable;
  const handler = handlers[method] as Handler<ApiMethod>;
  return handler(parsed.data as never, ctx);
}

export async function dispatch(
  method: string,
  input: unknown,
  ctx: Context,
): Promise<ApiResult<unknown>> {
  if (!isApiMethod(method)) {
    return {
      ok: false,
      error: { code: 'unknown_method', message: `There is no API method called "${method}".` },
    };
  }
  try {
    return { ok: true, value: await run(method, input, ctx) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toApiError() };
    console.error(`API method ${method} failed:`, error);
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `Something went wrong inside the app and nothing was saved: ${error instanceof Error ? error.message : String(error)}`,
      },
    };
  }
}
