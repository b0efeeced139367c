// One section of a report in the editor: its number and heading, its text as it will print with
// its data blocks in place, and the controls to edit, move, remove it or add a data block, and
// to move its blocks one place up or down among its text.

import { dataBlockLabels, type Report } from '../../../shared/report';
import { interleave } from '../../../shared/report-assembly';
import { blockStep } from '../../../shared/report-block-moves';
import { parseReportText } from '../../../shared/report-text';
import { call } from '../../api-client';
import { BlockForm } from './BlockForm';
import { ChangeProblem } from './ChangeProblem';
import { ConfirmRemove } from './ConfirmRemove';
import { DataBlockCard } from './DataBlockCard';
import { MoveButtons, type LastChange, type MoveDirection } from './MoveButtons';
import { ReportBlockView } from './print/ReportBlockView';
import { SectionEditor } from './SectionEditor';
import { useReportChange } from './use-report-change';
import { useUndoRemove } from './use-undo-remove';

export type SectionOpen = 'edit' | 'add-block' | { block: string } | null;

type Section = Report['sections'][number];

interface Props {
  section: Section;
  sections: readonly Section[];
  /** "3", or null for an unnumbered section. */
  number: string | null;
  index: number;
  count: number;
  open: SectionOpen;
  onOpen(open: SectionOpen): void;
  onChanged(report: Report): void;
  /** The last move or change in the editor, for focus; and where to report one. */
  last: LastChange | null;
  onLast(last: LastChange): void;
}

export function ReportSectionCard({
  section,
  sections,
  number,
  index,
  count,
  open,
  onOpen,
  onChanged,
  last,
  onLast,
}: Props) {
  const change = useReportChange(onChanged);
  const offerUndo = useUndoRemove(onChanged);
  const done = (report: Report) => {
    onOpen(null);
    onChanged(report);
  };
  const lastOf = (id: string) => (last?.id === id ? last : null);
  async function move(direction: MoveDirection) {
    const to = direction === 'up' ? index - 1 : index + 1;
    if (await change.run(() => call('reportSections.move', { id: section.id, to }))) {
      const said = `Section ${section.heading} moved ${direction}, now ${to + 1} of ${count}.`;
      onLast({ id: section.id, focus: direction, said });
    }
  }
  const text = parseReportText(section.body, { numbered: section.numbered });
  async function moveBlock(block: Section['blocks'][number], direction: MoveDirection) {
    const place = blockStep(text.length, section.blocks, block.id, direction);
    if (!place) return;
    const moving = { id: block.id, version: block.version, sectionId: section.id, ...place };
    if (await change.run(() => call('reportBlocks.move', moving))) {
      const said = `${dataBlockLabels[block.kind]} moved ${direction} in ${section.heading}.`;
      onLast({ id: block.id, focus: direction, said });
    }
  }
  const headingId = `section-${section.id}`;
  let paragraphs = 0;
  const items = interleave(text, section.blocks);
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
          <MoveButtons
            label={section.heading}
            canUp={index > 0}
            canDown={index < count - 1}
            busy={change.busy}
            last={lastOf(section.id)}
            onMove={move}
          />
          <ConfirmRemove
            what={`the section ${section.heading}`}
            busy={change.busy}
            onConfirm={async () => {
              if (
                await change.run(() =>
                  call('reportSections.delete', { id: section.id, version: section.version }),
                )
              ) {
                offerUndo(`Section ${section.heading}`, () =>
                  call('reportSections.restore', { id: section.id }),
                );
              }
            }}
          />
        </div>
      </div>
      <ChangeProblem problem={change.problem} />
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
        <BlockForm section={section} onDone={done} onCancel={() => onOpen(null)} />
      )}
      <div className="report-section-text">
        {items.length === 0 && <p className="meta">This section has no text yet.</p>}
        {items.map((item, position) => {
          if ('placed' in item) {
            const block = item.placed;
            return (
              <DataBlockCard
                key={block.id}
                block={block}
                section={section}
                sections={sections}
                editing={typeof open === 'object' && open?.block === block.id}
                onEdit={(editing) => onOpen(editing ? { block: block.id } : null)}
                canMove={{
                  up: blockStep(text.length, section.blocks, block.id, 'up') !== null,
                  down: blockStep(text.length, section.blocks, block.id, 'down') !== null,
                }}
                last={lastOf(block.id)}
                onMove={(direction) => moveBlock(block, direction)}
                onSaved={(report) => {
                  onChanged(report);
                  const said = `${dataBlockLabels[block.kind]} saved; its data was taken again.`;
                  onLast({ id: block.id, focus: 'change', said });
                }}
                moving={change.busy}
                onChanged={onChanged}
              />
            );
          }
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
