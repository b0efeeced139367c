// Exports the list as it stands (search, filters and sort) to a workbook the officer saves.

import { useState } from 'react';
import type { ExportedFile } from '../../shared/exported-file';
import { downloadFile } from '../download-file';

interface Props {
  /** "Export to Excel". */
  label: string;
  onExport(): Promise<ExportedFile>;
}

type Status = { state: 'idle' } | { state: 'working' } | { state: 'failed'; message: string };

export function ExportButton({ label, onExport }: Props) {
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  async function run() {
    if (status.state === 'working') return;
    setStatus({ state: 'working' });
    try {
      downloadFile(await onExport());
      setStatus({ state: 'idle' });
    } catch (error) {
      setStatus({ state: 'failed', message: (error as Error).message });
    }
  }
  return (
    <div className="export">
      <button
        type="button"
        className="button-secondary"
        aria-disabled={status.state === 'working' || undefined}
        onClick={() => void run()}
      >
        {status.state === 'working' ? 'Exporting…' : label}
      </button>
      {status.state === 'failed' && (
        <p className="error-message" role="alert">
          The export failed: {status.message}
        </p>
      )}
    </div>
  );
}
