// The files inside a .zip (an .xlsx is one), read from its central directory, and one entry's
// bytes streamed and inflated a chunk at a time. The zip is read from bytes in memory or from
// its place on disk (only the directory and the entries asked for are read), so memory does not
// grow with the file. Pure: no database.

import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

/** A zip to read: its bytes, or its place on disk. */
export interface ZipSource {
  bytes?: Uint8Array;
  path?: string;
}

export interface ZipEntry {
  name: string;
  /** 0: stored; 8: deflated. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export class NotAZip extends Error {}

const endOfDirectorySignature = 0x06054b50;
const directoryEntrySignature = 0x02014b50;
const localHeaderSignature = 0x04034b50;
/** The end-of-directory record is 22 bytes, plus a comment of up to 65,535. */
const tailBytes = 22 + 65_535;
const chunkBytes = 64 * 1024;

/** Reads `length` bytes at `position` of the source. */
async function readAt(source: ZipSource, position: number, length: number): Promise<Buffer> {
  if (source.bytes) {
    const { bytes } = source;
    const start = Math.min(position, bytes.byteLength);
    return Buffer.from(
      bytes.buffer,
      bytes.byteOffset + start,
      Math.min(length, bytes.byteLength - start),
    );
  }
  const handle = await open(source.path as string, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function sizeOf(source: ZipSource): Promise<number> {
  if (source.bytes) return source.bytes.byteLength;
  const handle = await open(source.path as string, 'r');
  try {
    return (await handle.stat()).size;
  } finally {
    await handle.close();
  }
}

/** The zip's entries by name, from its central directory. */
export async function zipEntries(source: ZipSource): Promise<Map<string, ZipEntry>> {
  const size = await sizeOf(source);
  const tailStart = Math.max(0, size - tailBytes);
  const tail = await readAt(source, tailStart, size - tailStart);
  let end = -1;
  for (let at = tail.length - 22; at >= 0; at--) {
    if (tail.readUInt32LE(at) === endOfDirectorySignature) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new NotAZip('the zip file is damaged (its directory is missing)');
  const count = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  if (directoryOffset === 0xffffffff || count === 0xffff) {
    throw new NotAZip('it is a ZIP64 file, far larger than any workbook this app reads');
  }
  if (directoryOffset + directorySize > size) {
    throw new NotAZip('the zip file is damaged (it is cut short)');
  }
  const directory = await readAt(source, directoryOffset, directorySize);
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== directoryEntrySignature) {
      throw new NotAZip('the zip file is damaged (its directory is not readable)');
    }
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, {
      name,
      method: directory.readUInt16LE(at + 10),
      compressedSize: directory.readUInt32LE(at + 20),
      uncompressedSize: directory.readUInt32LE(at + 24),
      localHeaderOffset: directory.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The entry's bytes, inflated as they are read; `onRead` hears how many of its stored bytes
 * have been read so far. Stopping part way (break) closes the file.
 */
export async function* entryChunks(
  source: ZipSource,
  entry: ZipEntry,
  onRead: (storedBytesRead: number) => void = () => {},
): AsyncGenerator<Buffer> {
  if (entry.method !== 0 && entry.method !== 8) {
    throw new NotAZip(
      `${entry.name} is packed in a way this app cannot read (method ${entry.method})`,
    );
  }
  const header = await readAt(source, entry.localHeaderOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== localHeaderSignature) {
    throw new NotAZip('the zip file is damaged (an entry is missing)');
  }
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (entry.compressedSize === 0) return;
  if (source.bytes && start + entry.compressedSize > source.bytes.byteLength) {
    throw new NotAZip('the zip file is damaged (it is cut short)');
  }
  const stored: Readable = source.bytes
    ? Readable.from(slices(source.bytes, start, entry.compressedSize))
    : createReadStream(source.path as string, {
        start,
        end: start + entry.compressedSize - 1,
        highWaterMark: chunkBytes,
      });
  let read = 0;
  const counted = (async function* counting() {
    for await (const chunk of stored) {
      read += (chunk as Buffer).length;
      onRead(read);
      yield chunk as Buffer;
    }
  })();
  const bytes =
    entry.method === 8
      ? Readable.from(counted).pipe(createInflateRaw({ chunkSize: chunkBytes }))
      : counted;
  try {
    for await (const chunk of bytes) yield chunk as Buffer;
  } catch (error) {
    throw new NotAZip(`the zip file is damaged (${(error as Error).message})`);
  } finally {
    stored.destroy();
    if (bytes instanceof Readable) bytes.destroy();
  }
}

function* slices(bytes: Uint8Array, start: number, length: number): Generator<Buffer> {
  for (let at = 0; at < length; at += chunkBytes) {
    yield Buffer.from(
      bytes.buffer,
      bytes.byteOffset + start + at,
      Math.min(chunkBytes, length - at),
    );
  }
}

/** The whole entry as text (for the small parts: workbook, relationships, styles). */
export async function entryText(source: ZipSource, entry: ZipEntry): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of entryChunks(source, entry)) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}
