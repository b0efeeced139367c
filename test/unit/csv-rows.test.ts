// The chunked CSV parser: rows come out the same however the text is split into chunks (inside a
// quoted cell, between CR and LF, at a doubled quote), and a runaway cell is stopped.

import { describe, expect, it } from 'vitest';
import { CellTooLong, CsvRowParser } from '../../electron/excel/csv-rows';
import { parseCsv } from '../../electron/excel/csv-text';

const text =
  'Ref,Title,Value\r\nC-1,"Grass, verges ""and"" parks\r\nsecond line",£1\r\nC-2,Road,(3728)\n,,\n';

describe('CsvRowParser', () => {
  it('gives the same rows for every way of splitting the text', () => {
    const whole = parseCsv(text);
    expect(whole).toHaveLength(4);
    for (let size = 1; size <= text.length; size++) {
      const parser = new CsvRowParser();
      const rows: string[][] = [];
      for (let at = 0; at < text.length; at += size)
        rows.push(...parser.push(text.slice(at, at + size)));
      rows.push(...parser.end());
      expect(rows).toEqual(whole);
    }
  });

  it('stops a cell longer than the limit, naming its row and column', () => {
    let caught: unknown;
    try {
      new CsvRowParser(10).push('a,b\nc,"' + 'x'.repeat(20));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CellTooLong);
    expect(caught).toMatchObject({ row: 2, column: 1, limit: 10 });
  });
});
