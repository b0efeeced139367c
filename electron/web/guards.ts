// Who may talk to the web host: only this machine, only pages it served, only with the token.

import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export interface Refusal {
  status: 401 | 403;
  message: string;
}

const loopbackAddresses = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Host names this server answers to, with its port: guards against DNS rebinding. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

function isOwnOrigin(origin: string, hosts: Set<string>): boolean {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && hosts.has(url.host);
  } catch {
    return false;
  }
}

/** Refuses requests from another machine, or naming another host or origin. */
export function checkOrigin(request: IncomingMessage, port: number): Refusal | null {
  if (!loopbackAddresses.has(request.socket.remoteAddress ?? '')) {
    return { status: 403, message: 'Only this computer may use the web host.' };
  }
  const hosts = allowedHosts(port);
  if (!hosts.has(request.headers.host ?? '')) {
    return { status: 403, message: 'This request names a host other than this web host.' };
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !isOwnOrigin(origin, hosts)) {
    return { status: 403, message: 'This request comes from a page this web host did not serve.' };
  }
  return null;
}

/** Refuses API requests without this run's token. */
export function checkToken(request: IncomingMessage, token: string): Refusal | null {
  const header = request.headers.authorization ?? '';
  const given = Buffer.from(header.replace(/^Bearer /, ''));
  const expected = Buffer.from(token);
  if (
    !header.startsWith('Bearer ') ||
    given.length !== expected.length ||
    !timingSafeEqual(given, expected)
  ) {
    return { status: 401, message: 'This request does not carry the web host token.' };
  }
  return null;
}
