// A report as a Word document (document in, bytes out): real Heading 1 sections, A4, a running
// header with committee and date and a "Page N of M" footer, real tables whose header row repeats
// and whose rows do not split, bold runs. Paragraph numbers are written as the literal "2.1"
// with a hanging indent, not Word list numbering: pasted into democratic services' own template
// they keep exactly the numbers the PDF shows, where list numbering would restart or re-merge
// with the template's own lists. A chart goes in as the table of its figures (Word has no SVG
// without a PNG fallback, and a table pastes into any template), or as a line pointing to the
// table above when that table already holds its figures.

import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { longDate } from '../../shared/calendar-date';
import {
  formatCell,
  isNumericFormat,
  reportDetails,
  runningHeader,
} from '../../shared/report-cells';
import type {
  CellValue,
  ReportBlock,
  ReportDocument,
  TableColumn,
  TextRun as ReportRun,
} from '../../shared/report-document';
import { numberSections, numberedHeading, type NumberedBlock } from '../../shared/report-numbering';
import { chartTable } from './chart-table';
import { fitWithin, pictureSize } from './picture-size';
import { webpToPng } from './webp-to-png';

const font = 'Arial';
/** 12 mm in twips: where a numbered paragraph's text starts. */
const numberIndent = 680;
const a4 = { width: 11906, height: 16838 };
const margin = { top: 1247, bottom: 1134, left: 1020, right: 1020 };
const border = { style: BorderStyle.SINGLE, size: 4, color: '0B0C0C' };
const cellBorders = { top: border, bottom: border, left: border, right: border };

const runsOf = (runs: ReportRun[]) =>
  runs.map((run) => new TextRun({ text: run.text, bold: run.bold }));

function cell(text: string, options: { bold?: boolean; right?: boolean; shaded?: boolean } = {}) {
  return new TableCell({
    borders: cellBorders,
    shading: options.shaded ? { fill: 'E8E8E8' } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.bold })],
      }),
    ],
  });
}

function valueRow(columns: TableColumn[], values: CellValue[], bold = false) {
  return new TableRow({
    cantSplit: true,
    children: columns.map((column, index) =>
      cell(formatCell(values[index] ?? null, column.format), {
        bold,
        right: isNumericFormat(column.format),
      }),
    ),
  });
}

function table(caption: string, columns: TableColumn[], rows: CellValue[][], totals?: CellValue[]) {
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 120, after: 60 },
      children: [new TextRun({ text: caption, bold: true })],
    }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: columns.map((column) =>
            cell(column.label, { bold: true, shaded: true, right: isNumericFormat(column.format) }),
          ),
        }),
        ...rows.map((row) => valueRow(columns, row)),
        ...(totals ? [valueRow(columns, totals, true)] : []),
      ],
    }),
    new Paragraph({ text: '' }),
  ];
}

/**
 * The picture's bytes in a format Word takes: a WebP picture becomes a PNG. One that cannot be
 * decoded stays as it is, and the document shows its caption alone, as for any unreadable picture.
 */
function wordPicture(block: Extract<ReportBlock, { kind: 'picture' }>) {
  const bytes = Buffer.from(block.base64, 'base64');
  if (block.mimeType !== 'image/webp') return { bytes, mimeType: block.mimeType };
  try {
    return { bytes: webpToPng(bytes), mimeType: 'image/png' };
  } catch {
    return { bytes, mimeType: block.mimeType };
  }
}

function picture(block: Extract<ReportBlock, { kind: 'picture' }>): Paragraph[] {
  const { bytes, mimeType } = wordPicture(block);
  const size = pictureSize(bytes, mimeType);
  const caption = new Paragraph({
    children: [new TextRun({ text: block.caption, italics: true })],
  });
  if (!size) return [caption];
  return [
    new Paragraph({
      keepNext: true,
      children: [
        new ImageRun({
          type: mimeType === 'image/png' ? 'png' : 'jpg',
          data: bytes,
          transformation: fitWithin(size, { width: 600, height: 340 }),
          altText: { name: block.caption, description: block.caption, title: block.caption },
        }),
      ],
    }),
    caption,
  ];
}

/** The appendix sheets of the report's tables: a chart sharing one has its figures in that table. */
const tableSheets = (report: ReportDocument) =>
  new Set(
    report.sections.flatMap((section) =>
      section.blocks.flatMap((block) => (block.kind === 'table' ? [block.appendixSheet] : [])),
    ),
  );

function chartParts(chart: Extract<ReportBlock, { kind: 'bar-chart' }>, inTable: boolean) {
  if (inTable) {
    return [
      new Paragraph({
        spacing: { after: 120 },
        children: [
          new TextRun({ text: `${chart.caption}: `, bold: true }),
          new TextRun({
            text: 'a bar chart in the PDF; its figures are in the table above.',
            italics: true,
          }),
        ],
      }),
    ];
  }
  const figures = chartTable(chart);
  return table(chart.caption, figures.columns, figures.rows);
}

function blockParts(
  { block, number }: NumberedBlock,
  sheetsWithTables: Set<string>,
): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph':
      return [
        number === null
          ? new Paragraph({ spacing: { after: 120 }, children: runsOf(block.runs) })
          : new Paragraph({
              spacing: { after: 120 },
              indent: { left: numberIndent, hanging: numberIndent },
              tabStops: [{ type: TabStopType.LEFT, position: numberIndent }],
              children: [new TextRun({ children: [number, new Tab()] }), ...runsOf(block.runs)],
            }),
      ];
    case 'list':
      return block.items.map(
        (item, index) =>
          new Paragraph({
            spacing: { after: 60 },
            indent: { left: numberIndent * 2, hanging: numberIndent },
            tabStops: [{ type: TabStopType.LEFT, position: numberIndent * 2 }],
            children: [
              new TextRun({ children: [block.ordered ? `${index + 1}.` : '•', new Tab()] }),
              ...runsOf(item),
            ],
          }),
      );
    case 'table':
      return table(block.caption, block.columns, block.rows, block.totals);
    case 'bar-chart':
      return chartParts(block, sheetsWithTables.has(block.appendixSheet));
    case 'figures':
      return table(
        'Headline figures',
        [
          { label: 'Figure', format: 'text' },
          { label: 'Value', format: 'text' },
        ],
        block.items.map((item) => [item.label, formatCell(item.value, item.format)]),
      );
    case 'note':
      return [
        new Paragraph({ children: [new TextRun({ text: block.text, italics: true, size: 18 })] }),
      ];
    case 'picture':
      return picture(block);
  }
}

function detailsTable(meta: ReportDocument['meta']) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: reportDetails(meta).map(
      ([label, value]) =>
        new TableRow({ cantSplit: true, children: [cell(label, { bold: true }), cell(value)] }),
    ),
  });
}

function cover(meta: ReportDocument['meta']): (Paragraph | Table)[] {
  const line = (text: string, size: number, bold = false) =>
    new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text, size, bold })] });
  return [
    line(meta.councilName, 20),
    line(meta.committee, 28, true),
    line(longDate(meta.meetingDate), 24),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      spacing: { before: 120, after: 240 },
      children: [new TextRun(meta.title)],
    }),
    detailsTable(meta),
  ];
}

function pageNumbers(): ParagraphChild[] {
  return [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })];
}

export async function docxReport(report: ReportDocument): Promise<Uint8Array> {
  const sheetsWithTables = tableSheets(report);
  const body = numberSections(report.sections).flatMap((section) => [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      keepNext: true,
      children: [new TextRun(numberedHeading(section))],
    }),
    ...section.blocks.flatMap((block) => blockParts(block, sheetsWithTables)),
  ]);
  const document = new Document({
    creator: report.meta.author || report.meta.councilName,
    title: report.meta.title,
    styles: {
      default: {
        document: { run: { font, size: 22 } },
        title: { run: { font, size: 36, bold: true, color: '0B0C0C' } },
        heading1: {
          run: { font, size: 26, bold: true, color: '0B0C0C' },
          paragraph: { spacing: { before: 280, after: 120 } },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: a4, margin } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: runningHeader(report.meta), size: 18, color: '505A5F' }),
                ],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: pageNumbers() })],
          }),
        },
        children: [...cover(report.meta), ...body],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
