// The renderer's only way to the backend: api.call(method, input) in Electron, or POST /api/METHOD
// with this run's token in the web host. Typed from shared/api-contract.ts; errors throw AppError.

import type { ApiInput, ApiMethod, ApiOutput } from '../shared/api-contract';
import { AppError, type ApiResult } from '../shared/result';
import { webHostTokenKey as tokenKey } from '../shared/web-host-token';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the web host. */
    api?: { call(method: string, input: unknown): Promise<ApiResult<unknown>> };
  }
}

/**
 * Takes the web host token from the address (#token=...) into session storage, so that it
 * survives a reload but leaves the address bar. Call once, before the router reads the hash.
 */
export function takeTokenFromAddress(): void {
  const match = /^#token=([0-9a-f]+)$/.exec(window.location.hash);
  if (!match?.[1]) return;
  sessionStorage.setItem(tokenKey, match[1]);
  window.history.replaceState(null, '', `${window.location.pathname}#/`);
}

async function callWebHost(method: string, input: unknown): Promise<ApiResult<unknown>> {
  const token = sessionStorage.getItem(tokenKey);
  if (!token) {
    return {
      ok: false,
      error: {
        code: 'unauthorised',
        message:
          'This page was opened without its access key. Open the address the web host printed.',
      },
    };
  }
  let response: Response;
  try {
    response = await fetch(`api/${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
  } catch {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'The app could not reach its web host. Is it still running?',
      },
    };
  }
  return (await response.json()) as ApiResult<unknown>;
}

export async function call<M extends ApiMethod>(
  method: M,
  input: ApiInput<M>,
): Promise<ApiOutput<M>> {
  const result = window.api
    ? await window.api.call(method, input)
    : await callWebHost(method, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
  return result.value as ApiOutput<M>;
}
