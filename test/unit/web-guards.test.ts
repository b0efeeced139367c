// The web host's request guards on their own, with requests no socket on this machine can make:
// another computer's address (the server listens on 127.0.0.1 only; this is the second line).

import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { checkOrigin, checkToken } from '../../electron/web/guards';

const port = 41234;
const token = 'a'.repeat(64);

function request(
  remoteAddress: string | undefined,
  headers: Record<string, string> = { host: `127.0.0.1:${port}` },
): IncomingMessage {
  return { socket: { remoteAddress }, headers } as unknown as IncomingMessage;
}

describe('checkOrigin', () => {
  it.each(['127.0.0.1', '::1', '::ffff:127.0.0.1'])('accepts this computer (%s)', (address) => {
    expect(checkOrigin(request(address), port)).toBeNull();
  });

  it.each([
    ['a computer on the network', '192.168.1.20'],
    ['a mapped IPv4 address', '::ffff:10.0.0.7'],
    ['an IPv6 address', 'fe80::1'],
    ['another loopback address', '127.0.0.2'],
    ['a closed socket', undefined],
  ])('refuses %s', (_what, address) => {
    expect(checkOrigin(request(address), port)).toEqual({
      status: 403,
      message: 'Only this computer may use the web host.',
    });
  });

  it('refuses a missing Host header', () => {
    expect(checkOrigin(request('127.0.0.1', {}), port)?.status).toBe(403);
  });

  it('refuses an Origin that is not a URL, or another port or scheme', () => {
    for (const origin of ['not a url', `http://127.0.0.1:${port + 1}`, `ws://127.0.0.1:${port}`]) {
      const refusal = checkOrigin(
        request('127.0.0.1', { host: `127.0.0.1:${port}`, origin }),
        port,
      );
      expect(refusal?.message, origin).toMatch(/did not serve/);
    }
  });
});

describe('checkToken', () => {
  const withAuthorization = (authorization: string) =>
    ({ headers: { authorization } }) as unknown as IncomingMessage;

  it('accepts the bearer token and nothing like it', () => {
    expect(checkToken(withAuthorization(`Bearer ${token}`), token)).toBeNull();
    for (const header of ['', token, `Bearer ${token} `, `bearer ${token}`, `Basic ${token}`]) {
      expect(checkToken(withAuthorization(header), token)?.status, header).toBe(401);
    }
  });
});
