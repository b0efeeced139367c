// The case study form's state (text as typed) and its conversion to the API input, checked with
// the schema the backend uses; and the picture form, whose file is read when it is chosen.

import {
  addPictureSchema,
  caseStudyFieldsSchema,
  type AddPictureInput,
  type CaseStudy,
  type CaseStudyInput,
} from '../../../shared/case-study';
import { formatFileSize, maxPictureBytes, sniffPictureType } from '../../../shared/picture-type';
import type { FieldIssue } from '../../../shared/result';
import { FormReader, orNull, type Checked } from '../../components/form-input';
import type { ChosenFile } from '../../read-file';

export interface CaseStudyForm {
  title: string;
  contractId: string;
  /** Shown in the contract box; not sent. */
  contractName: string;
  supplierId: string;
  supplierName: string;
  councilOutcomeIds: string[];
  narrative: string;
  /** One output a line. */
  outputs: string;
  consentToPublish: boolean;
  consentNote: string;
}

export const emptyCaseStudyForm: CaseStudyForm = {
  title: '',
  contractId: '',
  contractName: '',
  supplierId: '',
  supplierName: '',
  councilOutcomeIds: [],
  narrative: '',
  outputs: '',
  consentToPublish: false,
  consentNote: '',
};

export function caseStudyToForm(study: CaseStudy): CaseStudyForm {
  return {
    title: study.title,
    contractId: study.contractId ?? '',
    contractName:
      study.contractReference === null ? '' : `${study.contractReference}: ${study.contractTitle}`,
    supplierId: study.supplierId ?? '',
    supplierName: study.supplierName ?? '',
    councilOutcomeIds: study.councilOutcomeIds,
    narrative: study.narrative,
    outputs: study.outputs.join('\n'),
    consentToPublish: study.consentToPublish,
    consentNote: study.consentNote ?? '',
  };
}

export function caseStudyFormToInput(form: CaseStudyForm): Checked<CaseStudyInput> {
  return new FormReader().check(caseStudyFieldsSchema, {
    title: form.title,
    contractId: orNull(form.contractId),
    supplierId: orNull(form.supplierId),
    councilOutcomeIds: form.councilOutcomeIds,
    narrative: form.narrative,
    outputs: form.outputs.split('\n'),
    consentToPublish: form.consentToPublish,
    // A note kept while consent is not given would say consent was given.
    consentNote: form.consentToPublish ? orNull(form.consentNote) : null,
  });
}

export interface PictureForm {
  file: ChosenFile | null;
  altText: string;
  caption: string;
}

export const emptyPictureForm: PictureForm = { file: null, altText: '', caption: '' };

/** The first bytes of base64 text: enough to tell the picture type. */
const firstBytes = (base64: string) =>
  Uint8Array.from(atob(base64.slice(0, 24)), (char) => char.charCodeAt(0));

/** The same size and type checks the backend makes, so a wrong file is named before it is sent. */
export function pictureFormToInput(
  caseStudyId: string,
  form: PictureForm,
): Checked<AddPictureInput> {
  const read = new FormReader();
  const { file } = form;
  if (!file) read.issues.push({ path: ['picture'], message: 'Choose a picture file' });
  else if (file.size > maxPictureBytes) {
    read.issues.push({
      path: ['picture'],
      message: `"${file.name}" is ${formatFileSize(file.size)}; a picture can be at most 5 MB. Save a smaller copy and choose that.`,
    });
  } else if (!sniffPictureType(firstBytes(file.base64))) {
    read.issues.push({
      path: ['picture'],
      message: `"${file.name}" is not a JPEG, PNG or WebP picture. Choose a photo saved in one of those formats.`,
    });
  }
  const checked = read.check(addPictureSchema, {
    caseStudyId,
    picture: { fileName: file?.name ?? '', base64: file?.base64 ?? '' },
    altText: form.altText,
    caption: orNull(form.caption),
  });
  return checked.ok ? checked : { ok: false, issues: onePictureField(checked.issues) };
}

/**
 * Problems with the picture's name or bytes (["picture", "base64"]) belong beside the one file
 * box (["picture"]); the first is the one shown.
 */
export function onePictureField(issues: readonly FieldIssue[]): FieldIssue[] {
  return issues.map((issue) =>
    issue.path[0] === 'picture' ? { ...issue, path: ['picture'] } : issue,
  );
}
