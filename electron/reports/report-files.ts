// A report's outputs as files for the officer to save: PDF (through the host's printer), Word
// and the Excel appendix, named after the report and its meeting.

import type { ExportedFile } from '../../shared/exported-file';
import { xlsxMediaType } from '../../shared/exported-file';
import type { ReportDocument, ReportPack } from '../../shared/report-document';
import type { PrintJob } from '../../shared/report-print';
import { AppError } from '../../shared/result';
import { appendixWorkbook } from './appendix-workbook';
import { docxReport } from './docx-report';

/** Prints a job's print route to PDF bytes: Chromium's page.pdf, or Electron's printToPDF. */
export type PdfPrinter = (job: PrintJob) => Promise<Uint8Array>;

export const docxMediaType =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// eslint-disable-next-line no-control-regex -- control characters are among those dropped
const unsafeInFileName = /[\\/:*?"<>|\u0000-\u001f]+/g;

/** "Social Value Charter Update Report 2025-10-23": characters no file system takes are dropped. */
export function reportFileName(title: string, meetingDate: string | null, extension: string) {
  const safe = title.replace(unsafeInFileName, ' ').replace(/\s+/g, ' ').trim();
  return `${[safe || 'Report', meetingDate].filter(Boolean).join(' ')}.${extension}`;
}

const file = (fileName: string, mediaType: string, bytes: Uint8Array): ExportedFile => ({
  fileName,
  mediaType,
  contentBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
});

export async function docxFile(report: ReportDocument): Promise<ExportedFile> {
  const name = reportFileName(report.meta.title, report.meta.meetingDate, 'docx');
  return file(name, docxMediaType, await docxReport(report));
}

export async function xlsxFile(report: ReportDocument): Promise<ExportedFile> {
  const name = reportFileName(`${report.meta.title} appendix`, report.meta.meetingDate, 'xlsx');
  return file(name, xlsxMediaType, await appendixWorkbook(report));
}

function requirePrinter(printer: PdfPrinter | undefined): PdfPrinter {
  if (printer) return printer;
  throw new AppError(
    'refused',
    'Saving as PDF is not available here: this host has no printer. Use Print, or the Word copy.',
  );
}

/** One report as a PDF; several as a pack with a contents page. */
export async function pdfFile(
  pack: ReportPack,
  printer: PdfPrinter | undefined,
): Promise<ExportedFile> {
  const print = requirePrinter(printer);
  const [only] = pack.documents;
  const single = pack.documents.length === 1 && only;
  const name = single
    ? reportFileName(only.meta.title, only.meta.meetingDate, 'pdf')
    : reportFileName(pack.title, null, 'pdf');
  return file(name, 'application/pdf', await print({ pack, contents: !single }));
}
