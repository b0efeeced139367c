// A real WebP picture (made by Chromium's libwebp) turned into a PNG that Word takes: the same
// size, the same colours, and a PNG any reader accepts (signature, IHDR, IDAT, IEND, CRCs).

import { readFileSync } from 'node:fs';
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { webpToPng } from '../../electron/reports/webp-to-png';
import { defined } from '../fixtures/defined';

const webp = readFileSync(new URL('../fixtures/pictures/two-colours.webp', import.meta.url));

/** The PNG's chunks, each checked against its CRC. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const body = png.subarray(at + 4, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(body));
    out.push({ type: body.subarray(0, 4).toString('latin1'), data: body.subarray(4) });
    at += 12 + length;
  }
  return out;
}

describe('webpToPng', () => {
  it('turns a real WebP picture into an RGBA PNG of the same size and colours', () => {
    const png = webpToPng(webp);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const header = defined(parts[0], 'the IHDR chunk').data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([
      64, 48, 8, 6,
    ]);
    const rows = inflateSync(defined(parts[1], 'the IDAT chunk').data);
    expect(rows.length).toBe(48 * (64 * 4 + 1));
    const pixel = (x: number, y: number) => {
      const at = y * (64 * 4 + 1) + 1 + x * 4;
      return [...rows.subarray(at, at + 4)];
    };
    const near = (actual: number[], expected: number[]) =>
      actual.every((value, i) => Math.abs(value - (expected[i] ?? -99)) <= 12);
    expect(near(pixel(4, 24), [0, 112, 60, 255])).toBe(true);
    expect(near(pixel(60, 24), [255, 221, 0, 255])).toBe(true);
  });

  it('refuses bytes that are not a WebP picture it can read', () => {
    expect(() => webpToPng(Buffer.from('RIFF\0\0\0\0WEBPVP8 nothing here'))).toThrow();
  });
});
