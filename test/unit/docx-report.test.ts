// The Word writer, read back: real headings, tables with a repeating header row, literal
// paragraph numbers, the running header and page-number footer, and the exact figures.

import { describe, expect, it } from 'vitest';
import { docxReport } from '../../electron/reports/docx-report';
import {
  annualReport,
  awkwardSupplier,
  longTableRowCount,
  scrutinyUpdate,
} from '../fixtures/report-documents';
import { docxParts, wordText } from '../fixtures/read-outputs';

describe('docxReport', () => {
  it('writes sections as Heading 1 and the title with the Title style', async () => {
    const { document } = await docxParts(await docxReport(scrutinyUpdate));
    expect(document).toMatch(/<w:pStyle w:val="Title"\/>/);
    expect(document.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(4);
    const text = wordText(document);
    expect(text).toContain('1. Purpose of report');
    expect(text).toContain('3. Main report');
  });

  it('writes the details box under the title, each label beside its value, blanks left out', async () => {
    const meta = { ...scrutinyUpdate.meta, leadMember: '', keyDecision: true };
    const { document } = await docxParts(await docxReport({ ...scrutinyUpdate, meta }));
    const text = wordText(document);
    expect(text).toContain('Report ofDirector of FinanceReport authorNeil Bayliss');
    expect(text).toContain('Key decisionYes');
    expect(text).toContain('Period covered2025/26');
    expect(text).not.toContain('Lead member');
  });

  it('writes paragraph numbers as the literal 2.1 before a tab, and bold runs as bold', async () => {
    const { document } = await docxParts(await docxReport(scrutinyUpdate));
    expect(document).toContain('<w:t xml:space="preserve">2.1</w:t><w:tab/></w:r>');
    expect(document).toMatch(/<w:b\/>(<w:bCs\/>)?<\/w:rPr><w:t xml:space="preserve">note<\/w:t>/);
  });

  it('writes real tables whose header row repeats and whose rows do not split', async () => {
    const { document } = await docxParts(await docxReport(annualReport));
    // The details box, the headline figures, the 300-row table and the chart's figures.
    expect(document.match(/<w:tbl>/g)).toHaveLength(4);
    expect(document.match(/<w:tblHeader\/>/g)?.length).toBe(3);
    expect((document.match(/<w:cantSplit\/>/g) ?? []).length).toBeGreaterThan(longTableRowCount);
    const text = wordText(document);
    expect(text).toContain('C-0300');
    expect(text).toContain('£8,536,733');
    // The chart as the table of its figures.
    expect(text).toContain('Local jobs & skills£900,000£700,000');
  });

  it('keeps apostrophes, ampersands and non-ASCII names', async () => {
    const { document } = await docxParts(await docxReport(annualReport));
    expect(wordText(document)).toContain(awkwardSupplier);
    expect(document).toContain('Siân O’Brien &amp; Co — Ltd');
  });

  it('puts the committee and date in the header and Page N of M in the footer, on A4', async () => {
    const { document, headers, footers } = await docxParts(await docxReport(scrutinyUpdate));
    expect(wordText(headers)).toBe(
      'Economic Development, Transport & Tourism Scrutiny Commission · 23 October 2025',
    );
    expect(footers).toContain('PAGE');
    expect(footers).toContain('NUMPAGES');
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it('puts a picture in as an image', async () => {
    const { document } = await docxParts(await docxReport(annualReport));
    expect(document).toContain('<pic:pic');
    expect(wordText(document)).toContain(`Apprentices at ${awkwardSupplier}`);
  });
});

describe('docxReport and charts whose figures are in a table', () => {
  it('points to the table above instead of repeating the figures', async () => {
    const [table, chart] = [
      scrutinyUpdate.sections[2]?.blocks[1],
      scrutinyUpdate.sections[2]?.blocks[2],
    ];
    if (table?.kind !== 'table' || chart?.kind !== 'bar-chart') throw new Error('fixture changed');
    const report = {
      ...scrutinyUpdate,
      sections: [
        {
          heading: 'Data',
          numbered: true,
          blocks: [
            { ...table, appendixSheet: 'Themes' },
            { ...chart, appendixSheet: 'Themes' },
          ],
        },
      ],
    };
    const { document } = await docxParts(await docxReport(report));
    expect(document.match(/<w:tbl>/g)).toHaveLength(2);
    expect(wordText(document)).toContain(
      'Committed against delivered by theme: a bar chart in the PDF; its figures are in the table above.',
    );
  });
});
