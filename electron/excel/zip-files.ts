// Files in, one .zip out (the return templates of many contracts, for the officer to send on).
// Pure: bytes in, bytes out.

import JSZip from 'jszip';

export interface NamedFile {
  name: string;
  bytes: Uint8Array;
}

export async function zipFiles(files: readonly NamedFile[]): Promise<Buffer> {
  const zip = new JSZip();
  const used = new Set<string>();
  for (const file of files) {
    let name = file.name;
    for (let copy = 2; used.has(name.toLowerCase()); copy += 1) {
      name = file.name.replace(/(\.[^.]+)?$/, ` (${copy})$1`);
    }
    used.add(name.toLowerCase());
    zip.file(name, file.bytes);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
