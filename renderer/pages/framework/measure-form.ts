// The measure form's state (text as typed) and its conversion to the API input, checked with the
// schema the backend uses. A record-only measure sends no proxy, whatever the box held.

import {
  measureFieldsSchema,
  type Measure,
  type MeasureInput,
} from '../../../shared/measures-framework';
import { penceToInputText } from '../../../shared/money';
import { FormReader, orNull, type Checked } from '../../components/form-input';

export interface MeasureForm {
  outcomeId: string;
  code: string;
  title: string;
  guidance: string;
  unit: string;
  kind: string;
  proxyPence: string;
  evidenceRequired: string;
  councilOutcomeIds: string[];
}

export function emptyMeasureForm(outcomeId: string): MeasureForm {
  return {
    outcomeId,
    code: '',
    title: '',
    guidance: '',
    unit: '',
    kind: 'quantity',
    proxyPence: '',
    evidenceRequired: '',
    councilOutcomeIds: [],
  };
}

export function measureToForm(measure: Measure): MeasureForm {
  return {
    outcomeId: measure.outcomeId,
    code: measure.code,
    title: measure.title,
    guidance: measure.guidance ?? '',
    unit: measure.unit,
    kind: measure.kind,
    proxyPence: measure.proxyPence === null ? '' : penceToInputText(measure.proxyPence),
    evidenceRequired: measure.evidenceRequired ?? '',
    councilOutcomeIds: measure.councilOutcomeIds,
  };
}

export function measureFormToInput(form: MeasureForm): Checked<MeasureInput> {
  const read = new FormReader();
  const recordOnly = form.kind === 'record-only';
  const input: MeasureInput = {
    outcomeId: form.outcomeId,
    code: form.code,
    title: form.title,
    guidance: orNull(form.guidance),
    unit: form.unit,
    kind: form.kind as MeasureInput['kind'],
    proxyPence: recordOnly
      ? null
      : read.optionalMoney(form.proxyPence, 'proxyPence', 'the proxy value'),
    evidenceRequired: orNull(form.evidenceRequired),
    councilOutcomeIds: form.councilOutcomeIds,
  };
  return read.check(measureFieldsSchema, input);
}
