// The history of spreadsheet imports (return imports, register imports): what each file did, who
// imported it and when, and whether it was undone. Every import of a file is kept and can be
// undone as a whole.

import { z } from 'zod';
import { loadedVersion, uuid } from './schema-parts';

export interface ImportSummary {
  id: string;
  /** What was imported: 'return', 'register', ... */
  kind: string;
  fileName: string;
  fileSha256: string;
  /** One sentence: "Return for C-001 Q1 2025/26, 4 lines". */
  summary: string;
  /** What it did in numbers, e.g. { created: 1, lines: 4 }. */
  counts: Record<string, number>;
  importedAt: string;
  importedBy: string;
  undoneAt: string | null;
  undoneBy: string | null;
  /** How many records it created, changed or deleted. */
  rowCount: number;
  version: number;
}

export const importListQuerySchema = z.object({
  kind: z.string().trim().max(40).optional(),
  limit: z.int().min(1).max(1000).default(200),
});

export const importUndoSchema = z.object({ id: uuid, version: loadedVersion });

export type ImportListQuery = z.input<typeof importListQuerySchema>;
