// Report outputs: the print route's job, PDF (through the host's printer), Word, the Excel
// appendix, and packs of saved reports as one PDF.

import type { DocumentRequest } from '../../shared/report';
import type { ReportPack } from '../../shared/report-document';
import { getCouncilProfile } from '../db/profile-repository';
import { heldPrintJob } from '../reports/print-jobs';
import { buildReportDocument } from '../reports/report-document-builder';
import { docxFile, pdfFile, xlsxFile } from '../reports/report-files';
import type { Context } from './context';
import type { Handlers } from './handler';

const documentOf = (request: DocumentRequest, { db }: Context) =>
  buildReportDocument(db, request, getCouncilProfile(db));

const packOf = (request: DocumentRequest, ctx: Context): ReportPack => {
  const document = documentOf(request, ctx);
  return { title: document.meta.title, documents: [document] };
};

export const reportOutputHandlers: Handlers<
  | 'reportOutputs.printJob'
  | 'reportOutputs.pdf'
  | 'reportOutputs.docx'
  | 'reportOutputs.xlsx'
  | 'reportOutputs.packPdf'
> = {
  'reportOutputs.printJob': ({ key }) => heldPrintJob(key),
  'reportOutputs.pdf': (request, ctx) => pdfFile(packOf(request, ctx), ctx.printPdf),
  'reportOutputs.docx': (request, ctx) => docxFile(documentOf(request, ctx)),
  'reportOutputs.xlsx': (request, ctx) => xlsxFile(documentOf(request, ctx)),
  'reportOutputs.packPdf': ({ reportIds, title }, ctx) =>
    pdfFile(
      { title, documents: reportIds.map((reportId) => documentOf({ reportId }, ctx)) },
      ctx.printPdf,
    ),
};
