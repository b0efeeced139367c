import { describe, expect, it } from 'vitest';
import { blockOutline, parseReportText, parseRuns } from '../../shared/report-text';

describe('parseRuns', () => {
  it('makes **bold** parts bold and leaves the rest as typed', () => {
    expect(parseRuns('That the **Committee** notes the report.')).toEqual([
      { text: 'That the ' },
      { text: 'Committee', bold: true },
      { text: ' notes the report.' },
    ]);
  });

  it('keeps an unclosed ** as typed', () => {
    expect(parseRuns('2 ** 3 is eight')).toEqual([{ text: '2 ** 3 is eight' }]);
  });
});

describe('parseReportText', () => {
  it('makes a blank line separate paragraphs and joins the lines of one', () => {
    expect(parseReportText('First line\nsame paragraph.\n\n\nSecond.')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'First line same paragraph.' }], numbered: true },
      { kind: 'paragraph', runs: [{ text: 'Second.' }], numbered: true },
    ]);
  });

  it('numbers paragraphs only in a numbered section', () => {
    expect(parseReportText('Text.', { numbered: false })).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Text.' }], numbered: false },
    ]);
  });

  it('makes lines starting "1. " a numbered list and "- " a bullet list', () => {
    const blocks = parseReportText(
      'The Committee is asked to:\n1. Note the report.\n2. Agree the **plan**.\n\n- One\n- Two',
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: 'The Committee is asked to:' }], numbered: true },
      {
        kind: 'list',
        ordered: true,
        items: [
          [{ text: 'Note the report.' }],
          [{ text: 'Agree the ' }, { text: 'plan', bold: true }, { text: '.' }],
        ],
      },
      { kind: 'list', ordered: false, items: [[{ text: 'One' }], [{ text: 'Two' }]] },
    ]);
  });

  it('makes pipe lines a table: the first row its header, a rule skipped, short rows padded', () => {
    const [table, second] = parseReportText(
      '| Task | Dates | Progress update |\n|---|---|---|\n| Engage | June/July | Complete. |\n| Train | October |\n\n| A |\n| 1 |',
    );
    expect(table).toEqual({
      kind: 'table',
      caption: '',
      columns: [
        { label: 'Task', format: 'text' },
        { label: 'Dates', format: 'text' },
        { label: 'Progress update', format: 'text' },
      ],
      rows: [
        ['Engage', 'June/July', 'Complete.'],
        ['Train', 'October', ''],
      ],
      appendixSheet: 'Table 1',
    });
    expect(second).toMatchObject({ kind: 'table', appendixSheet: 'Table 2', rows: [['1']] });
  });

  it('passes apostrophes, ampersands and other languages through untouched, with Windows line ends', () => {
    const text = 'O’Neill & Sons’ café – Ysgol Gymraeg “Bro Dinefwr”\r\n\r\nŁódź <b>';
    expect(
      parseReportText(text).map((b) => (b.kind === 'paragraph' ? b.runs[0]?.text : '')),
    ).toEqual(['O’Neill & Sons’ café – Ysgol Gymraeg “Bro Dinefwr”', 'Łódź <b>']);
  });

  it('gives nothing for an empty body', () => {
    expect(parseReportText('  \n\n ')).toEqual([]);
  });
});

describe('blockOutline', () => {
  it('describes each block in a line, for choosing where a data block goes', () => {
    expect(blockOutline(parseReportText('Intro **bold**.\n\n1. a\n2. b\n\n| X | Y |'))).toEqual([
      'Intro bold.',
      'Numbered list of 2',
      'Table: X | Y',
    ]);
  });
});
