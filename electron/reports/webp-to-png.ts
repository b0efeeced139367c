// A WebP picture as PNG, for Word: the docx format takes PNG, JPEG, GIF and BMP, not WebP. The
// picture is decoded by libwebp compiled to WebAssembly (@cwasm/webp: MIT, about 95 KB, no
// native code, so it runs the same in the app, the web host and `svt report`) and written as
// an RGBA PNG with Node's zlib. The stored original is never changed.

import { crc32, deflateSync } from 'node:zlib';
import { decode } from '@cwasm/webp';

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit RGBA PNG of the pixels, each row unfiltered. */
export function encodePng(
  width: number,
  height: number,
  rgba: Uint8Array | Uint8ClampedArray,
): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, no filter, no interlace
  const stride = width * 4;
  const rows = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y += 1) {
    rows.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The WebP picture's pixels as a PNG; throws when the bytes are not a WebP picture it can read. */
export function webpToPng(webp: Uint8Array): Buffer {
  const image = decode(webp);
  return encodePng(image.width, image.height, image.data);
}
