// A case study's pictures, kept as BLOBs in the workspace file so they travel with it and with
// its backups. The type is judged from the bytes; a file that is not a JPEG, PNG or WebP picture,
// or is over 5 MB, is refused before anything is written.

import type { Database } from 'better-sqlite3';
import type { CasePicture, PictureData } from '../../shared/case-study';
import {
  formatFileSize,
  maxPictureBytes,
  sniffPictureType,
  type PictureMediaType,
} from '../../shared/picture-type';
import { AppError } from '../../shared/result';
import { fieldProblem } from './field-problems';
import { nextPosition, type Ordered } from './positions';
import { insertRecord } from './records';
import { statement } from './statements';

export const pictureOrder: Ordered = {
  table: 'case_study_pictures',
  parentColumn: 'case_study_id',
};

type Row = Record<string, unknown>;

const pictureColumns = `id, case_study_id, file_name, media_type, length(bytes) AS byte_length,
  alt_text, caption, position`;

function toPicture(row: Row): CasePicture {
  return {
    id: row.id as string,
    caseStudyId: row.case_study_id as string,
    fileName: row.file_name as string,
    mediaType: row.media_type as PictureMediaType,
    byteLength: row.byte_length as number,
    altText: row.alt_text as string,
    caption: (row.caption as string | null) ?? null,
    position: row.position as number,
  };
}

/** The live pictures of a case study, in order; their details, not their bytes. */
export function listPictures(db: Database, caseStudyId: string): CasePicture[] {
  return (
    statement(
      db,
      `SELECT ${pictureColumns} FROM case_study_pictures
       WHERE case_study_id = ? AND deleted_at IS NULL ORDER BY position, created_at, id`,
    ).all(caseStudyId) as Row[]
  ).map(toPicture);
}

/** A picture of a live case study; `deleted` lets a removed one be found to restore it. */
export function getPicture(db: Database, id: string, { deleted = false } = {}): CasePicture {
  const row = statement(
    db,
    `SELECT ${pictureColumns} FROM case_study_pictures p
     WHERE p.id = ? AND (? OR p.deleted_at IS NULL)
       AND EXISTS (SELECT 1 FROM case_studies cs WHERE cs.id = p.case_study_id AND cs.deleted_at IS NULL)`,
  ).get(id, deleted ? 1 : 0) as Row | undefined;
  if (!row) throw new AppError('not_found', 'That picture does not exist, or has been removed.');
  return toPicture(row);
}

export function pictureData(db: Database, id: string): PictureData {
  const picture = getPicture(db, id);
  const row = statement(db, 'SELECT bytes FROM case_study_pictures WHERE id = ?').get(id) as {
    bytes: Buffer;
  };
  return { mediaType: picture.mediaType, base64: row.bytes.toString('base64') };
}

/** The bytes of a picture file sent as base64, checked for size and type, naming the file. */
export function checkedPictureBytes(fileName: string, base64: string): Uint8Array {
  const bytes = Buffer.from(base64, 'base64');
  const path = ['picture'];
  if (bytes.byteLength === 0) throw fieldProblem(path, `"${fileName}" is empty. Choose a picture.`);
  if (bytes.byteLength > maxPictureBytes) {
    throw fieldProblem(
      path,
      `"${fileName}" is ${formatFileSize(bytes.byteLength)}; a picture can be at most 5 MB. Save a smaller copy and choose that.`,
    );
  }
  if (!sniffPictureType(bytes)) {
    throw fieldProblem(
      path,
      `"${fileName}" is not a JPEG, PNG or WebP picture. Choose a photo saved in one of those formats.`,
    );
  }
  return bytes;
}

export interface NewPicture {
  caseStudyId: string;
  fileName: string;
  bytes: Uint8Array;
  altText: string;
  caption: string | null;
}

export function insertPicture(db: Database, picture: NewPicture, officer: string): string {
  return insertRecord(
    db,
    'case_study_pictures',
    {
      case_study_id: picture.caseStudyId,
      file_name: picture.fileName,
      media_type: sniffPictureType(picture.bytes),
      alt_text: picture.altText,
      caption: picture.caption,
      position: nextPosition(db, pictureOrder, picture.caseStudyId),
    },
    officer,
    { bytes: picture.bytes },
  );
}
