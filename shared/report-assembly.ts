// Putting a report document together: a section's text blocks with its data blocks placed among
// them, the period covered as the cover shows it, and appendix sheet names that are unique and
// valid in Excel.

import { longDate } from './calendar-date';
import type { ReportBlock, ReportDocument, ReportSection } from './report-document';

export interface PlacedBlocks {
  /** How many of the section's text blocks come before it. */
  after: number;
  blocks: ReportBlock[];
}

export type Placed<T, D> = { text: T } | { placed: D };

/**
 * The text blocks with each placed item after the number of text blocks it names (in the order
 * given); one placed beyond the text goes at the end.
 */
export function interleave<T, D extends { after: number }>(
  text: readonly T[],
  placed: readonly D[],
): Placed<T, D>[] {
  const out: Placed<T, D>[] = [];
  for (let i = 0; i <= text.length; i += 1) {
    for (const p of placed) if (Math.min(p.after, text.length) === i) out.push({ placed: p });
    const next = text[i];
    if (next !== undefined) out.push({ text: next });
  }
  return out;
}

/** A document section: its text blocks with its data blocks placed among them. */
export function assembleSection(
  heading: string,
  numbered: boolean,
  text: readonly ReportBlock[],
  placed: readonly PlacedBlocks[],
): ReportSection {
  const blocks = interleave(text, placed).flatMap((item) =>
    'text' in item ? [item.text] : item.placed.blocks,
  );
  return { heading, numbered, blocks };
}

/** "2025/26", "All years", or "1 April 2025 to 30 September 2025" when dates are given. */
export function periodCovered(fields: {
  period: string;
  periodFrom: string | null;
  periodTo: string | null;
}): string {
  if (fields.periodFrom && fields.periodTo) {
    return `${longDate(fields.periodFrom)} to ${longDate(fields.periodTo)}`;
  }
  if (fields.periodFrom) return `From ${longDate(fields.periodFrom)}`;
  if (fields.periodTo) return `To ${longDate(fields.periodTo)}`;
  return fields.period.toLowerCase() === 'all' ? 'All years' : fields.period;
}

const maxSheetName = 31;

/** A name Excel accepts for a sheet: no []:*?/\ and at most 31 characters. */
function sheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\\s]+/g, ' ').trim() || 'Table';
  return cleaned.slice(0, maxSheetName);
}

/**
 * Gives every table and chart of the document an appendix sheet of its own, except that a chart
 * shares the sheet of the table just before it that holds the same name ("Committed by theme").
 */
export function withUniqueSheets(document: ReportDocument): ReportDocument {
  const used = new Set<string>();
  let lastTable: { given: string; sheet: string } | null = null;
  const unique = (given: string) => {
    const base = sheetName(given);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n += 1) {
      const suffix = ` ${n}`;
      name = `${base.slice(0, maxSheetName - suffix.length)}${suffix}`;
    }
    used.add(name.toLowerCase());
    return name;
  };
  const sections = document.sections.map((section) => ({
    ...section,
    blocks: section.blocks.map((block): ReportBlock => {
      if (block.kind === 'table') {
        const sheet = unique(block.appendixSheet);
        lastTable = { given: block.appendixSheet, sheet };
        return { ...block, appendixSheet: sheet };
      }
      if (block.kind === 'bar-chart') {
        const shared: { given: string; sheet: string } | null = lastTable;
        const sheet =
          shared && shared.given === block.appendixSheet
            ? shared.sheet
            : unique(block.appendixSheet);
        return { ...block, appendixSheet: sheet };
      }
      return block;
    }),
  }));
  return { ...document, sections };
}
