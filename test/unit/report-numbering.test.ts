import { describe, expect, it } from 'vitest';
import type { ReportBlock, ReportSection } from '../../shared/report-document';
import { numberSections, numberedHeading } from '../../shared/report-numbering';

const paragraph = (text: string, numbered = true): ReportBlock => ({
  kind: 'paragraph',
  numbered,
  runs: [{ text }],
});

const sections: ReportSection[] = [
  { heading: 'Useful information', numbered: false, blocks: [paragraph('Wards: all')] },
  { heading: 'Purpose', numbered: true, blocks: [paragraph('a'), paragraph('b')] },
  {
    heading: 'Main report',
    numbered: true,
    blocks: [
      paragraph('c'),
      { kind: 'note', text: 'Data taken at 14:05' },
      paragraph('lead-in', false),
      paragraph('d'),
    ],
  },
];

describe('numberSections', () => {
  it('numbers numbered sections from 1, skipping unnumbered ones', () => {
    expect(numberSections(sections).map((s) => s.number)).toEqual([null, '1', '2']);
  });

  it('numbers numbered paragraphs within their section and nothing else', () => {
    const [details, purpose, main] = numberSections(sections);
    expect(details?.blocks.map((b) => b.number)).toEqual([null]);
    expect(purpose?.blocks.map((b) => b.number)).toEqual(['1.1', '1.2']);
    expect(main?.blocks.map((b) => b.number)).toEqual(['2.1', null, null, '2.2']);
  });

  it('writes the heading with its number, or alone', () => {
    const [details, purpose] = numberSections(sections);
    expect(details && numberedHeading(details)).toBe('Useful information');
    expect(purpose && numberedHeading(purpose)).toBe('1. Purpose');
  });

  it('gives an empty report no sections', () => {
    expect(numberSections([])).toEqual([]);
  });
});
