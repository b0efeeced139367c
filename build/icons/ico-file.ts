// Writes a Windows .ico holding PNG images (the form Windows has read since Vista): a 6-byte
// header, one 16-byte directory entry per image, then the PNG files one after another.

export interface IcoImage {
  /** Width and height in pixels, 1 to 256. */
  size: number;
  png: Buffer;
}

const headerBytes = 6;
const entryBytes = 16;

export function icoFile(images: readonly IcoImage[]): Buffer {
  const header = Buffer.alloc(headerBytes);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = headerBytes + entryBytes * images.length;
  const entries = images.map(({ size, png }) => {
    if (!Number.isInteger(size) || size < 1 || size > 256) {
      throw new Error(`An icon image must be 1 to 256 pixels wide, not ${size}.`);
    }
    const entry = Buffer.alloc(entryBytes);
    entry.writeUInt8(size === 256 ? 0 : size, 0); // width; 0 means 256
    entry.writeUInt8(size === 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}
