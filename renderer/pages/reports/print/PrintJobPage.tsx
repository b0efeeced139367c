// The bare print route (#/print/job/KEY) that the PDF printers load: the held job's reports on
// their printed sheets and nothing else, marked ready (with the number of sheets) once the
// sheets are laid out.

import { useEffect, useState } from 'react';
import type { PrintJob } from '../../../../shared/report-print';
import { printReadyAttribute } from '../../../../shared/report-print';
import { call } from '../../../api-client';
import { PrintedPack } from './PrintedPack';

export function PrintJobPage({ jobKey }: { jobKey: string }) {
  const [job, setJob] = useState<PrintJob | { error: string } | null>(null);
  const [sheets, setSheets] = useState<number | null>(null);
  useEffect(() => {
    call('reportOutputs.printJob', { key: jobKey }).then(setJob, (error: Error) =>
      setJob({ error: error.message }),
    );
  }, [jobKey]);
  if (job === null) return <p>Preparing the report…</p>;
  if ('error' in job) return <p role="alert">{job.error}</p>;
  const ready = sheets === null ? {} : { [printReadyAttribute]: String(sheets) };
  return (
    <main className="print-root" {...ready}>
      <PrintedPack pack={job.pack} contents={job.contents} onPaged={setSheets} />
    </main>
  );
}
