// The web host in-process on a random port: the token, Host and Origin guards, the API envelope
// and status codes, the static files with their security headers, and 127.0.0.1 only.

import { mkdir, writeFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type RunningWebHost } from '../../electron/web/server';
import { workspaceFileIn } from '../../electron/workspace-location';
import { WorkspaceSession } from '../../electron/workspace-session';
import type { CouncilProfile } from '../../shared/council-profile';
import type { ApiResult } from '../../shared/result';
import { latestSchemaVersion, makeTempDir, profileInput, removeTempDir } from './temp-workspace';

const indexHtml =
  '<!doctype html><html lang="en"><title>Test screens</title><script type="module" src="/app.js"></script></html>';

let dir: string;
let session: WorkspaceSession;
let host: RunningWebHost;

beforeAll(async () => {
  dir = await makeTempDir();
  const rendererDir = join(dir, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), indexHtml);
  await writeFile(join(rendererDir, 'app.js'), 'console.log("screens");\n');
  await writeFile(join(dir, 'secret.html'), 'outside the renderer folder');
  session = new WorkspaceSession(workspaceFileIn(join(dir, 'data')), 'Priya Shah');
  host = await startWebHost({ port: 0, rendererDir, context: () => session.context() });
});

afterAll(async () => {
  await host?.close();
  session?.close();
  if (dir) await removeTempDir(dir);
});

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A request with full control of the headers (fetch will not set Host, for one). */
function raw(
  method: string,
  path: string,
  headers: OutgoingHttpHeaders = {},
  body?: string,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, method, path, headers, setHost: !('host' in headers) },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const withToken = (): Record<string, string> => ({ Authorization: `Bearer ${host.token}` });

async function api(method: string, input?: unknown, headers = withToken()) {
  const response = await fetch(`${host.url}api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: input === undefined ? undefined : JSON.stringify(input),
  });
  return { status: response.status, result: (await response.json()) as ApiResult<unknown> };
}

function canConnect(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('where the web host listens', () => {
  it('gives an address on 127.0.0.1 with a long random token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
    expect(host.port).toBeGreaterThan(0);
    expect(host.token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts connections on 127.0.0.1 only, not other loopback or network addresses', async () => {
    expect(await canConnect('127.0.0.1', host.port)).toBe(true);
    const others = [
      '127.0.0.2',
      '::1',
      ...Object.values(networkInterfaces())
        .flat()
        .flatMap((entry) => (entry && !entry.internal ? [entry.address] : [])),
    ];
    for (const address of others) {
      expect(await canConnect(address, host.port), address).toBe(false);
    }
  });
});

describe('the token', () => {
  it('refuses an API call without the token', async () => {
    const { status, result } = await api('workspace.info', undefined, {});
    expect(status).toBe(401);
    expect(result).toEqual({
      ok: false,
      error: { code: 'unauthorised', message: expect.stringContaining('token') },
    });
  });

  it('refuses a wrong token, of the same length or another length', async () => {
    const sameLength = host.token.replace(/./g, (c) => (c === 'a' ? 'b' : 'a'));
    for (const token of [sameLength, 'abc', `${host.token}0`, host.token.toUpperCase()]) {
      const { status, result } = await api('workspace.info', undefined, {
        Authorization: `Bearer ${token}`,
      });
      expect(status, token).toBe(401);
      expect(result.ok).toBe(false);
    }
    const { status } = await api('workspace.info', undefined, { Authorization: host.token });
    expect(status).toBe(401);
  });

  it('answers with the token', async () => {
    const { status, result } = await api('workspace.info');
    expect(status).toBe(200);
    expect(result).toEqual({
      ok: true,
      value: {
        file: session.workspace.file,
        schemaVersion: latestSchemaVersion,
        officer: 'Priya Shah',
      },
    });
  });
});

describe('the Host and Origin guards', () => {
  it('refuses a request naming another host (DNS rebinding)', async () => {
    for (const hostHeader of [
      `evil.example:${host.port}`,
      '127.0.0.1',
      `127.0.0.1:${host.port + 1}`,
    ]) {
      const response = await raw('POST', '/api/workspace.info', {
        ...withToken(),
        Host: hostHeader,
      });
      expect(response.status, hostHeader).toBe(403);
      expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const page = await raw('GET', '/', { Host: `evil.example:${host.port}` });
    expect(page.status).toBe(403);
    expect(page.body).not.toContain('Test screens');
  });

  it('answers to localhost and 127.0.0.1 with its own port', async () => {
    for (const hostHeader of [`localhost:${host.port}`, `127.0.0.1:${host.port}`]) {
      const response = await raw('POST', '/api/workspace.info', {
        ...withToken(),
        Host: hostHeader,
      });
      expect(response.status, hostHeader).toBe(200);
    }
  });

  it('refuses a request from a page it did not serve', async () => {
    for (const origin of ['http://evil.example', 'null', `https://127.0.0.1:${host.port}`]) {
      const response = await raw('POST', '/api/workspace.info', { ...withToken(), Origin: origin });
      expect(response.status, origin).toBe(403);
      expect(JSON.parse(response.body)).toMatchObject({
        ok: false,
        error: { code: 'forbidden', message: expect.stringContaining('did not serve') },
      });
    }
  });

  it('accepts its own origin', async () => {
    const response = await raw('POST', '/api/workspace.info', {
      ...withToken(),
      Origin: `http://127.0.0.1:${host.port}`,
    });
    expect(response.status).toBe(200);
  });
});

describe('the API over HTTP', () => {
  it('answers an unknown method with 404 and an error envelope', async () => {
    const { status, result } = await api('nope.such', {});
    expect(status).toBe(404);
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown_method', message: expect.stringContaining('"nope.such"') },
    });
  });

  it('answers a method name with a broken percent escape as unknown, not as a crash', async () => {
    const response = await raw('POST', '/api/%E0%A4%A', withToken());
    expect(response.status).toBe(404);
    expect(JSON.parse(response.body)).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
  });

  it('answers a body that is not JSON with 400', async () => {
    const response = await raw(
      'POST',
      '/api/workspace.info',
      { ...withToken(), 'Content-Type': 'application/json' },
      '{"not": json',
    );
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'The request body is not valid JSON.' },
    });
  });

  it('answers a body over 50 MB with 413 and a plain message', async () => {
    const response = await raw(
      'POST',
      '/api/workspace.info',
      { ...withToken(), 'Content-Type': 'application/json' },
      `"${'x'.repeat(50 * 1024 * 1024)}"`,
    );
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'The request is larger than 50 MB.' },
    });
  });

  it('answers JSON of the wrong shape with a message naming the field', async () => {
    for (const body of ['[]', '"text"', '42', 'null', '{"councilName": 7}']) {
      const response = await raw(
        'POST',
        '/api/profile.save',
        { ...withToken(), 'Content-Type': 'application/json' },
        body,
      );
      expect(response.status, body).toBe(400);
      const result = JSON.parse(response.body) as ApiResult<unknown>;
      expect(result.ok, body).toBe(false);
      if (!result.ok) expect(result.error.code, body).toBe('invalid_input');
    }
  });

  it('keeps answering after every kind of bad request', async () => {
    await raw('POST', '/api/workspace.info', withToken(), '{');
    await raw('POST', '/api/%00', withToken());
    await raw('POST', '/api/workspace.info', { ...withToken(), Host: 'evil.example' });
    await raw('POST', '/api/workspace.info', { Authorization: 'Bearer x' });
    await raw('GET', '/%E0%A4%A');
    const { status } = await api('workspace.info');
    expect(status).toBe(200);
  });

  it('answers GET on an API path with 405 and Allow: POST', async () => {
    for (const headers of [{}, withToken()]) {
      const response = await fetch(`${host.url}api/workspace.info`, { headers });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
    }
  });

  it('maps invalid input to 400 with field details, and a stale save to 409', async () => {
    const loaded = await api('profile.get', {});
    expect(loaded.status).toBe(200);
    const profile = (loaded.result as { ok: true; value: CouncilProfile }).value;
    const input = profileInput(profile);

    const invalid = await api('profile.save', { ...input, councilName: '' });
    expect(invalid.status).toBe(400);
    expect(invalid.result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', details: { issues: [{ path: ['councilName'] }] } },
    });

    const saved = await api('profile.save', { ...input, councilName: 'Northshire' });
    expect(saved.status).toBe(200);
    expect(saved.result).toMatchObject({ ok: true, value: { councilName: 'Northshire' } });

    const stale = await api('profile.save', { ...input, councilName: 'Stale' });
    expect(stale.status).toBe(409);
    expect(stale.result).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('the screens', () => {
  it('serves index.html at / with a strict Content-Security-Policy and no token needed', async () => {
    const response = await fetch(host.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(indexHtml);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves other files with their type, and 404 for missing ones', async () => {
    const script = await fetch(`${host.url}app.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const missing = await fetch(`${host.url}missing.js`);
    expect(missing.status).toBe(404);
  });

  it('does not serve files outside the renderer folder', async () => {
    for (const path of ['/..%2fsecret.html', '/%2e%2e/secret.html', '/../secret.html']) {
      const response = await raw('GET', path);
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain('outside the renderer folder');
    }
  });

  it('answers other methods on pages with 405', async () => {
    const response = await fetch(host.url, { method: 'PUT', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });
});
