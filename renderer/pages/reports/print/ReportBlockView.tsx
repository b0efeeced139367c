// One block of a report as it prints: numbered paragraph, list, table, chart, headline figures,
// provenance note or picture. A table or list may show a slice of its rows (a printed page's).

import { formatCell } from '../../../../shared/report-cells';
import type { TextRun } from '../../../../shared/report-document';
import type { NumberedBlock } from '../../../../shared/report-numbering';
import { ReportBarChart } from './ReportBarChart';
import { ReportTable } from './ReportTable';
import type { RowSlice } from './row-slice';

export function Runs({ runs }: { runs: TextRun[] }) {
  return runs.map((run, index) =>
    run.bold ? <strong key={index}>{run.text}</strong> : <span key={index}>{run.text}</span>,
  );
}

type List = Extract<NumberedBlock['block'], { kind: 'list' }>;

/** A list, or the items of a slice of it, an ordered one numbered on from where it left off. */
function ReportList({ list, slice }: { list: List; slice?: RowSlice }) {
  const from = slice?.from ?? 0;
  const items = list.items.slice(from, slice?.to ?? list.items.length);
  const Tag = list.ordered ? 'ol' : 'ul';
  return (
    <Tag className="report-list" start={list.ordered && from > 0 ? from + 1 : undefined}>
      {items.map((item, index) => (
        <li key={from + index}>
          <Runs runs={item} />
        </li>
      ))}
    </Tag>
  );
}

export function ReportBlockView({ block, number, slice }: NumberedBlock & { slice?: RowSlice }) {
  switch (block.kind) {
    case 'paragraph':
      return number === null ? (
        <p className="report-paragraph">
          <Runs runs={block.runs} />
        </p>
      ) : (
        <p className="report-paragraph report-numbered">
          <span className="report-paragraph-number">{number}</span>
          <span>
            <Runs runs={block.runs} />
          </span>
        </p>
      );
    case 'list':
      return <ReportList list={block} slice={slice} />;
    case 'table':
      return <ReportTable table={block} slice={slice} />;
    case 'bar-chart':
      return <ReportBarChart chart={block} />;
    case 'figures':
      return (
        <dl className="report-figures">
          {block.items.map((item, index) => (
            <div key={index}>
              <dt>{item.label}</dt>
              <dd>{formatCell(item.value, item.format)}</dd>
            </div>
          ))}
        </dl>
      );
    case 'note':
      return <p className="report-note">{block.text}</p>;
    case 'picture':
      return (
        <figure className="report-picture">
          <img src={`data:${block.mimeType};base64,${block.base64}`} alt={block.caption} />
          <figcaption className="report-caption">{block.caption}</figcaption>
        </figure>
      );
  }
}
