// Print jobs held in memory while a PDF printer loads the print route in the same process.

import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/result';
import type { PrintJob } from '../../shared/report-print';

const jobs = new Map<string, PrintJob>();

/** Holds a job for the length of `use`, under a fresh key. */
export async function withPrintJob<T>(job: PrintJob, use: (key: string) => Promise<T>): Promise<T> {
  const key = randomUUID();
  jobs.set(key, job);
  try {
    return await use(key);
  } finally {
    jobs.delete(key);
  }
}

export function heldPrintJob(key: string): PrintJob {
  const job = jobs.get(key);
  if (!job) {
    throw new AppError('not_found', 'This print job has finished or never existed; print again.');
  }
  return job;
}
