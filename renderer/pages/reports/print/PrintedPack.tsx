// Reports as printed, on numbered A4 sheets: an optional contents page, then each report from a
// new page. The pack is first rendered unseen at the printed width and measured (measure-flow.ts:
// once its fonts and pictures are loaded, the tables' column widths, then every height with the
// tables fixed at those widths), then laid out on the sheets; a changed pack is measured again.
// onPaged says how many sheets there are once they are on the page (the print route's sign that
// it is ready).

import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReportPack } from '../../../../shared/report-document';
import { measurePart, measureWidths, type ColumnWidths } from './measure-flow';
import { paginate, type Sheet } from './paginate';
import { PrintedSheet } from './PrintedSheet';
import { flowParts, FlowEntryView, rowCount, type FlowPart } from './report-flow';

interface Props {
  pack: ReportPack;
  contents: boolean;
  onPaged?: (sheets: number) => void;
}

interface Paging {
  parts: FlowPart[];
  /** Each part's column widths, once measured. */
  widths: ColumnWidths[] | null;
  sheets: Sheet[] | null;
}

interface FlowProps {
  parts: FlowPart[];
  widths: ColumnWidths[] | null;
  bodies: (HTMLElement | null)[];
}

/** Every part at the printed width, out of sight and out of the accessibility tree. */
function MeasuredFlow({ parts, widths, bodies }: FlowProps) {
  return (
    <div className="report-measure" aria-hidden="true">
      {parts.map((part, partIndex) => (
        <div
          key={partIndex}
          className="report-page-body"
          ref={(element) => {
            bodies[partIndex] = element;
          }}
        >
          {part.entries.map((entry, index) => {
            const fixed = widths?.[partIndex]?.[index];
            const slice = fixed && { from: 0, to: rowCount(entry) ?? 0, widths: fixed };
            return (
              <div key={index} className="report-flow-item">
                <FlowEntryView entry={entry} slice={slice} />
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}

/** The fonts loaded and the pictures decoded, so that what is measured is what prints. */
function loaded(bodies: readonly (HTMLElement | null)[]): Promise<unknown> {
  const pictures = bodies.flatMap((body) => [...(body?.querySelectorAll('img') ?? [])]);
  return Promise.all([
    document.fonts.ready,
    ...pictures.map((picture) => picture.decode().catch(() => undefined)),
  ]);
}

export function PrintedPack({ pack, contents, onPaged }: Props) {
  const parts = useMemo(() => flowParts(pack, contents), [pack, contents]);
  const bodies = useRef<(HTMLElement | null)[]>([]);
  const [paging, setPaging] = useState<Paging | null>(null);
  const widths = paging?.parts === parts ? paging.widths : null;
  const sheets = paging?.parts === parts ? paging.sheets : null;

  useEffect(() => {
    if (sheets) return;
    let current = true;
    const body = (index: number) => {
      const element = bodies.current[index];
      if (!element) throw new Error('The report was not on the page to measure.');
      return element;
    };
    void loaded(bodies.current).then(() => {
      if (!current) return;
      if (!widths) {
        const measured = parts.map((part, index) => measureWidths(body(index), part.entries));
        setPaging({ parts, widths: measured, sheets: null });
        return;
      }
      const measured = parts.map((part, index) =>
        measurePart(body(index), part.entries, widths[index] ?? []),
      );
      setPaging({ parts, widths, sheets: paginate(pack, contents, measured) });
    });
    return () => {
      current = false;
    };
  }, [pack, contents, parts, widths, sheets]);

  useEffect(() => {
    if (sheets) onPaged?.(sheets.length);
  }, [sheets, onPaged]);

  if (!sheets) return <MeasuredFlow parts={parts} widths={widths} bodies={bodies.current} />;
  return sheets.map((sheet, index) => (
    <PrintedSheet key={index} sheet={sheet} number={index + 1} total={sheets.length} />
  ));
}
