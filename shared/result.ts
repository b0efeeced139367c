// The envelope every API call returns, on every host, and the typed error the client throws.

export type ErrorCode =
  | 'invalid_input'
  | 'unknown_method'
  | 'not_found'
  /** The record changed since it was loaded (another officer saved it): reload, then redo. */
  | 'conflict'
  /** Not allowed as things stand (a supplier holding contracts cannot be deleted); the message says why. */
  | 'refused'
  | 'workspace'
  | 'unauthorised'
  | 'forbidden'
  | 'internal';

/** One problem with the input, at a path such as ["thresholds", 2, "amountPence"]. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  details?: { issues?: FieldIssue[] };
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ApiError['details'];

  constructor(code: ErrorCode, message: string, details?: ApiError['details']) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toApiError(): ApiError {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }
}

/** "thresholds.2.amountPence": the key forms use to place a message beside its field. */
export function pathKey(path: readonly (string | number)[]): string {
  return path.join('.');
}
