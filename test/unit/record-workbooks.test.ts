// The exported lists' file names carry the date on the officer's calendar, not UTC's.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { contractListWorkbook, supplierListWorkbook } from '../../electron/excel/record-workbooks';

describe('export file names', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    vi.useRealTimers();
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  const at = (timeZone: string, moment: string) => {
    process.env.TZ = timeZone;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(moment));
  };

  it('just after midnight in a British summer, are dated the new day', async () => {
    at('Europe/London', '2026-06-30T23:30:00Z'); // 00:30 BST on 1 July
    expect((await supplierListWorkbook([])).fileName).toBe('suppliers 2026-07-01.xlsx');
  });

  it('late in the evening west of Greenwich, are dated that evening', async () => {
    at('America/New_York', '2026-01-01T02:00:00Z'); // 21:00 on 31 December
    expect((await contractListWorkbook([])).fileName).toBe('contracts 2025-12-31.xlsx');
  });
});
