import { describe, expect, it } from 'vitest';
import {
  itemFormToInput,
  emptyItemForm,
  updateFormToInput,
} from '../../renderer/pages/action-plans/action-plan-forms';
import {
  caseStudyFormToInput,
  emptyCaseStudyForm,
  emptyPictureForm,
  pictureFormToInput,
} from '../../renderer/pages/case-studies/case-study-form';
import type { Checked } from '../../renderer/components/form-input';
import { toFormErrors } from '../../renderer/form-errors';

const messages = (result: Checked<unknown>) =>
  Object.fromEntries(result.ok ? [] : toFormErrors(result.issues));

const studyId = '3f1c0d7e-5b6a-4c8d-9e0f-1a2b3c4d5e6f';
const pngBase64 = btoa(
  String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13),
);

describe('case study form', () => {
  it('sends outputs one a line, and drops a consent note whose box is unticked', () => {
    const result = caseStudyFormToInput({
      ...emptyCaseStudyForm,
      title: 'Apprentices',
      narrative: 'Story',
      outputs: '12 apprentices started\n\n3 in permanent jobs',
      consentToPublish: false,
      consentNote: 'Left over from before',
    });
    expect(result).toMatchObject({
      ok: true,
      input: {
        contractId: null,
        supplierId: null,
        outputs: ['12 apprentices started', '', '3 in permanent jobs'],
        consentNote: null,
      },
    });
  });

  it('asks for the consent note once consent is ticked', () => {
    expect(
      messages(
        caseStudyFormToInput({
          ...emptyCaseStudyForm,
          title: 'A',
          narrative: 'B',
          consentToPublish: true,
        }),
      ),
    ).toEqual({ consentNote: 'Say who gave consent to publish, and when' });
  });
});

describe('picture form', () => {
  it('asks for a file, and names one that is too big or not a picture, beside the one file box', () => {
    expect(
      messages(pictureFormToInput(studyId, { ...emptyPictureForm, altText: 'A road' })),
    ).toEqual({
      picture: 'Choose a picture file',
    });
    const big = { name: 'huge.png', size: 6 * 1024 * 1024, base64: pngBase64 };
    expect(
      messages(pictureFormToInput(studyId, { ...emptyPictureForm, file: big, altText: 'A' })),
    ).toEqual({
      picture:
        '"huge.png" is 6.0 MB; a picture can be at most 5 MB. Save a smaller copy and choose that.',
    });
    const gif = { name: 'anim.gif', size: 10, base64: btoa('GIF89a----') };
    expect(messages(pictureFormToInput(studyId, { ...emptyPictureForm, file: gif }))).toEqual({
      picture:
        '"anim.gif" is not a JPEG, PNG or WebP picture. Choose a photo saved in one of those formats.',
      altText: 'Enter a description of the picture for people who cannot see it',
    });
  });

  it('sends a PNG with its name and caption', () => {
    const file = { name: 'road.png', size: 12, base64: pngBase64 };
    expect(
      pictureFormToInput(studyId, { file, altText: 'The finished road', caption: ' ' }),
    ).toEqual({
      ok: true,
      input: {
        caseStudyId: studyId,
        picture: { fileName: 'road.png', base64: pngBase64 },
        altText: 'The finished road',
        caption: null,
      },
    });
  });
});

describe('action plan forms', () => {
  it('sends blanks as null and a blank due date as none', () => {
    expect(itemFormToInput({ ...emptyItemForm, task: 'Launch the charter' })).toEqual({
      ok: true,
      input: {
        reference: null,
        task: 'Launch the charter',
        owner: null,
        timescale: null,
        dueDate: null,
        status: 'not-started',
      },
    });
  });

  it('names a missing update date in plain words', () => {
    expect(messages(updateFormToInput({ updateDate: '', text: '' }))).toEqual({
      updateDate: 'Enter the date of the update',
      text: 'Enter the progress update',
    });
  });
});
