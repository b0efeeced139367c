// The file field of an import screen: one .csv or .xlsx file, with the problem reading it shown
// above the input (GOV.UK's error message pattern) and tied to it for screen readers.

import type { ChangeEvent } from 'react';

interface Props {
  id: string;
  problem: string | undefined;
  onChange(event: ChangeEvent<HTMLInputElement>): void;
}

export function SpreadsheetFileField({ id, problem, onChange }: Props) {
  const errorId = `${id}-error`;
  return (
    <div className={problem ? 'field field-error' : 'field'}>
      <label htmlFor={id}>Spreadsheet file</label>
      {problem && (
        <p className="error-message" id={errorId} role="alert">
          {problem}
        </p>
      )}
      <input
        id={id}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby={problem ? errorId : undefined}
        onChange={onChange}
      />
    </div>
  );
}
