// Case studies (DESIGN.md section 2): the story of what a contract's social value did, with its
// quantified outputs, the council outcomes it served, pictures, and whether it may be published.

import { z } from 'zod';
import { maxPictureBase64Length, type PictureMediaType } from './picture-type';
import { loadedVersion, optionalText, requiredText, uuid } from './schema-parts';

const outputLine = z.string().trim().max(300, { error: 'Keep each output under 300 characters' });

export const caseStudyFieldsSchema = z
  .object({
    title: requiredText('the title', 300),
    contractId: uuid.nullish().transform((v) => v ?? null),
    /** Left blank, the contract's supplier. */
    supplierId: uuid.nullish().transform((v) => v ?? null),
    councilOutcomeIds: z.array(uuid).max(50, { error: 'Choose at most 50 outcomes' }).default([]),
    narrative: requiredText('the story', 20000),
    /** One quantified output a line, e.g. "12 apprentices started"; blank lines are dropped. */
    outputs: z
      .array(outputLine)
      .max(50, { error: 'List at most 50 outputs' })
      .default([])
      .transform((lines) => lines.filter((line) => line !== '')),
    consentToPublish: z.boolean({ error: 'Say whether consent to publish was given' }),
    consentNote: optionalText('the consent note', 500),
  })
  .refine((study) => !study.consentToPublish || study.consentNote !== null, {
    path: ['consentNote'],
    message: 'Say who gave consent to publish, and when',
  });

export const caseStudyUpdateSchema = z.object({
  id: uuid,
  version: loadedVersion,
  fields: caseStudyFieldsSchema,
});

export const caseStudyListQuerySchema = z.object({
  contractId: uuid.optional(),
  supplierId: uuid.optional(),
});

/** A picture as the renderer sends it: the file's name and its bytes as base64 text. */
export const pictureFileSchema = z.object({
  fileName: requiredText('the file name', 255),
  base64: z
    .string({ error: 'Choose a picture file' })
    .min(1, { error: 'Choose a picture file' })
    .max(maxPictureBase64Length, { error: 'The picture is larger than 5 MB. Choose a smaller one' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'The picture was not sent whole. Choose it again' }),
});

export const addPictureSchema = z.object({
  caseStudyId: uuid,
  picture: pictureFileSchema,
  altText: requiredText('a description of the picture for people who cannot see it', 500),
  caption: optionalText('the caption', 500),
});

export type CaseStudyFields = z.output<typeof caseStudyFieldsSchema>;
export type CaseStudyInput = z.input<typeof caseStudyFieldsSchema>;
export type CaseStudyListQuery = z.output<typeof caseStudyListQuerySchema>;
export type AddPictureInput = z.input<typeof addPictureSchema>;

export interface CasePicture {
  id: string;
  caseStudyId: string;
  fileName: string;
  mediaType: PictureMediaType;
  byteLength: number;
  altText: string;
  caption: string | null;
  position: number;
}

/** A picture's bytes, for an img element's data URL. */
export interface PictureData {
  mediaType: PictureMediaType;
  base64: string;
}

export interface CaseStudy extends CaseStudyFields {
  id: string;
  contractReference: string | null;
  contractTitle: string | null;
  supplierName: string | null;
  /** In their order on the page. */
  pictures: CasePicture[];
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

export type CaseStudySummary = Omit<CaseStudy, 'pictures'> & {
  pictureCount: number;
};
