// "Export whole workspace": everything this workspace holds, one Excel sheet per table.

import { call } from '../../api-client';
import { ExportButton } from '../../components/ExportButton';

export function WorkspaceExport() {
  return (
    <div className="workspace-export">
      <p>
        Everything in this workspace as one Excel workbook, a sheet for each kind of record and the
        audit trail. Pictures are listed by name and size.
      </p>
      <ExportButton label="Export whole workspace" onExport={() => call('exports.workspace', {})} />
    </div>
  );
}
