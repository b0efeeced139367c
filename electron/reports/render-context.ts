// What rendering a report's stored block data needs to know of the workspace as it is now:
// which contracts were deleted since, whether a case study may still be published, and the
// pictures' bytes.

import type { Database } from 'better-sqlite3';
import type { RenderContext } from '../../shared/report-block-render';
import { pictureData } from '../db/case-study-picture-repository';
import { statement } from '../db/statements';

export function renderContext(db: Database): RenderContext {
  const deleted = statement(db, 'SELECT id FROM contracts WHERE deleted_at IS NOT NULL').all() as {
    id: string;
  }[];
  return {
    deletedContractIds: new Set(deleted.map((row) => row.id)),
    caseStudyPublishable: (id) =>
      statement(
        db,
        'SELECT 1 FROM case_studies WHERE id = ? AND deleted_at IS NULL AND consent_to_publish = 1',
      ).get(id) !== undefined,
    picture(id) {
      try {
        const data = pictureData(db, id);
        return { mimeType: data.mediaType, base64: data.base64 };
      } catch {
        return null;
      }
    },
  };
}
