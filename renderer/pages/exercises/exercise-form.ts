// The procurement exercise form's state (text as typed) and its conversion to the API input,
// checked with the schema the backend uses.

import { exerciseFieldsSchema, type Exercise, type ExerciseInput } from '../../../shared/exercise';
import { penceToInputText } from '../../../shared/money';
import { FormReader, orNull, type Checked } from '../../components/form-input';

export interface ExerciseForm {
  reference: string;
  title: string;
  description: string;
  directorate: string;
  leadOfficer: string;
  category: string;
  procurementRoute: string;
  estimatedValuePence: string;
  startDate: string;
  advertDate: string;
  tenderCloseDate: string;
  awardDecisionDate: string;
  contractStartDate: string;
  contractEndDate: string;
  status: string;
  reservedToLocal: boolean;
  socialValueWeightingPercent: string;
  socialValueApproach: string;
  notApplicableReason: string;
  targetedOutcomeIds: string[];
}

export const emptyExerciseForm: ExerciseForm = {
  reference: '',
  title: '',
  description: '',
  directorate: '',
  leadOfficer: '',
  category: '',
  procurementRoute: '',
  estimatedValuePence: '',
  startDate: '',
  advertDate: '',
  tenderCloseDate: '',
  awardDecisionDate: '',
  contractStartDate: '',
  contractEndDate: '',
  status: 'pipeline',
  reservedToLocal: false,
  socialValueWeightingPercent: '',
  socialValueApproach: '',
  notApplicableReason: '',
  targetedOutcomeIds: [],
};

export function exerciseToForm(exercise: Exercise): ExerciseForm {
  return {
    reference: exercise.reference,
    title: exercise.title,
    description: exercise.description ?? '',
    directorate: exercise.directorate ?? '',
    leadOfficer: exercise.leadOfficer ?? '',
    category: exercise.category,
    procurementRoute: exercise.procurementRoute ?? '',
    estimatedValuePence: penceToInputText(exercise.estimatedValuePence),
    startDate: exercise.startDate,
    advertDate: exercise.advertDate ?? '',
    tenderCloseDate: exercise.tenderCloseDate ?? '',
    awardDecisionDate: exercise.awardDecisionDate ?? '',
    contractStartDate: exercise.contractStartDate ?? '',
    contractEndDate: exercise.contractEndDate ?? '',
    status: exercise.status,
    reservedToLocal: exercise.reservedToLocal,
    socialValueWeightingPercent:
      exercise.socialValueWeightingPercent === null
        ? ''
        : String(exercise.socialValueWeightingPercent),
    socialValueApproach: exercise.socialValueApproach ?? '',
    notApplicableReason: exercise.notApplicableReason ?? '',
    targetedOutcomeIds: exercise.targetedOutcomeIds,
  };
}

export function exerciseFormToInput(form: ExerciseForm): Checked<ExerciseInput> {
  const read = new FormReader();
  const input = {
    reference: form.reference,
    title: form.title,
    description: orNull(form.description),
    directorate: orNull(form.directorate),
    leadOfficer: orNull(form.leadOfficer),
    category: form.category as ExerciseInput['category'],
    procurementRoute: orNull(form.procurementRoute) as ExerciseInput['procurementRoute'],
    estimatedValuePence: read.money(
      form.estimatedValuePence,
      'estimatedValuePence',
      'the estimated value',
    ),
    startDate: read.requiredDate(form.startDate, 'startDate', 'the start date'),
    advertDate: orNull(form.advertDate),
    tenderCloseDate: orNull(form.tenderCloseDate),
    awardDecisionDate: orNull(form.awardDecisionDate),
    contractStartDate: orNull(form.contractStartDate),
    contractEndDate: orNull(form.contractEndDate),
    status: form.status as ExerciseInput['status'],
    reservedToLocal: form.reservedToLocal,
    socialValueWeightingPercent: read.optionalNumber(
      form.socialValueWeightingPercent,
      'socialValueWeightingPercent',
      'the social value weighting',
    ),
    socialValueApproach: orNull(form.socialValueApproach) as ExerciseInput['socialValueApproach'],
    // The reason belongs to "not applicable" only; the box is hidden otherwise.
    notApplicableReason:
      form.socialValueApproach === 'not-applicable' ? orNull(form.notApplicableReason) : null,
    targetedOutcomeIds: form.targetedOutcomeIds,
  };
  return read.check(exerciseFieldsSchema, input);
}
