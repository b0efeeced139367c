// A report section's body text, as an officer types it, into document blocks:
// - a blank line separates paragraphs (lines in between join with a space);
// - lines starting "1. ", "2. "... make a numbered list, lines starting "- " a bullet list;
// - **bold** marks bold text;
// - lines starting and ending with "|" make a table: the first row is the header, and a row of
//   dashes under it ("|---|---|") is allowed and skipped.
// Everything else passes through untouched (apostrophes, ampersands, any language).

import type { ReportBlock, TableColumn, TextRun } from './report-document';

export const reportTextHelp = [
  'Leave a blank line between paragraphs.',
  'Start lines with "1. " for a numbered list, or "- " for a bullet list.',
  'Put **two stars** around words to make them bold.',
  'Write a table as lines like | Task | Dates | Progress |; the first line is the header.',
];

/** Text with **bold** parts as runs; an unclosed ** is kept as typed. */
export function parseRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  const parts = text.split('**');
  const closed = parts.length % 2 === 1;
  parts.forEach((part, index) => {
    const bold = closed && index % 2 === 1;
    const value = !closed && index > 0 ? `**${part}` : part;
    if (value === '') return;
    const last = runs.at(-1);
    if (last && Boolean(last.bold) === bold) last.text += value;
    else runs.push(bold ? { text: value, bold: true } : { text: value });
  });
  return runs;
}

type LineKind = 'blank' | 'ordered' | 'bullet' | 'table' | 'text';

const orderedItem = /^\d+[.)]\s+/;
const bulletItem = /^[-*]\s+/;

function kindOf(line: string): LineKind {
  const trimmed = line.trim();
  if (trimmed === '') return 'blank';
  if (orderedItem.test(trimmed)) return 'ordered';
  if (bulletItem.test(trimmed)) return 'bullet';
  if (trimmed.startsWith('|') && trimmed.endsWith('|') && trimmed.length > 1) return 'table';
  return 'text';
}

function cellsOf(line: string): string[] {
  return line
    .trim()
    .slice(1, -1)
    .split('|')
    .map((cell) => cell.trim());
}

const isRule = (cells: string[]) => cells.every((cell) => /^:?-{2,}:?$/.test(cell));

function tableOf(lines: string[], index: number): ReportBlock {
  const [header = [], ...rest] = lines.map(cellsOf);
  const body = rest.filter((cells, i) => !(i === 0 && isRule(cells)));
  const width = Math.max(header.length, ...body.map((cells) => cells.length));
  const columns: TableColumn[] = Array.from({ length: width }, (_, i) => ({
    label: header[i] ?? '',
    format: 'text',
  }));
  return {
    kind: 'table',
    caption: '',
    columns,
    rows: body.map((cells) => columns.map((_, i) => cells[i] ?? '')),
    appendixSheet: `Table ${index}`,
  };
}

/**
 * The blocks of a body text. Paragraphs are numbered when `numbered` (a numbered section's
 * paragraphs carry 2.1, 2.2...). Tables are named "Table 1", "Table 2"... for the appendix.
 */
export function parseReportText(body: string, { numbered = true } = {}): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  let tables = 0;
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length) {
    const kind = kindOf(lines[i] ?? '');
    const group: string[] = [];
    if (kind === 'blank') {
      i += 1;
      continue;
    }
    // A paragraph runs until a blank line or a line of another kind; lists and tables until a
    // line that is not theirs.
    while (i < lines.length && kindOf(lines[i] ?? '') === kind) {
      group.push((lines[i] ?? '').trim());
      i += 1;
    }
    if (kind === 'text') {
      blocks.push({ kind: 'paragraph', runs: parseRuns(group.join(' ')), numbered });
    } else if (kind === 'table') {
      tables += 1;
      blocks.push(tableOf(group, tables));
    } else {
      const marker = kind === 'ordered' ? orderedItem : bulletItem;
      blocks.push({
        kind: 'list',
        ordered: kind === 'ordered',
        items: group.map((line) => parseRuns(line.replace(marker, ''))),
      });
    }
  }
  return blocks;
}

/** A short, one-line description of each block of a body, for choosing where a block goes. */
export function blockOutline(blocks: readonly ReportBlock[]): string[] {
  return blocks.map((block) => {
    switch (block.kind) {
      case 'paragraph':
        return block.runs.map((run) => run.text).join('');
      case 'list':
        return `${block.ordered ? 'Numbered' : 'Bullet'} list of ${block.items.length}`;
      case 'table':
        return `Table: ${block.columns.map((c) => c.label).join(' | ')}`;
      default:
        return block.kind;
    }
  });
}
