// Repositories name a field by its place in the record ("reference"); a method whose input nests
// the record (update's "fields", award's "contract") moves the paths under that name.

import { AppError } from '../../shared/result';

export function nestIssuesUnder<T>(prefix: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof AppError) || !error.details?.issues) throw error;
    throw new AppError(error.code, error.message, {
      issues: error.details.issues.map((issue) => ({ ...issue, path: [prefix, ...issue.path] })),
    });
  }
}
