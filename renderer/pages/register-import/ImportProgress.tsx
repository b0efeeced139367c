// While the file is read and checked: a progress bar (rows read, share of the file), polled from
// the host until the preview is ready or the file fails.

import { useEffect, useRef, useState } from 'react';
import type { RegisterImportReport, RegisterJobState } from '../../../shared/register-import';
import { call } from '../../api-client';

interface Props {
  fileName: string;
  jobId: string;
  onReady(preview: RegisterImportReport): void;
  onFailed(message: string): void;
}

const pollMs = 250;

export function ImportProgress({ fileName, jobId, onReady, onFailed }: Props) {
  const [state, setState] = useState<RegisterJobState>({
    state: 'reading',
    rowsRead: 0,
    fraction: 0,
  });
  const done = useRef({ onReady, onFailed });
  done.current = { onReady, onFailed };

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const next = await call('registerImport.progress', { jobId });
        if (stopped) return;
        if (next.state === 'ready') done.current.onReady(next.preview);
        else if (next.state === 'failed') done.current.onFailed(next.message);
        else {
          setState(next);
          timer = setTimeout(poll, pollMs);
        }
      } catch (error) {
        if (!stopped) done.current.onFailed((error as Error).message);
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId]);

  const reading = state.state === 'reading';
  const rows = 'rowsRead' in state ? state.rowsRead : 0;
  return (
    <section aria-labelledby="progress-title" className="register-import-progress">
      <h2 id="progress-title">Checking {fileName}</h2>
      <label htmlFor="import-progress">
        {reading ? 'Reading the rows' : 'Checking the rows against the workspace'}
      </label>
      <progress
        id="import-progress"
        max={1}
        value={reading ? state.fraction : undefined}
        aria-valuetext={reading ? `${Math.round(state.fraction * 100)}%` : 'Checking'}
      />
      <p role="status">
        {rows.toLocaleString('en-GB')} rows read. Nothing is written until you confirm.
      </p>
    </section>
  );
}
