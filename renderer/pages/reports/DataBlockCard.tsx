// A data block in the editor: what it shows, when its data was taken, and its controls: change
// its options (which takes its data again), move it up or down, refresh its data, remove it.

import { useEffect, useRef } from 'react';
import { dataBlockLabels, type DataBlock, type Report } from '../../../shared/report';
import { call } from '../../api-client';
import { BlockForm } from './BlockForm';
import { ChangeProblem } from './ChangeProblem';
import { ConfirmRemove } from './ConfirmRemove';
import { MoveButtons, type LastChange, type MoveDirection } from './MoveButtons';
import { ReportBlockView } from './print/ReportBlockView';
import { useReportChange } from './use-report-change';
import { useUndoRemove } from './use-undo-remove';

type Section = Report['sections'][number];

interface Props {
  block: DataBlock;
  section: Section;
  sections: readonly Section[];
  editing: boolean;
  onEdit(editing: boolean): void;
  canMove: Record<MoveDirection, boolean>;
  /** The last move or change, when it was to this block: focus goes back to its button. */
  last: LastChange | null;
  onMove(direction: MoveDirection): void;
  /** After its options were saved and its data taken again. */
  onSaved(report: Report): void;
  moving: boolean;
  onChanged(report: Report): void;
}

export function DataBlockCard({
  block,
  section,
  sections,
  editing,
  onEdit,
  canMove,
  last,
  onMove,
  onSaved,
  moving,
  onChanged,
}: Props) {
  const change = useReportChange(onChanged);
  const offerUndo = useUndoRemove(onChanged);
  const label = dataBlockLabels[block.kind];
  const changeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (last?.focus === 'change') changeButton.current?.focus();
  }, [last]);
  const busy = change.busy || moving;
  return (
    <section className="report-data-block" aria-label={`Data block: ${label}`}>
      <div className="report-data-block-bar">
        <h3 className="report-data-block-title">{label}</h3>
        <div className="button-row">
          <button
            type="button"
            ref={changeButton}
            className="button-small button-secondary"
            aria-expanded={editing}
            onClick={() => onEdit(!editing)}
          >
            Change<span className="visually-hidden"> options of {label}</span>
          </button>
          <MoveButtons
            label={label}
            canUp={canMove.up}
            canDown={canMove.down}
            busy={busy}
            last={last}
            onMove={onMove}
          />
          <button
            type="button"
            className="button-small button-secondary"
            disabled={busy}
            onClick={() => change.run(() => call('reportBlocks.refresh', { id: block.id }))}
          >
            {change.busy ? 'Refreshing…' : 'Refresh data'}
            <span className="visually-hidden"> of {label}</span>
          </button>
          <ConfirmRemove
            what={`the data block ${label}`}
            busy={busy}
            onConfirm={async () => {
              if (
                await change.run(() =>
                  call('reportBlocks.delete', { id: block.id, version: block.version }),
                )
              ) {
                offerUndo(`Data block ${label}`, () =>
                  call('reportBlocks.restore', { id: block.id }),
                );
              }
            }}
          />
        </div>
      </div>
      <ChangeProblem problem={change.problem} />
      {editing && (
        <BlockForm
          section={section}
          block={block}
          sections={sections}
          onDone={(report) => {
            onEdit(false);
            onSaved(report);
          }}
          onCancel={() => {
            onEdit(false);
            changeButton.current?.focus();
          }}
        />
      )}
      <div className="report-data-block-body">
        {block.shows.map((shown, index) => (
          <ReportBlockView key={index} block={shown} number={null} />
        ))}
      </div>
    </section>
  );
}
