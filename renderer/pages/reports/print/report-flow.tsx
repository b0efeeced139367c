// A pack as the things that flow onto printed pages, part by part: an optional contents page,
// then each report (its cover, then each section's heading and blocks). Each part starts on a new
// page under its own running header. Tables and lists with rows can run on over pages.

import { longDate } from '../../../../shared/calendar-date';
import { runningHeader } from '../../../../shared/report-cells';
import type { ReportBlock, ReportMeta, ReportPack } from '../../../../shared/report-document';
import {
  numberSections,
  numberedHeading,
  type NumberedBlock,
} from '../../../../shared/report-numbering';
import { ReportBlockView } from './ReportBlockView';
import { ReportCover } from './ReportCover';
import type { RowSlice } from './row-slice';

export type FlowEntry =
  | { kind: 'cover'; meta: ReportMeta }
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'block'; numbered: NumberedBlock };

export interface FlowPart {
  /** The running header at the top of the part's pages. */
  header: string;
  entries: FlowEntry[];
}

/** The number of rows a table or list can run on over pages by; null for a block kept whole. */
export function rowCount(entry: FlowEntry): number | null {
  if (entry.kind !== 'block') return null;
  const { block } = entry.numbered;
  if (block.kind === 'table') return block.rows.length;
  if (block.kind === 'list') return block.items.length;
  return null;
}

/** What a lead-in paragraph ("…is set out below.") introduces, and so stays with. */
const introduced = new Set<ReportBlock['kind']>(['table', 'bar-chart', 'figures', 'list']);

/**
 * Whether an entry goes to the next page with what follows rather than end a page: a heading or
 * title, and a paragraph that leads into a table, chart, figures or list.
 */
export function keepsWithNext(entries: readonly FlowEntry[], index: number): boolean {
  const entry = entries[index];
  const next = entries[index + 1];
  if (entry?.kind === 'heading' || entry?.kind === 'title') return true;
  return (
    entry?.kind === 'block' &&
    entry.numbered.block.kind === 'paragraph' &&
    next?.kind === 'block' &&
    introduced.has(next.numbered.block.kind)
  );
}

/** The contents table: each report with the page it starts on (blank until pages are known). */
function contentsTable(pack: ReportPack, starts: readonly number[] | null): ReportBlock {
  return {
    kind: 'table',
    caption: 'Contents',
    columns: [
      { label: 'Report', format: 'text' },
      { label: 'Committee and date', format: 'text' },
      { label: 'Page', format: 'count' },
    ],
    rows: pack.documents.map((document, index) => [
      document.meta.title,
      `${document.meta.committee}, ${longDate(document.meta.meetingDate)}`,
      starts?.[index] ?? null,
    ]),
    appendixSheet: '',
  };
}

/**
 * The parts of a pack. With `contents`, the first part is the contents page, whose page numbers
 * are `starts` (null while the pages are still being measured).
 */
export function flowParts(
  pack: ReportPack,
  contents: boolean,
  starts: readonly number[] | null = null,
): FlowPart[] {
  const reports = pack.documents.map((document): FlowPart => ({
    header: runningHeader(document.meta),
    entries: [
      { kind: 'cover', meta: document.meta },
      ...numberSections(document.sections).flatMap((section): FlowEntry[] => [
        { kind: 'heading', text: numberedHeading(section) },
        ...section.blocks.map((numbered): FlowEntry => ({ kind: 'block', numbered })),
      ]),
    ],
  }));
  if (!contents) return reports;
  const contentsPage: FlowPart = {
    header: pack.title,
    entries: [
      { kind: 'title', text: pack.title },
      { kind: 'block', numbered: { block: contentsTable(pack, starts), number: null } },
    ],
  };
  return [contentsPage, ...reports];
}

export function FlowEntryView({ entry, slice }: { entry: FlowEntry; slice?: RowSlice }) {
  switch (entry.kind) {
    case 'cover':
      return <ReportCover meta={entry.meta} />;
    case 'title':
      return <h1 className="report-title">{entry.text}</h1>;
    case 'heading':
      return <h2 className="report-heading">{entry.text}</h2>;
    case 'block':
      return <ReportBlockView {...entry.numbered} slice={slice} />;
  }
}
