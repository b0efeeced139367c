// The web host's HTTP server: the built renderer and POST /api/METHOD, on 127.0.0.1 only.

import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiResult } from '../../shared/result';
import type { Context } from '../api/context';
import { dispatch } from '../api/dispatch';
import { contentSecurityPolicy } from '../csp';
import { checkOrigin, checkToken, type Refusal } from './guards';
import { readStaticFile } from './static-files';

const maxBodyBytes = 50 * 1024 * 1024;

export interface WebHostOptions {
  port: number;
  rendererDir: string;
  context: () => Context;
}

export interface RunningWebHost {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

const httpStatus: Record<string, number> = {
  invalid_input: 400,
  unknown_method: 404,
  not_found: 404,
  conflict: 409,
  refused: 409,
  workspace: 500,
  internal: 500,
};

function sendJson(response: ServerResponse, status: number, result: ApiResult<unknown>): void {
  response.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
  });
  response.end(JSON.stringify(result));
}

function refuse(response: ServerResponse, refusal: Refusal): void {
  const code = refusal.status === 401 ? 'unauthorised' : 'forbidden';
  sendJson(response, refusal.status, { ok: false, error: { code, message: refusal.message } });
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  method: string,
  options: WebHostOptions,
): Promise<void> {
  const body = await readBody(request);
  if (body === null) {
    sendJson(response, 413, {
      ok: false,
      error: { code: 'invalid_input', message: 'The request is larger than 50 MB.' },
    });
    return;
  }
  let input: unknown;
  try {
    input = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    sendJson(response, 400, {
      ok: false,
      error: { code: 'invalid_input', message: 'The request body is not valid JSON.' },
    });
    return;
  }
  const result = await dispatch(method, input, options.context());
  sendJson(response, result.ok ? 200 : (httpStatus[result.error.code] ?? 500), result);
}

/** The API method named by a path; a broken percent escape is kept as it is, so it is unknown. */
function methodName(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  options: WebHostOptions,
  token: string,
  port: number,
): Promise<void> {
  const refusal = checkOrigin(request, port);
  if (refusal) return refuse(response, refusal);
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
  if (url.pathname.startsWith('/api/')) {
    if (request.method !== 'POST') {
      response.writeHead(405, { ...securityHeaders, Allow: 'POST' }).end();
      return;
    }
    const tokenRefusal = checkToken(request, token);
    if (tokenRefusal) return refuse(response, tokenRefusal);
    return handleApi(request, response, methodName(url.pathname.slice(5)), options);
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...securityHeaders, Allow: 'GET' }).end();
    return;
  }
  const file = await readStaticFile(options.rendererDir, url.pathname);
  if (!file) {
    response.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, { ...securityHeaders, 'Content-Type': file.contentType });
  response.end(request.method === 'HEAD' ? undefined : file.body);
}

export function startWebHost(options: WebHostOptions): Promise<RunningWebHost> {
  const token = randomBytes(32).toString('hex');
  let port = options.port;
  const server = createServer((request, response) => {
    handle(request, response, options, token, port).catch((error: unknown) => {
      console.error('Web host request failed:', error);
      if (!response.headersSent) {
        sendJson(response, 500, {
          ok: false,
          error: { code: 'internal', message: 'The web host could not answer.' },
        });
      } else {
        response.destroy();
      }
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        token,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
