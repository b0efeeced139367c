// One printed A4 page: the running header (committee and meeting date), the page's share of the
// report in the printable area, and "Page N of M" at the foot. Print and the PDF print these
// sheets one to a page, so what the preview shows is what they produce. A sheet holding something
// taller than a page says so on screen (not in print), since its end is cut off.

import type { Sheet } from './paginate';
import { FlowEntryView } from './report-flow';

interface Props {
  sheet: Sheet;
  number: number;
  total: number;
}

export function PrintedSheet({ sheet, number, total }: Props) {
  return (
    <>
      {sheet.overflows && (
        <p className="report-sheet-overflow" role="note">
          {`Page ${number} holds more than fits on an A4 page, and its end is cut off in print. ` +
            'Split the long paragraph or list on it into shorter ones.'}
        </p>
      )}
      <div className="report-sheet" data-page={number}>
        <p className="report-page-header">{sheet.header}</p>
        <div className="report-page-body">
          {sheet.pieces.map((piece, index) => (
            <div key={index} className="report-flow-item">
              <FlowEntryView entry={piece.entry} slice={piece.slice} />
            </div>
          ))}
        </div>
        <p className="report-page-footer">{`Page ${number} of ${total}`}</p>
      </div>
    </>
  );
}
