// Runs one change to a report (a section saved, a block refreshed...) or a template and hands
// back what the API returns; says what went wrong when it was refused.

import { useState } from 'react';
import type { Report } from '../../../shared/report';
import { AppError, type FieldIssue } from '../../../shared/result';

export interface ReportChange<T = Report> {
  busy: boolean;
  problem: string | undefined;
  issues: readonly FieldIssue[];
  run(change: () => Promise<T>): Promise<boolean>;
}

export function useReportChange<T = Report>(onChanged: (value: T) => void): ReportChange<T> {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  async function run(change: () => Promise<T>): Promise<boolean> {
    setBusy(true);
    setProblem(undefined);
    setIssues([]);
    try {
      onChanged(await change());
      return true;
    } catch (error) {
      const fieldIssues = error instanceof AppError ? (error.details?.issues ?? []) : [];
      setIssues(fieldIssues);
      setProblem(
        fieldIssues.length ? undefined : error instanceof Error ? error.message : String(error),
      );
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { busy, problem, issues, run };
}
