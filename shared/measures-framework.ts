// The measures framework (DESIGN.md section 2): themes > outcomes > measures, in versions with
// the date each takes effect. The version in force on a date is the one with the latest
// effective date on or before it. Commitments point at a version's measure rows and keep their
// own proxy snapshot, so a new version or a changed proxy never rewrites history.

import { z } from 'zod';
import {
  calendarDate,
  loadedVersion,
  optionalText,
  pence,
  requiredText,
  uuid,
} from './schema-parts';
import { measureKinds, type MeasureBasics, type MeasureKind } from './social-value';

/** Units offered in the form; any other short text is allowed too ("no. hrs x no. attendees"). */
export const suggestedUnits = ['FTE', 'hours', 'weeks', '£', 'tCO2e', 'number', '%', 'text'];

/** A money measure counts pounds; each £1 is worth £1 unless the council says otherwise. */
export const moneyProxyPence = 100;

export const measureCodePattern = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

export const measureCode = requiredText('the code', 20).regex(measureCodePattern, {
  error: 'Use letters, digits, dots, dashes or slashes for the code, for example LOC1',
});

/** The fields of a measure itself, wherever it sits: checked on forms, the API and imports. */
export const measureValuesSchema = z
  .object({
    code: measureCode,
    title: requiredText('the title', 500),
    guidance: optionalText('the guidance', 4000),
    unit: requiredText('the unit', 60),
    kind: z.enum(measureKinds, { error: 'Choose quantity, money or record only' }),
    /** Pence per unit; for a money measure, pence per £1. Null when the council has not set it. */
    proxyPence: pence('the proxy value')
      .nullish()
      .transform((value) => value ?? null),
    evidenceRequired: optionalText('the evidence required', 500),
  })
  .refine((measure) => measure.kind !== 'record-only' || measure.proxyPence === null, {
    path: ['proxyPence'],
    message: 'A record-only measure has no proxy value: clear it, or choose another kind',
  });

export const measureFieldsSchema = measureValuesSchema.safeExtend({
  outcomeId: z
    .string({ error: 'Choose the outcome' })
    .min(1, { error: 'Choose the outcome' })
    .pipe(uuid),
  /** Ids of the council's strategic outcomes (its profile) that the measure serves. */
  councilOutcomeIds: z.array(uuid).max(50).default([]),
});

export const measureUpdateSchema = z.object({
  id: uuid,
  version: loadedVersion,
  fields: measureFieldsSchema,
});

export type MeasureValues = z.output<typeof measureValuesSchema>;
export type MeasureFields = z.output<typeof measureFieldsSchema>;
export type MeasureInput = z.input<typeof measureFieldsSchema>;

/** A money measure with no proxy is worth £1 per £1; other kinds keep what was entered. */
export function withDefaultProxy<T extends { kind: MeasureKind; proxyPence: number | null }>(
  measure: T,
): T {
  return measure.kind === 'money' && measure.proxyPence === null
    ? { ...measure, proxyPence: moneyProxyPence }
    : measure;
}

export const frameworkVersionFieldsSchema = z.object({
  name: requiredText('the name of the version', 200),
  effectiveFrom: calendarDate,
  notes: optionalText('the notes', 2000),
});

/** A new version is a copy of an existing one, taking effect on its own date. */
export const frameworkVersionCreateSchema = frameworkVersionFieldsSchema.extend({
  copyFromId: uuid,
});

export const frameworkVersionUpdateSchema = z.object({
  id: uuid,
  version: loadedVersion,
  fields: frameworkVersionFieldsSchema,
});

export const groupNameSchema = requiredText('the name', 200);

export const themeCreateSchema = z.object({ frameworkVersionId: uuid, name: groupNameSchema });
export const outcomeCreateSchema = z.object({ themeId: uuid, name: groupNameSchema });
export const groupRenameSchema = z.object({
  id: uuid,
  version: loadedVersion,
  name: groupNameSchema,
});

/** A version by id; else the one in force on `date`; else the one in force today. */
export const frameworkGetSchema = z.object({ id: uuid.optional(), date: calendarDate.optional() });

/** The measures of the version in force on `date`; of the latest version when there is no date. */
export const measuresInForceSchema = z.object({ date: calendarDate.optional() });

export type FrameworkVersionFields = z.output<typeof frameworkVersionFieldsSchema>;
export type FrameworkVersionInput = z.input<typeof frameworkVersionFieldsSchema>;

interface Stored {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

export interface FrameworkVersion extends FrameworkVersionFields, Stored {
  measureCount: number;
  /** In force today: the latest version whose effective date has come. */
  inForce: boolean;
}

/** A measure with where it sits in the framework. It is a MeasureBasics, and more. */
export interface Measure extends MeasureBasics, MeasureFields, Stored {
  frameworkVersionId: string;
  themeId: string;
  themeName: string;
  outcomeName: string;
  position: number;
}

export interface Outcome {
  id: string;
  themeId: string;
  name: string;
  position: number;
  version: number;
  measures: Measure[];
}

export interface Theme {
  id: string;
  frameworkVersionId: string;
  name: string;
  position: number;
  version: number;
  outcomes: Outcome[];
}

/** One version with its whole tree, in order. */
export interface Framework {
  version: FrameworkVersion;
  themes: Theme[];
}

/** A measure's page: the measure, its version's name, and how many contracts use it. */
export interface MeasureDetails extends Measure {
  frameworkVersionName: string;
  contractsUsing: number;
}

/** Framework content to write as a new version: the starter framework, an import or a copy. */
export interface FrameworkTree {
  themes: {
    name: string;
    outcomes: {
      name: string;
      measures: (MeasureValues & { councilOutcomeIds: string[] })[];
    }[];
  }[];
}
