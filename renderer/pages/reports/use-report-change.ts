// Runs one change to a report (a section saved, a block refreshed...) and hands back the report
// as the API returns it; says what went wrong when it was refused.

import { useState } from 'react';
import type { Report } from '../../../shared/report';
import { AppError, type FieldIssue } from '../../../shared/result';

export interface ReportChange {
  busy: boolean;
  problem: string | undefined;
  issues: readonly FieldIssue[];
  run(change: () => Promise<Report>): Promise<boolean>;
}

export function useReportChange(onChanged: (report: Report) => void): ReportChange {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  async function run(change: () => Promise<Report>): Promise<boolean> {
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
