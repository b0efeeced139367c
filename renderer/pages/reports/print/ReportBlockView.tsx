// One block of a report as it prints: numbered paragraph, list, table, chart, headline figures,
// provenance note or picture.

import { formatCell } from '../../../../shared/report-cells';
import type { TextRun } from '../../../../shared/report-document';
import type { NumberedBlock } from '../../../../shared/report-numbering';
import { ReportBarChart } from './ReportBarChart';
import { ReportTable } from './ReportTable';

export function Runs({ runs }: { runs: TextRun[] }) {
  return runs.map((run, index) =>
    run.bold ? <strong key={index}>{run.text}</strong> : <span key={index}>{run.text}</span>,
  );
}

export function ReportBlockView({ block, number }: NumberedBlock) {
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
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List className="report-list">
          {block.items.map((item, index) => (
            <li key={index}>
              <Runs runs={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'table':
      return <ReportTable table={block} />;
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
