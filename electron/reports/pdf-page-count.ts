// The number of pages of a PDF that Chromium wrote: the /Count of its page tree's root, the
// largest /Count of any /Type /Pages dictionary (Skia writes the dictionaries uncompressed).

export function pdfPageCount(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  let pages = 0;
  for (const match of text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)) {
    pages = Math.max(pages, Number(match[1]));
  }
  for (const match of text.matchAll(/\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)) {
    pages = Math.max(pages, Number(match[1]));
  }
  if (pages === 0) throw new Error('The PDF has no page tree.');
  return pages;
}
