import { describe, expect, it } from 'vitest';
import { nextReportVersion, templateFieldsSchema, templateKeys } from '../../shared/report';
import { assembleSection, periodCovered, withUniqueSheets } from '../../shared/report-assembly';
import type { ReportBlock, ReportDocument } from '../../shared/report-document';
import { builtinTemplates } from '../../electron/reports/builtin-templates';

const para = (text: string): ReportBlock => ({
  kind: 'paragraph',
  runs: [{ text }],
  numbered: true,
});
const note = (text: string): ReportBlock => ({ kind: 'note', text });
const table = (sheet: string): ReportBlock => ({
  kind: 'table',
  caption: '',
  columns: [],
  rows: [],
  appendixSheet: sheet,
});
const chart = (sheet: string): ReportBlock => ({
  kind: 'bar-chart',
  caption: '',
  categories: [],
  series: [],
  format: 'money',
  appendixSheet: sheet,
});

describe('assembleSection', () => {
  it('places each data block after the number of text blocks it names, in order', () => {
    const section = assembleSection(
      'Main report',
      true,
      [para('a'), para('b')],
      [
        { after: 1, blocks: [note('x')] },
        { after: 0, blocks: [note('start')] },
        { after: 1, blocks: [note('y')] },
      ],
    );
    expect(section).toEqual({
      heading: 'Main report',
      numbered: true,
      blocks: [note('start'), para('a'), note('x'), note('y'), para('b')],
    });
  });

  it('puts a block placed beyond the text at the end', () => {
    expect(
      assembleSection('S', false, [para('a')], [{ after: 9, blocks: [note('z')] }]).blocks,
    ).toEqual([para('a'), note('z')]);
  });
});

describe('periodCovered', () => {
  it('says the dates when given, else the financial year, else all years', () => {
    expect(
      periodCovered({ period: '2025/26', periodFrom: '2025-04-01', periodTo: '2025-09-30' }),
    ).toBe('1 April 2025 to 30 September 2025');
    expect(periodCovered({ period: '2025/26', periodFrom: null, periodTo: null })).toBe('2025/26');
    expect(periodCovered({ period: 'all', periodFrom: null, periodTo: null })).toBe('All years');
  });
});

describe('withUniqueSheets', () => {
  it('gives each table its own valid sheet, and a chart its table’s sheet', () => {
    const document: ReportDocument = {
      meta: {} as ReportDocument['meta'],
      sections: [
        {
          heading: 'A',
          numbered: true,
          blocks: [table('Committed by theme'), chart('Committed by theme')],
        },
        {
          heading: 'B',
          numbered: true,
          blocks: [
            table('Committed by theme'),
            table('Q1: a/b [draft]'),
            chart('Lonely'),
            table('x'.repeat(40)),
            table('x'.repeat(40)),
          ],
        },
      ],
    };
    const sheets = withUniqueSheets(document).sections.flatMap((s) =>
      s.blocks.map((b) => ('appendixSheet' in b ? b.appendixSheet : null)),
    );
    expect(sheets).toEqual([
      'Committed by theme',
      'Committed by theme',
      'Committed by theme 2',
      'Q1 a b draft',
      'Lonely',
      'x'.repeat(31),
      `${'x'.repeat(29)} 2`,
    ]);
  });
});

describe('nextReportVersion', () => {
  it('bumps the major number, and keeps wording it cannot read', () => {
    expect(nextReportVersion('1.0')).toBe('2.0');
    expect(nextReportVersion('2.3')).toBe('3.0');
    expect(nextReportVersion('3')).toBe('4');
    expect(nextReportVersion('Final draft')).toBe('Final draft');
    expect(nextReportVersion(null)).toBeNull();
  });
});

describe('the built-in templates', () => {
  const headings = (key: (typeof templateKeys)[number]) =>
    templateFieldsSchema.parse(builtinTemplates[key]).sections.map((s) => s.heading);

  it('are valid templates, each with its data blocks placed within its text', () => {
    for (const key of templateKeys) {
      const template = templateFieldsSchema.parse(builtinTemplates[key]);
      expect(template.sections.length, key).toBeGreaterThan(5);
    }
  });

  it('give the scrutiny update report the sections of a scrutiny update, with the progress table', () => {
    expect(headings('scrutiny-update')).toEqual([
      'Purpose of report',
      'Recommendations',
      'Main report',
      'Social value delivered',
      'Financial implications',
      'Legal implications',
      'Equalities implications',
      'Climate emergency implications',
      'Risk management implications',
      'Background papers',
    ]);
    const main = templateFieldsSchema.parse(builtinTemplates['scrutiny-update']).sections[2];
    expect(main?.blocks.map((b) => b.kind)).toEqual(['action-plan']);
  });

  it('give the cabinet report every section a cabinet report has', () => {
    const cabinet = headings('cabinet').join(' | ').toLowerCase();
    for (const part of [
      'executive summary',
      'recommendations',
      'reasons for the decisions',
      'alternative options',
      'details of report',
      'chief finance officer',
      'legal comments',
      'equalities',
      'best value',
      'greener environment',
      'risk management',
      'crime and disorder',
      'safeguarding',
      'linked reports, appendices and background documents',
      'officer contact',
    ]) {
      expect(cabinet).toContain(part);
    }
  });

  it('give the annual report a block of every kind', () => {
    const kinds = templateFieldsSchema
      .parse(builtinTemplates.annual)
      .sections.flatMap((s) => s.blocks.map((b) => b.kind));
    expect(new Set(kinds)).toEqual(
      new Set([
        'headline-figures',
        'exercises-contracts',
        'committed-delivered',
        'rag-summary',
        'supplier-shares',
        'top-contracts',
        'action-plan',
        'case-studies',
        'missing-returns',
      ]),
    );
  });
});
