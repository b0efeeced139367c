// A data block in the editor: what it shows, when its data was taken, and Refresh data.

import { dataBlockLabels, type DataBlock, type Report } from '../../../shared/report';
import { call } from '../../api-client';
import { ReportBlockView } from './print/ReportBlockView';
import { ConfirmRemove } from './ConfirmRemove';
import { useReportChange } from './use-report-change';

export function DataBlockCard({
  block,
  onChanged,
}: {
  block: DataBlock;
  onChanged(report: Report): void;
}) {
  const change = useReportChange(onChanged);
  const label = dataBlockLabels[block.kind];
  return (
    <section className="report-data-block" aria-label={`Data block: ${label}`}>
      <div className="report-data-block-bar">
        <h3 className="report-data-block-title">{label}</h3>
        <div className="button-row">
          <button
            type="button"
            className="button-small button-secondary"
            disabled={change.busy}
            onClick={() => change.run(() => call('reportBlocks.refresh', { id: block.id }))}
          >
            {change.busy ? 'Refreshing…' : 'Refresh data'}
            <span className="visually-hidden"> of {label}</span>
          </button>
          <ConfirmRemove
            what={`the data block ${label}`}
            busy={change.busy}
            onConfirm={() =>
              change.run(() =>
                call('reportBlocks.delete', { id: block.id, version: block.version }),
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
      <div className="report-data-block-body">
        {block.shows.map((shown, index) => (
          <ReportBlockView key={index} block={shown} number={null} />
        ))}
      </div>
    </section>
  );
}
