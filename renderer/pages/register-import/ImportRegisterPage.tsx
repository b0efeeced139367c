// Import a register or list (/imports/register): choose a .csv or .xlsx file, match its columns
// to the fields, watch it being read, check the preview, confirm, and see what was done. Nothing
// is written until the officer confirms, and then in one transaction.

import { useState, type ChangeEvent } from 'react';
import type { RegisterFileOutline, RegisterImportReport } from '../../../shared/register-import';
import { call } from '../../api-client';
import { href } from '../../router';
import { readFileAsBase64 } from '../../read-file';
import { SpreadsheetFileField } from '../../components/SpreadsheetFileField';
import { ColumnMappingStep, type MappingChoice } from './ColumnMappingStep';
import { ImportPreviewStep } from './ImportPreviewStep';
import { ImportProgress } from './ImportProgress';
import { ImportSummary } from './ImportSummary';

type Step =
  | { step: 'choose'; reading?: string }
  | { step: 'map'; outline: RegisterFileOutline; choice?: MappingChoice; problem?: string }
  | { step: 'read'; outline: RegisterFileOutline; choice: MappingChoice; jobId: string }
  | {
      step: 'preview';
      outline: RegisterFileOutline;
      choice: MappingChoice;
      jobId: string;
      preview: RegisterImportReport;
    }
  | { step: 'done'; jobId: string; report: RegisterImportReport };

export function ImportRegisterPage() {
  const [state, setState] = useState<Step>({ step: 'choose' });
  const [problem, setProblem] = useState<string>();

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    if (chosen.size === 0) {
      setProblem(`${chosen.name} is empty.`);
      return;
    }
    setProblem(undefined);
    setState({ step: 'choose', reading: chosen.name });
    try {
      const file = await readFileAsBase64(chosen);
      const outline = await call('registerImport.open', {
        fileName: file.name,
        contentBase64: file.base64,
      });
      setState({ step: 'map', outline });
    } catch (error) {
      setState({ step: 'choose' });
      setProblem(error instanceof Error ? error.message : String(error));
    }
  }

  async function start(outline: RegisterFileOutline, choice: MappingChoice) {
    try {
      const { jobId } = await call('registerImport.start', {
        uploadId: outline.uploadId,
        ...choice,
      });
      setState({ step: 'read', outline, choice, jobId });
    } catch (error) {
      setState({ step: 'map', outline, choice, problem: (error as Error).message });
    }
  }

  const back = (outline: RegisterFileOutline, choice: MappingChoice, jobId?: string) => {
    if (jobId) void call('registerImport.cancel', { jobId });
    setState({ step: 'map', outline, choice });
  };

  return (
    <>
      <p className="caption">Imports</p>
      <h1>Import a register or list</h1>
      {state.step === 'choose' && (
        <>
          <p className="lead">
            Bring in contracts, procurement exercises or suppliers from a spreadsheet (.csv or
            .xlsx), such as your council&rsquo;s published contracts register or a Contracts Finder
            export. You match its columns to the fields, see what it would do, then confirm. Records
            already in the workspace with the same reference are updated, not repeated.
          </p>
          <SpreadsheetFileField id="register-file" problem={problem} onChange={choose} />
          {state.reading && <p role="status">Opening {state.reading}…</p>}
          <p>
            Measures for the social value framework are imported on the{' '}
            <a href={href('/framework/import')}>framework import</a> page.
          </p>
        </>
      )}
      {state.step === 'map' && (
        <ColumnMappingStep
          outline={state.outline}
          initial={state.choice}
          problem={state.problem}
          onStart={(choice) => start(state.outline, choice)}
        />
      )}
      {state.step === 'read' && (
        <ImportProgress
          fileName={state.outline.fileName}
          jobId={state.jobId}
          onReady={(preview) => setState({ ...state, step: 'preview', preview })}
          onFailed={(message) =>
            setState({
              step: 'map',
              outline: state.outline,
              choice: state.choice,
              problem: message,
            })
          }
        />
      )}
      {state.step === 'preview' && (
        <ImportPreviewStep
          jobId={state.jobId}
          preview={state.preview}
          onImported={(report) => setState({ step: 'done', jobId: state.jobId, report })}
          onBack={() => back(state.outline, state.choice, state.jobId)}
        />
      )}
      {state.step === 'done' && (
        <ImportSummary
          report={state.report}
          jobId={state.jobId}
          onAnother={() => {
            void call('registerImport.cancel', { jobId: state.jobId });
            setState({ step: 'choose' });
          }}
        />
      )}
    </>
  );
}
