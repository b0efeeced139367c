// CSV files as councils save them: bytes to text (UTF-8, UTF-8 with a byte-order mark, or
// Windows-1252 from older Excel), then text to rows of cells (csv-rows.ts). Pure: no files, no
// database.

import { CsvRowParser } from './csv-rows';

/** Windows-1252's characters for bytes 0x80-0x9F; the other bytes are the same as Latin-1. */
const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text += byte >= 0x80 && byte <= 0x9f ? windows1252High[byte - 0x80] : String.fromCharCode(byte);
  }
  return text;
}

export type TextEncoding = 'utf-8' | 'windows-1252';

/** The text of a file: UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else Windows-1252. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const withoutBom =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(withoutBom),
      encoding: 'utf-8',
    };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Rows of cells, as written (no trimming); a final line break adds no empty row. A quote opens a
 * quoted cell only at the cell's start; elsewhere it is an ordinary character (5" pipe).
 */
export function parseCsv(text: string): string[][] {
  const parser = new CsvRowParser();
  return [...parser.push(text), ...parser.end()];
}
