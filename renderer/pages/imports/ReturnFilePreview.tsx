// One chosen return file: what it holds (contract, period, a row per measure: the first few
// hundred of a very large file), every problem and warning by sheet, row, column and value, the
// choice to replace or skip a return already there, and the button that imports it; afterwards,
// what was done.

import { plural } from '../../../shared/plural';
import { returnStatusLabels } from '../../../shared/social-value';
import type { ReturnImportPreview } from '../../../shared/return-import';
import { href } from '../../router';
import { ImportIssuesTable } from '../framework/ImportIssuesTable';
import { formatQuantity } from '../social-value/figures';
import { isReady, type ReturnFile } from './use-return-files';

interface Props {
  entry: ReturnFile;
  onChoose(choice: 'replace' | 'skip'): void;
  onImport(): void;
  onRemove(): void;
}

export function ReturnFilePreview({ entry, onChoose, onImport, onRemove }: Props) {
  const titleId = `${entry.key}-title`;
  return (
    <section className="return-file" aria-labelledby={titleId}>
      <h2 id={titleId}>{entry.name}</h2>
      {entry.stage === 'reading' && <p role="status">Reading {entry.name}…</p>}
      {entry.problem && (
        <p className="error-message" role="alert">
          {entry.problem}
        </p>
      )}
      {entry.outcome && (
        <div className="notice-banner" role="status">
          <p>
            {entry.outcome.outcome === 'imported' ? 'Imported. ' : 'Skipped. '}
            {entry.outcome.message}
          </p>
          {entry.outcome.returnId && (
            <a href={href(`/returns/${entry.outcome.returnId}`)}>Open the return</a>
          )}
        </div>
      )}
      {entry.preview && !entry.outcome && (
        <Details entry={entry} preview={entry.preview} onChoose={onChoose} />
      )}
      {entry.stage !== 'reading' && !entry.outcome && (
        <div className="button-row">
          {entry.preview && entry.preview.problems.length === 0 && (
            <button type="button" className="button" disabled={!isReady(entry)} onClick={onImport}>
              {entry.stage === 'importing' ? 'Importing…' : `Import ${entry.name}`}
            </button>
          )}
          <button type="button" className="button-secondary" onClick={onRemove}>
            Remove from the list
          </button>
        </div>
      )}
    </section>
  );
}

function Details({
  entry,
  preview,
  onChoose,
}: {
  entry: ReturnFile;
  preview: ReturnImportPreview;
  onChoose: Props['onChoose'];
}) {
  const { contract, period, problems, warnings, lines, lineCount, existingReturn } = preview;
  return (
    <>
      {contract && period && (
        <p>
          {contract.reference}, {contract.title} ({contract.supplierName}): the return for{' '}
          <strong>{period.label}</strong>, {plural(lineCount, 'measure')}
          {problems.length === 0 &&
            `, to be saved as ${preview.savesAs === 'submitted' ? 'submitted, awaiting verification' : 'a draft'}`}
          .
        </p>
      )}
      {problems.length > 0 && (
        <div className="error-summary" role="alert" aria-labelledby={`${entry.key}-problems`}>
          <h3 id={`${entry.key}-problems`}>
            {plural(problems.length, 'problem')} to correct: nothing has been imported
          </h3>
          <p>Correct the file in Excel (or ask the supplier to), save it, and choose it again.</p>
          <ImportIssuesTable
            issues={problems}
            caption={`Problems in ${entry.name}`}
            note="Problem"
            withSheet
          />
        </div>
      )}
      {warnings.length > 0 && (
        <>
          <h3>Worth checking ({warnings.length})</h3>
          <ImportIssuesTable
            issues={warnings}
            caption={`Things worth checking in ${entry.name}`}
            note="Note"
            withSheet
          />
        </>
      )}
      {existingReturn && problems.length === 0 && (
        <fieldset className="fieldset">
          <legend>
            {contract?.reference} already has a return for {period?.label} (
            {returnStatusLabels[existingReturn.status].toLowerCase()},{' '}
            {plural(existingReturn.lineCount, 'line')}). What should happen to it?
          </legend>
          {(['replace', 'skip'] as const).map((choice) => (
            <div className="checkbox" key={choice}>
              <input
                type="radio"
                id={`${entry.key}-${choice}`}
                name={`${entry.key}-existing`}
                checked={entry.choice === choice}
                onChange={() => onChoose(choice)}
              />
              <label htmlFor={`${entry.key}-${choice}`}>
                {choice === 'replace'
                  ? 'Replace it with this file (it can be brought back by undoing the import)'
                  : 'Keep it, and skip this file'}
              </label>
            </div>
          ))}
        </fieldset>
      )}
      {lines.length > 0 && (
        <table className="data-table wide-table">
          <caption className="visually-hidden">What {entry.name} holds, measure by measure</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Measure</th>
              <th scope="col" className="numeric">
                Delivered
              </th>
              <th scope="col">Unit</th>
              <th scope="col">Evidence</th>
              <th scope="col">Narrative</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.measureId}>
                <td>{line.row}</td>
                <td>
                  <span className="nowrap">{line.code}</span> {line.title}
                </td>
                <td className="numeric">{formatQuantity(line.quantity)}</td>
                <td>{line.unit}</td>
                <td className="break-anywhere">{line.evidenceReference}</td>
                <td className="pre-line">{line.narrative}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {lines.length < lineCount && (
        <p className="hint">
          The first {lines.length.toLocaleString('en-GB')} of {lineCount.toLocaleString('en-GB')}{' '}
          measures are shown; all of them are imported.
        </p>
      )}
    </>
  );
}
