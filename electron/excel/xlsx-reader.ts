// The sheets of an .xlsx workbook and their rows, streamed: the zip's directory is read
// (zip-entries.ts), the workbook, its relationships, styles and shared strings read once, and a
// sheet's XML inflated and parsed a chunk at a time, a row at a time, so memory holds the shared
// strings and a chunk of rows, never the whole workbook. One reader for every importer (register
// files, supplier returns). Values as exceljs gives them: text, numbers, booleans, errors,
// formulas with their saved result, and numbers in a date format as dates. Pure: bytes in, rows out.

import { StringDecoder } from 'node:string_decoder';
import {
  entryChunks,
  entryText,
  NotAZip,
  zipEntries,
  type ZipEntry,
  type ZipSource,
} from './zip-entries';

export type XlsxScalar = number | string | boolean | Date | { error: string };
export type XlsxValue = XlsxScalar | { formula: string; result?: XlsxScalar } | undefined;

export interface XlsxRow {
  /** The spreadsheet's row number (1 is the first). */
  number: number;
  /** values[c] for the 1-based column c (values[0] is unused); a blank cell is undefined. */
  values: XlsxValue[];
}

export interface SheetEntry {
  name: string;
  /** 'visible', 'hidden' or 'veryHidden'. */
  state: string;
  path: string;
}

export class NotAWorkbook extends Error {}

/** Shared strings inflated beyond this are refused (a zip bomb, not a spreadsheet). */
const maxSharedStringsBytes = 200 * 1024 * 1024;

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text as it reads: entities and Excel's _xHHHH_ escapes decoded. */
export function xmlText(text: string): string {
  if (!text.includes('&') && !text.includes('_x')) return text;
  return text
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
      if (name[0] !== '#') return entities[name] ?? whole;
      const hex = name[1] === 'x' || name[1] === 'X';
      return String.fromCodePoint(hex ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    })
    .replace(/_x([0-9A-F]{4})_/gi, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const attributePatterns = new Map<string, RegExp>();
function attribute(tag: string, name: string): string | null {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name}="([^"]*)"`);
    attributePatterns.set(name, pattern);
  }
  return pattern.exec(tag)?.[1] ?? null;
}

/** The text of an <si> or <is>: its <t> runs joined, phonetic runs (<rPh>) left out. */
function runText(xml: string): string {
  const body = xml.includes('<rPh') ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  let text = '';
  for (const match of body.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)) text += match[1];
  return xmlText(text);
}

/**
 * The complete elements in a stream of XML text: each time a chunk arrives, the text up to the
 * last `close` seen is handed to `take`, the rest kept for the next chunk.
 */
async function* completeParts(
  chunks: AsyncIterable<Buffer>,
  close: string,
): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of chunks) {
    pending += decoder.write(chunk);
    const end = pending.lastIndexOf(close);
    if (end < 0) continue;
    yield pending.slice(0, end + close.length);
    pending = pending.slice(end + close.length);
  }
  pending += decoder.end();
  if (pending) yield pending;
}

/** Built-in number formats that show a date or time (Excel's ids). */
const builtInDateFormats = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** Whether a number format shows a date or time (exceljs's rule). */
function isDateFormat(code: string): boolean {
  const plain = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(plain);
}

/** For each cell style (the s="" of a cell), whether it shows a number as a date. */
function dateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const [tag] of xml.matchAll(/<numFmt\s[^>]*>/g)) {
    custom.set(Number(attribute(tag, 'numFmtId')), xmlText(attribute(tag, 'formatCode') ?? ''));
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...cellXfs.matchAll(/<xf\b[^>]*>/g)].map(([tag]) => {
    const id = Number(attribute(tag, 'numFmtId') ?? 0);
    const code = custom.get(id);
    return code === undefined ? builtInDateFormats.has(id) : isDateFormat(code);
  });
}

/** An Excel date serial as the moment exceljs reads it as (UTC). */
function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** A column's letters (A, AB) as its 1-based number. */
function columnNumber(reference: string): number {
  let n = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    n = n * 26 + code - 64;
  }
  return n;
}

const rowPattern = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
const cellPattern = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const valuePattern = /<v>([^<]*)<\/v>/;
const formulaPattern = /<f\b([^>]*?)(?:\/>|>([^<]*)<\/f>)/;

export class XlsxWorkbook {
  private constructor(
    private readonly source: ZipSource,
    private readonly entries: Map<string, ZipEntry>,
    readonly sheets: SheetEntry[],
    private readonly strings: string[],
    private readonly dates: boolean[],
    private readonly date1904: boolean,
  ) {}

  /** Opens the workbook's parts; NotAWorkbook says why a file is not one. */
  static async open(source: ZipSource): Promise<XlsxWorkbook> {
    try {
      const entries = await zipEntries(source);
      const part = (name: string) => entries.get(name);
      const workbook = part('xl/workbook.xml');
      const rels = part('xl/_rels/workbook.xml.rels');
      if (!workbook || !rels) throw new NotAWorkbook('it is a zip file but not an Excel workbook');
      const targets = new Map<string, string>();
      for (const [tag] of (await entryText(source, rels)).matchAll(/<Relationship\s[^>]*>/g)) {
        const id = attribute(tag, 'Id');
        const target = attribute(tag, 'Target');
        if (id && target) {
          targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
        }
      }
      const workbookXml = await entryText(source, workbook);
      const sheets: SheetEntry[] = [];
      for (const [tag] of workbookXml.matchAll(/<sheet\s[^>]*>/g)) {
        const path = targets.get(attribute(tag, 'r:id') ?? '');
        if (path) {
          sheets.push({
            name: xmlText(attribute(tag, 'name') ?? ''),
            state: attribute(tag, 'state') ?? 'visible',
            path,
          });
        }
      }
      const properties = /<workbookPr\b[^>]*>/.exec(workbookXml)?.[0] ?? '';
      const date1904 = /^(1|true)$/.test(attribute(properties, 'date1904') ?? '');
      const styles = part('xl/styles.xml');
      const dates = styles ? dateStyles(await entryText(source, styles)) : [];
      const shared = part('xl/sharedStrings.xml');
      const strings: string[] = [];
      if (shared) {
        if (shared.uncompressedSize > maxSharedStringsBytes) {
          throw new NotAWorkbook(
            'its text is far larger than any spreadsheet (over 200 MB unpacked)',
          );
        }
        for await (const xml of completeParts(entryChunks(source, shared), '</si>')) {
          for (const [, body] of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) {
            strings.push(body === undefined ? '' : runText(body));
          }
        }
      }
      return new XlsxWorkbook(source, entries, sheets, strings, dates, date1904);
    } catch (error) {
      if (error instanceof NotAZip) throw new NotAWorkbook(error.message);
      throw error;
    }
  }

  /**
   * The sheet's rows in order, as they stream past; `onRead` hears the share of the sheet's
   * stored bytes read so far (0 to 1).
   */
  async *rows(
    sheet: SheetEntry,
    onRead: (fraction: number) => void = () => {},
  ): AsyncGenerator<XlsxRow> {
    const entry = this.entries.get(sheet.path);
    if (!entry) return;
    const size = entry.compressedSize;
    const chunks = entryChunks(this.source, entry, (read) => onRead(size === 0 ? 1 : read / size));
    const sharedFormulas = new Map<string, string>();
    let last = 0;
    try {
      for await (const xml of completeParts(chunks, '</row>')) {
        for (const [, tag, body] of xml.matchAll(rowPattern)) {
          const at = attribute(tag as string, 'r');
          last = at === null ? last + 1 : Number(at);
          yield { number: last, values: body ? this.cells(body, sharedFormulas) : [] };
        }
      }
    } catch (error) {
      if (error instanceof NotAZip) throw new NotAWorkbook(error.message);
      throw error;
    }
  }

  private cells(xml: string, sharedFormulas: Map<string, string>): XlsxValue[] {
    const values: XlsxValue[] = [];
    let column = 0;
    for (const [, tag, body] of xml.matchAll(cellPattern)) {
      const reference = attribute(tag as string, 'r');
      column = reference === null ? column + 1 : columnNumber(reference);
      if (!body) continue;
      const type = attribute(tag as string, 't');
      const style = attribute(tag as string, 's');
      const saved = this.saved(type, style, body);
      const formula = formulaPattern.exec(body);
      if (formula) {
        const shared = attribute(formula[1] as string, 'si');
        let text = formula[2] ? xmlText(formula[2]) : '';
        if (shared !== null) {
          if (text) sharedFormulas.set(shared, text);
          else text = sharedFormulas.get(shared) ?? '';
        }
        values[column] = saved === undefined ? { formula: text } : { formula: text, result: saved };
      } else values[column] = saved;
    }
    return values;
  }

  /** The value a cell holds (for a formula, its saved result). */
  private saved(type: string | null, style: string | null, body: string): XlsxScalar | undefined {
    if (type === 'inlineStr') {
      const inline = /<is>([\s\S]*?)<\/is>/.exec(body);
      return inline ? runText(inline[1] as string) : undefined;
    }
    const value = valuePattern.exec(body)?.[1];
    if (value === undefined) return undefined;
    switch (type) {
      case 's':
        return this.strings[Number(value)] ?? '';
      case 'str':
        return xmlText(value);
      case 'e':
        return { error: value };
      case 'b':
        return Number(value) !== 0;
      case 'd':
        return new Date(value);
      default: {
        const number = parseFloat(value);
        return style !== null && this.dates[Number(style)]
          ? excelDate(number, this.date1904)
          : number;
      }
    }
  }
}

/**
 * A cell's value as text: dates as ISO datetimes (UTC, as Excel stores them), errors as #REF!,
 * a formula as its saved result, or as "=FORMULA" when no usable result was saved (an error
 * result is none).
 */
export function cellText(value: XlsxValue): string {
  if (value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object') return String(value);
  if ('error' in value) return value.error;
  const { result } = value;
  const usable = result !== undefined && !(typeof result === 'object' && 'error' in result);
  return usable ? cellText(result) : `=${value.formula}`;
}
