// The completed return files chosen or dropped on the import screen, each read and previewed by
// the backend as it arrives, then imported one by one when the officer confirms.

import { useCallback, useRef, useState } from 'react';
import type {
  ExistingReturnChoice,
  ReturnImportOutcome,
  ReturnImportPreview,
} from '../../../shared/return-import';
import { call } from '../../api-client';
import { readFileAsBase64, type ChosenFile } from '../../read-file';

export interface ReturnFile {
  key: string;
  name: string;
  stage: 'reading' | 'read' | 'importing' | 'done';
  file?: ChosenFile;
  preview?: ReturnImportPreview;
  /** For a period that has a return already: replace it or skip this file. */
  choice?: ExistingReturnChoice;
  outcome?: ReturnImportOutcome;
  problem?: string;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Whether the file can be imported now: read without problems, and a choice made if needed. */
export const isReady = (entry: ReturnFile) =>
  entry.stage === 'read' &&
  entry.preview !== undefined &&
  entry.preview.problems.length === 0 &&
  (entry.preview.existingReturn === null || entry.choice !== undefined);

export function useReturnFiles() {
  const [files, setFiles] = useState<ReturnFile[]>([]);
  const counter = useRef(0);

  const change = useCallback((key: string, changes: Partial<ReturnFile>) => {
    setFiles((all) => all.map((entry) => (entry.key === key ? { ...entry, ...changes } : entry)));
  }, []);

  const add = useCallback(
    (chosen: readonly File[]) => {
      for (const one of chosen) {
        counter.current += 1;
        const key = `file-${counter.current}`;
        setFiles((all) => [...all, { key, name: one.name, stage: 'reading' }]);
        void (async () => {
          try {
            const file = await readFileAsBase64(one);
            const preview = await call('returnImports.preview', {
              fileName: file.name,
              contentBase64: file.base64,
            });
            change(key, { stage: 'read', file, preview });
          } catch (error) {
            change(key, { stage: 'read', problem: messageOf(error) });
          }
        })();
      }
    },
    [change],
  );

  const confirm = useCallback(
    async (entry: ReturnFile) => {
      if (!entry.file || !isReady(entry)) return;
      change(entry.key, { stage: 'importing', problem: undefined });
      try {
        const outcome = await call('returnImports.confirm', {
          fileName: entry.file.name,
          contentBase64: entry.file.base64,
          onExisting: entry.choice,
        });
        change(entry.key, { stage: 'done', outcome });
      } catch (error) {
        change(entry.key, { stage: 'read', problem: messageOf(error) });
      }
    },
    [change],
  );

  const remove = useCallback((key: string) => {
    setFiles((all) => all.filter((entry) => entry.key !== key));
  }, []);

  return { files, add, confirm, change, remove };
}
