// One section of a report in the editor: its number and heading, its text as it will print with
// its data blocks in place, and the controls to edit, move, remove it or add a data block.

import type { Report } from '../../../shared/report';
import { interleave } from '../../../shared/report-assembly';
import { parseReportText } from '../../../shared/report-text';
import { call } from '../../api-client';
import { AddBlockForm } from './AddBlockForm';
import { ConfirmRemove } from './ConfirmRemove';
import { DataBlockCard } from './DataBlockCard';
import { ReportBlockView } from './print/ReportBlockView';
import { SectionEditor } from './SectionEditor';
import { useReportChange } from './use-report-change';

export type SectionOpen = 'edit' | 'add-block' | null;

interface Props {
  section: Report['sections'][number];
  /** "3", or null for an unnumbered section. */
  number: string | null;
  index: number;
  count: number;
  open: SectionOpen;
  onOpen(open: SectionOpen): void;
  onChanged(report: Report): void;
}

export function ReportSectionCard({
  section,
  number,
  index,
  count,
  open,
  onOpen,
  onChanged,
}: Props) {
  const change = useReportChange(onChanged);
  const done = (report: Report) => {
    onOpen(null);
    onChanged(report);
  };
  const move = (to: number) =>
    change.run(() => call('reportSections.move', { id: section.id, to }));
  const headingId = `section-${section.id}`;
  let paragraphs = 0;
  const items = interleave(
    parseReportText(section.body, { numbered: section.numbered }),
    section.blocks,
  );
  return (
    <section className="report-section-card" aria-labelledby={headingId}>
      <div className="report-section-bar">
        <h2 id={headingId}>
          {number && <span className="report-section-number">{number}.</span>} {section.heading}
        </h2>
        <div className="button-row">
          <button
            type="button"
            className="button-small button-secondary"
            onClick={() => onOpen(open === 'edit' ? null : 'edit')}
          >
            Edit<span className="visually-hidden"> section {section.heading}</span>
          </button>
          <button
            type="button"
            className="button-small button-secondary"
            onClick={() => onOpen(open === 'add-block' ? null : 'add-block')}
          >
            Add a data block<span className="visually-hidden"> to {section.heading}</span>
          </button>
          <button
            type="button"
            className="button-small button-secondary"
            disabled={index === 0 || change.busy}
            onClick={() => move(index - 1)}
          >
            Move up<span className="visually-hidden"> {section.heading}</span>
          </button>
          <button
            type="button"
            className="button-small button-secondary"
            disabled={index === count - 1 || change.busy}
            onClick={() => move(index + 1)}
          >
            Move down<span className="visually-hidden"> {section.heading}</span>
          </button>
          <ConfirmRemove
            what={`the section ${section.heading}`}
            busy={change.busy}
            onConfirm={() =>
              change.run(() =>
                call('reportSections.delete', { id: section.id, version: section.version }),
              )
            }
          />
        </div>
      </div>
      {change.problem && (
        <p className="error-message" role="alert">
          {change.problem}
        </p>
      )}
      {open === 'edit' && (
        <SectionEditor
          legend={`Edit section ${section.heading}`}
          initial={{ heading: section.heading, body: section.body, numbered: section.numbered }}
          submitLabel="Save section"
          save={(fields) =>
            call('reportSections.update', { id: section.id, version: section.version, fields })
          }
          onSaved={done}
          onCancel={() => onOpen(null)}
        />
      )}
      {open === 'add-block' && (
        <AddBlockForm section={section} onAdded={done} onCancel={() => onOpen(null)} />
      )}
      <div className="report-section-text">
        {items.length === 0 && <p className="meta">This section has no text yet.</p>}
        {items.map((item, position) => {
          if ('placed' in item)
            return <DataBlockCard key={item.placed.id} block={item.placed} onChanged={onChanged} />;
          const block = item.text;
          const numbered = number !== null && block.kind === 'paragraph' && block.numbered;
          return (
            <ReportBlockView
              key={position}
              block={block}
              number={numbered ? `${number}.${(paragraphs += 1)}` : null}
            />
          );
        })}
      </div>
    </section>
  );
}
