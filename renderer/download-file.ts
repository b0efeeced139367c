// Hands a file made by the backend (an export) to the officer: the browser saves it, or Electron
// asks where to.

import type { ExportedFile } from '../shared/exported-file';

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index += 1) bytes[index] = text.charCodeAt(index);
  return bytes;
}

export function downloadFile(file: ExportedFile): void {
  const url = URL.createObjectURL(
    new Blob([bytesOf(file.contentBase64)], { type: file.mediaType }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; keep the address alive a little in case it has not.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
