// CSV text as councils save it: quoted cells with commas, quotes and line breaks; CRLF or LF;
// UTF-8 with or without a byte-order mark, or Windows-1252.

import { describe, expect, it } from 'vitest';
import { decodeText, parseCsv } from '../../electron/excel/csv-text';

describe('parseCsv', () => {
  it('splits rows and cells, keeping spaces as written', () => {
    expect(parseCsv('a,b\r\n c ,d\n')).toEqual([
      ['a', 'b'],
      [' c ', 'd'],
    ]);
  });

  it('reads quoted cells holding commas, doubled quotes and line breaks', () => {
    expect(parseCsv('"a, b","say ""hi""","two\r\nlines"\nx,y,z')).toEqual([
      ['a, b', 'say "hi"', 'two\r\nlines'],
      ['x', 'y', 'z'],
    ]);
  });

  it('treats a quote inside an unquoted cell as an ordinary character', () => {
    expect(parseCsv('5" pipe,Meet the buyer\' events')).toEqual([
      ['5" pipe', "Meet the buyer' events"],
    ]);
  });

  it('keeps empty cells and trailing all-comma rows, and adds no row for a final line break', () => {
    expect(parseCsv('a,,c\n,,\n')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
    ]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('last,row')).toEqual([['last', 'row']]);
  });
});

describe('decodeText', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    const bytes = new TextEncoder().encode('£1 – ok');
    expect(decodeText(bytes)).toEqual({ text: '£1 – ok', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({
      text: '£1 – ok',
      encoding: 'utf-8',
    });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, including its 0x80-0x9F characters', () => {
    const bytes = new Uint8Array([
      0xa3, 0x35, 0x20, 0x80, 0x20, 0x93, 0x71, 0x94, 0x20, 0x96, 0xe9,
    ]);
    expect(decodeText(bytes)).toEqual({ text: '£5 € “q” –é', encoding: 'windows-1252' });
  });
});
