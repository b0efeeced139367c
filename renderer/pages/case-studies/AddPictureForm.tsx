// The form on a case study's page that attaches a picture: the file (JPEG, PNG or WebP, up to
// 5 MB), a description for people who cannot see it, and an optional caption.

import { useState } from 'react';
import type { ApiInput } from '../../../shared/api-contract';
import { pictureMediaTypes } from '../../../shared/picture-type';
import { AppError } from '../../../shared/result';
import { call } from '../../api-client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { TextField } from '../../components/FormFields';
import { textFieldProps, useRecordForm } from '../../components/use-record-form';
import { errorAt, fieldId } from '../../form-errors';
import { readFileAsBase64 } from '../../read-file';
import { emptyPictureForm, onePictureField, pictureFormToInput } from './case-study-form';

interface Props {
  caseStudyId: string;
  onAdded(): void;
}

const labels = {
  altText: { label: 'Description for people who cannot see the picture' },
  caption: { label: 'Caption' },
};

export function AddPictureForm(props: Props) {
  // A new key after each save empties the form, file box included.
  const [added, setAdded] = useState(0);
  return (
    <>
      {added > 0 && (
        <p className="save-status" role="status">
          Picture added.
        </p>
      )}
      <PictureForm
        key={added}
        {...props}
        onAdded={() => {
          setAdded((n) => n + 1);
          props.onAdded();
        }}
      />
    </>
  );
}

async function addPicture(input: ApiInput<'caseStudies.addPicture'>) {
  try {
    return await call('caseStudies.addPicture', input);
  } catch (error) {
    if (!(error instanceof AppError) || !error.details?.issues) throw error;
    throw new AppError(error.code, error.message, {
      issues: onePictureField(error.details.issues),
    });
  }
}

function PictureForm({ caseStudyId, onAdded }: Props) {
  const [readProblem, setReadProblem] = useState<string>();
  const state = useRecordForm({
    initial: emptyPictureForm,
    toInput: (form) => pictureFormToInput(caseStudyId, form),
    save: addPicture,
    onSaved: onAdded,
  });
  const { errors, set } = state;
  return (
    <form onSubmit={state.submit} noValidate className="panel" aria-labelledby="add-picture-title">
      <h2 id="add-picture-title">Add a picture</h2>
      <ErrorSummary
        errors={errors}
        message={state.message}
        fieldIdFor={(key) => fieldId(key.split('.'))}
        attempt={state.attempt}
      />
      <Field
        id={fieldId(['picture'])}
        label="Picture file"
        hint="A photo saved as JPEG, PNG or WebP, up to 5 MB"
        error={readProblem ?? errorAt(errors, ['picture'])}
      >
        {(control) => (
          <input
            {...control}
            type="file"
            accept={pictureMediaTypes.join(',')}
            className="input-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              setReadProblem(undefined);
              set('file', null);
              if (!file) return;
              readFileAsBase64(file).then(
                (chosen) => set('file', chosen),
                (error: Error) => setReadProblem(error.message),
              );
            }}
          />
        )}
      </Field>
      <TextField
        {...textFieldProps(state, labels, 'altText')}
        hint="What the picture shows, for example: Two apprentices laying tarmac on the ring road"
        className="input-wide"
      />
      <TextField {...textFieldProps(state, labels, 'caption')} className="input-wide" />
      <button type="submit" className="button" disabled={state.saving}>
        {state.saving ? 'Adding…' : 'Add picture'}
      </button>
    </form>
  );
}
