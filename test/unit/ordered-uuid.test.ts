// Time-ordered UUIDs for bulk-written rows: valid version 7 UUIDs, each later in order than the
// one before (also past 4,096 in one millisecond), and none repeated.

import { describe, expect, it, vi } from 'vitest';
import { orderedUuid } from '../../electron/db/ordered-uuid';

const version7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('orderedUuid', () => {
  it('gives version 7 UUIDs in strictly increasing order, none repeated', () => {
    const ids = Array.from({ length: 20_000 }, () => orderedUuid());
    for (const id of ids) expect(id).toMatch(version7);
    expect(ids.every((id, i) => i === 0 || id > (ids[i - 1] as string))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the order within one millisecond and when the clock stands still past 4,096 ids', () => {
    const frozen = Date.now() + 1;
    const now = vi.spyOn(Date, 'now').mockReturnValue(frozen);
    try {
      const ids = Array.from({ length: 10_000 }, () => orderedUuid());
      expect(ids.every((id, i) => i === 0 || id > (ids[i - 1] as string))).toBe(true);
      expect(ids[0]?.replace(/-/g, '').slice(0, 12)).toBe(frozen.toString(16).padStart(12, '0'));
    } finally {
      now.mockRestore();
    }
  });

  it('starts with the time in milliseconds', () => {
    const before = Date.now();
    const id = orderedUuid();
    const ms = parseInt(id.replace(/-/g, '').slice(0, 12), 16);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(Date.now() + 5);
  });
});
