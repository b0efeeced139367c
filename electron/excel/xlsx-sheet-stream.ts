// The rows of one sheet of an .xlsx workbook, streamed: the zip's directory is read from the
// bytes (JSZip), the sheet's XML inflated by Node's zlib and parsed as it streams (exceljs's
// sheet parser), so memory holds a chunk of rows at a time and the shared strings, never the
// whole workbook. Pure: bytes in, rows out. (exceljs's own WorkbookReader drives the zip with an
// event iterator that now and then loses the end of the file, then hangs or misses the workbook
// part; reading the parts wanted, in the order wanted, avoids that and needs no temporary files.)

import { Readable } from 'node:stream';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export interface SheetEntry {
  name: string;
  /** 'visible', 'hidden' or 'veryHidden'. */
  state: string;
  path: string;
}

/** Shared strings inflated beyond this are refused (a zip bomb, not a return). */
const maxSharedStringsBytes = 200 * 1024 * 1024;

/** How much of a sheet's XML is parsed at a time. */
const chunkBytes = 64 * 1024;

export class NotAWorkbook extends Error {}

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text as it reads: entities and Excel's _xHHHH_ escapes decoded. */
function xmlText(text: string): string {
  if (!text.includes('&') && !text.includes('_x')) return text;
  return text
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
      if (name[0] !== '#') return entities[name] ?? whole;
      const hex = name[1] === 'x' || name[1] === 'X';
      return String.fromCodePoint(hex ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    })
    .replace(/_x([0-9A-F]{4})_/gi, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

/** The shared strings, in one pass over the XML: each <si>'s <t> runs joined, phonetic runs
 * (<rPh>) left out. */
function sharedStrings(xml: string): string[] {
  const strings: string[] = [];
  const tokens = /<si>|<si\/>|<\/si>|<t(?:\s[^>]*)?>([^<]*)<\/t>|<rPh\b[\s\S]*?<\/rPh>/g;
  let text: string | null = null;
  for (const [token, run] of xml.matchAll(tokens)) {
    if (token === '<si>') text = '';
    else if (token === '<si/>') strings.push('');
    else if (token === '</si>') {
      strings.push(xmlText(text ?? ''));
      text = null;
    } else if (run !== undefined && text !== null) text += run;
  }
  return strings;
}

/** JSZip 3's record of an entry's bytes as they are in the zip. */
interface StoredEntry {
  _data?: {
    uncompressedSize?: number;
    compressedContent?: Uint8Array;
    compression?: { magic: string };
  };
}

const uncompressedSize = (file: JSZip.JSZipObject) =>
  (file as unknown as StoredEntry)._data?.uncompressedSize ?? 0;

/** The entry's bytes as stored and whether they are deflated; null when JSZip holds them some
 * other way (then JSZip inflates them itself, more slowly). */
function storedBytes(file: JSZip.JSZipObject): { bytes: Buffer; deflated: boolean } | null {
  const data = (file as unknown as StoredEntry)._data;
  const content = data?.compressedContent;
  const magic = data?.compression?.magic;
  if (!content || (magic !== '\x08\x00' && magic !== '\x00\x00')) return null;
  return {
    bytes: Buffer.from(content.buffer, content.byteOffset, content.byteLength),
    deflated: magic === '\x08\x00',
  };
}

/** The entry's text, inflated by Node's zlib. */
async function entryText(file: JSZip.JSZipObject): Promise<string> {
  const stored = storedBytes(file);
  if (!stored) return file.async('string');
  return (stored.deflated ? inflateRawSync(stored.bytes) : stored.bytes).toString('utf8');
}

/** The entry's bytes as a stream, inflated by Node's zlib as they are read. */
function entryStream(file: JSZip.JSZipObject): AsyncIterable<unknown> {
  const stored = storedBytes(file);
  // JSZip's own stream is an older kind of Node stream: exceljs pipes it through a PassThrough.
  if (!stored) return file.nodeStream('nodebuffer') as unknown as AsyncIterable<unknown>;
  if (stored.deflated) {
    return Readable.from([stored.bytes]).pipe(createInflateRaw({ chunkSize: chunkBytes }));
  }
  // Stored bytes are handed over a chunk at a time too, so that reading can stop part way.
  const { bytes } = stored;
  return Readable.from(
    (function* chunks() {
      for (let at = 0; at < bytes.length; at += chunkBytes)
        yield bytes.subarray(at, at + chunkBytes);
    })(),
  );
}

/** What exceljs's sheet parser reads of the workbook it belongs to. */
interface ReaderInternals {
  sharedStrings: string[];
  model: { sheets: unknown[] };
  workbookRels: unknown[];
  properties: Record<string, unknown>;
  _parseWorksheet(
    iterator: AsyncIterable<unknown>,
    sheetNo: string,
  ): Iterator<{ value: AsyncIterable<ExcelJS.Row> }>;
}

export class StreamedWorkbook {
  private constructor(
    private readonly zip: JSZip,
    readonly sheets: SheetEntry[],
    private readonly strings: string[],
  ) {}

  /** Opens the workbook's parts; NotAWorkbook when the zip is not one. */
  static async open(bytes: Uint8Array): Promise<StreamedWorkbook> {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch (error) {
      throw new NotAWorkbook(`the zip file is damaged (${(error as Error).message})`);
    }
    const workbook = zip.file('xl/workbook.xml');
    const rels = zip.file('xl/_rels/workbook.xml.rels');
    if (!workbook || !rels) throw new NotAWorkbook('it is a zip file but not an Excel workbook');
    const targets = new Map<string, string>();
    for (const [tag] of (await rels.async('string')).matchAll(/<Relationship\s[^>]*>/g)) {
      const id = attribute(tag, 'Id');
      const target = attribute(tag, 'Target');
      if (id && target) {
        targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
      }
    }
    const sheets: SheetEntry[] = [];
    for (const [tag] of (await workbook.async('string')).matchAll(/<sheet\s[^>]*>/g)) {
      const path = targets.get(attribute(tag, 'r:id') ?? '');
      if (path) {
        sheets.push({
          name: xmlText(attribute(tag, 'name') ?? ''),
          state: attribute(tag, 'state') ?? 'visible',
          path,
        });
      }
    }
    const shared = zip.file('xl/sharedStrings.xml');
    if (shared && uncompressedSize(shared) > maxSharedStringsBytes) {
      throw new NotAWorkbook('its text is far larger than any return (over 200 MB unpacked)');
    }
    return new StreamedWorkbook(zip, sheets, shared ? sharedStrings(await entryText(shared)) : []);
  }

  /** The sheet's rows as they stream past (rows with nothing in them are not given). */
  rows(sheet: SheetEntry): AsyncIterable<ExcelJS.Row> {
    const file = this.zip.file(sheet.path);
    if (!file) return Readable.from([]);
    const host = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
      worksheets: 'emit',
      hyperlinks: 'ignore',
      styles: 'ignore',
    }) as unknown as ReaderInternals;
    host.sharedStrings = this.strings;
    host.model = { sheets: [] };
    host.workbookRels = [];
    host.properties = {};
    const emitted = host._parseWorksheet(entryStream(file), sheet.path).next();
    return emitted.value.value;
  }
}
