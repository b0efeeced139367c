// A small RGB picture drawn in memory (rectangles, circles, polygons) and saved as a PNG file:
// the demo's case study illustrations, made in code so no picture file is shipped.

import { crc32, deflateSync } from 'node:zlib';

export type Colour = readonly [number, number, number];

export class Picture {
  readonly width: number;
  readonly height: number;
  readonly #pixels: Uint8Array;

  constructor(width: number, height: number, background: Colour) {
    this.width = width;
    this.height = height;
    this.#pixels = new Uint8Array(width * height * 3);
    this.rect(0, 0, width, height, background);
  }

  #set(x: number, y: number, colour: Colour): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const at = (y * this.width + x) * 3;
    this.#pixels.set(colour, at);
  }

  rect(x: number, y: number, width: number, height: number, colour: Colour): this {
    const [left, right] = [Math.max(0, Math.round(x)), Math.min(this.width, Math.round(x + width))];
    const [top, bottom] = [
      Math.max(0, Math.round(y)),
      Math.min(this.height, Math.round(y + height)),
    ];
    if (left >= right) return this;
    const row = new Uint8Array((right - left) * 3);
    for (let i = 0; i < row.length; i += 3) row.set(colour, i);
    for (let j = top; j < bottom; j += 1) this.#pixels.set(row, (j * this.width + left) * 3);
    return this;
  }

  /** Each row from `top` to `bottom` in a colour between the two given. */
  gradient(top: number, bottom: number, from: Colour, to: Colour): this {
    for (let y = top; y < bottom; y += 1) {
      const t = (y - top) / Math.max(1, bottom - top - 1);
      const mix = (k: 0 | 1 | 2) => Math.round(from[k] + (to[k] - from[k]) * t);
      this.rect(0, y, this.width, 1, [mix(0), mix(1), mix(2)]);
    }
    return this;
  }

  circle(cx: number, cy: number, radius: number, colour: Colour): this {
    for (let y = Math.floor(cy - radius); y <= cy + radius; y += 1) {
      for (let x = Math.floor(cx - radius); x <= cx + radius; x += 1) {
        if ((x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2) this.#set(x, y, colour);
      }
    }
    return this;
  }

  /** A filled polygon through the points (even-odd rule, tested at each pixel's centre). */
  polygon(points: readonly (readonly [number, number])[], colour: Colour): this {
    const ys = points.map(([, y]) => y);
    const xs = points.map(([x]) => x);
    for (let y = Math.floor(Math.min(...ys)); y <= Math.max(...ys); y += 1) {
      for (let x = Math.floor(Math.min(...xs)); x <= Math.max(...xs); x += 1) {
        if (inside(points, x + 0.5, y + 0.5)) this.#set(x, y, colour);
      }
    }
    return this;
  }

  /** The picture as a PNG file: 8-bit RGB, every row unfiltered, compressed with deflate. */
  png(): Uint8Array {
    const rowLength = this.width * 3 + 1;
    const raw = new Uint8Array(rowLength * this.height);
    for (let y = 0; y < this.height; y += 1) {
      const row = this.#pixels.subarray(y * this.width * 3, (y + 1) * this.width * 3);
      raw.set(row, y * rowLength + 1); // the first byte of each row, 0, is "no filter"
    }
    const header = Buffer.alloc(13);
    header.writeUInt32BE(this.width, 0);
    header.writeUInt32BE(this.height, 4);
    header.set([8, 2, 0, 0, 0], 8); // bit depth 8, colour type RGB, deflate, no filter, no interlace
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]);
  }
}

function inside(points: readonly (readonly [number, number])[], x: number, y: number): boolean {
  let within = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i, i += 1) {
    const [xi, yi] = points[i] as readonly [number, number];
    const [xj, yj] = points[j] as readonly [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) within = !within;
  }
  return within;
}

/** A PNG chunk: length, type, data and the CRC-32 of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed), 0);
  return Buffer.concat([length, typed, crc]);
}
