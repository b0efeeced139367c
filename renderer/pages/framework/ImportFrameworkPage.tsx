// Importing a council's own framework (/framework/import): choose a .csv or .xlsx file, see what
// it holds and every problem in it, then import it as a new version. Nothing is written until
// the officer confirms, and a file with problems cannot be imported.

import { useState, type ChangeEvent } from 'react';
import type { FrameworkImportPreview } from '../../../shared/framework-import';
import { call } from '../../api-client';
import { showNotice } from '../../components/notice';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useRecordForm } from '../../components/use-record-form';
import { fieldId } from '../../form-errors';
import { href, navigate } from '../../router';
import { readFileAsBase64, type ChosenFile } from '../../read-file';
import { plural } from '../../../shared/plural';
import { SpreadsheetFileField } from '../../components/SpreadsheetFileField';
import { frameworkPath } from './framework-paths';
import { ImportedMeasuresTable } from './ImportedMeasuresTable';
import { ImportIssuesTable } from './ImportIssuesTable';
import { versionFormToInput } from './version-form';
import { VersionFields } from './VersionFields';

interface Preview {
  file: ChosenFile;
  preview: FrameworkImportPreview;
}

type Step =
  { state: 'choosing' } | { state: 'reading'; name: string } | ({ state: 'read' } & Preview);

export function ImportFrameworkPage() {
  const [step, setStep] = useState<Step>({ state: 'choosing' });
  const [problem, setProblem] = useState<string>();

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    setProblem(undefined);
    setStep({ state: 'reading', name: chosen.name });
    try {
      const file = await readFileAsBase64(chosen);
      const preview = await call('framework.importPreview', {
        fileName: file.name,
        contentBase64: file.base64,
      });
      setStep({ state: 'read', file, preview });
    } catch (error) {
      setStep({ state: 'choosing' });
      setProblem(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <>
      <p className="caption">Measures framework</p>
      <h1>Import a framework</h1>
      <p className="lead">
        Bring in your council&rsquo;s own measures from a spreadsheet (.csv or .xlsx) with a column
        for the code and one for the title; unit, guidance, theme, outcome and proxy value columns
        are read when present. The measures become a new version of the framework; the versions you
        have are not changed.
      </p>
      <SpreadsheetFileField id="framework-file" problem={problem} onChange={choose} />
      {step.state === 'reading' && <p role="status">Reading {step.name}…</p>}
      {step.state === 'read' && <PreviewOf key={step.file.name + step.file.size} {...step} />}
      {step.state === 'choosing' && (
        <p>
          <a href={href(frameworkPath())}>Back to the framework</a>
        </p>
      )}
    </>
  );
}

function PreviewOf({ file, preview }: Preview) {
  const { measures, problems, warnings } = preview;
  return (
    <>
      <h2>What {file.name} holds</h2>
      <p role="status">
        {plural(measures.length, 'measure')} read, in {plural(preview.themeCount, 'theme')} and{' '}
        {plural(preview.outcomeCount, 'outcome')}
        {preview.sheet === file.name ? '' : `, from the sheet ${preview.sheet}`}
        {problems.length > 0 ? `; ${plural(problems.length, 'problem')}` : ''}.
      </p>
      {problems.length > 0 && (
        <div className="error-summary" role="alert" aria-labelledby="problems-title">
          <h2 id="problems-title">
            {plural(problems.length, 'problem')} to correct: nothing has been imported
          </h2>
          <p>Correct the file in Excel, save it, and choose it again.</p>
          <ImportIssuesTable issues={problems} caption="Problems in the file" note="Problem" />
        </div>
      )}
      {warnings.length > 0 && (
        <section aria-labelledby="warnings-title">
          <h3 id="warnings-title">Worth checking ({warnings.length})</h3>
          <ImportIssuesTable issues={warnings} caption="Things worth checking" note="Note" />
        </section>
      )}
      {problems.length === 0 && <ImportForm file={file} count={measures.length} />}
      {measures.length > 0 && <ImportedMeasuresTable measures={measures} />}
    </>
  );
}

function ImportForm({ file, count }: { file: ChosenFile; count: number }) {
  const state = useRecordForm({
    initial: { name: file.name.replace(/\.(csv|xlsx)$/i, ''), effectiveFrom: '', notes: '' },
    toInput: versionFormToInput,
    save: (fields) =>
      call('framework.import', { fileName: file.name, contentBase64: file.base64, ...fields }),
    onSaved: (version) => {
      showNotice({
        path: '/framework',
        text: `${plural(version.measureCount, 'measure')} imported from ${file.name} as the version ${version.name}.`,
      });
      navigate(frameworkPath(version.id));
    },
  });
  return (
    <form
      className="panel import-confirm"
      onSubmit={state.submit}
      noValidate
      aria-labelledby="import-title"
    >
      <h2 id="import-title">Import as a new version</h2>
      <ErrorSummary
        errors={state.errors}
        message={state.message ?? state.conflict}
        fieldIdFor={(key) => fieldId(key.split('.'))}
        attempt={state.attempt}
      />
      <VersionFields state={state} />
      <div className="actions">
        <button type="submit" className="button" disabled={state.saving}>
          {state.saving ? 'Importing…' : `Import ${plural(count, 'measure')}`}
        </button>
        <a href={href(frameworkPath())}>Cancel</a>
      </div>
    </form>
  );
}
