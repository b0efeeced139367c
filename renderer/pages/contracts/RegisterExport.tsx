// "Export register (Transparency Code)" on the Contracts list: every contract over £5,000 in the
// layout councils publish, as CSV (to publish) or Excel. Opens as a small panel under its button;
// Escape closes it.

import { useRef, useState, type KeyboardEvent } from 'react';
import { registerFormats, type RegisterFormat } from '../../../shared/exports';
import { call } from '../../api-client';
import { ExportButton } from '../../components/ExportButton';

const formatLabels: Record<RegisterFormat, string> = {
  csv: 'CSV, to publish',
  xlsx: 'Excel workbook (.xlsx)',
};

export function RegisterExport() {
  const [format, setFormat] = useState<RegisterFormat>('csv');
  const panel = useRef<HTMLDetailsElement>(null);
  // Escape closes the panel and puts the focus back on its button.
  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !panel.current?.open) return;
    panel.current.open = false;
    panel.current.querySelector('summary')?.focus();
  }
  return (
    <details className="register-export" ref={panel} onKeyDown={closeOnEscape}>
      <summary className="button-secondary">Export register (Transparency Code)</summary>
      <div className="register-export-panel">
        <p>
          Every contract over £5,000 in the Local Government Transparency Code layout, whatever the
          filters show.
        </p>
        <fieldset className="register-export-formats">
          <legend>Format</legend>
          {registerFormats.map((choice) => (
            <label key={choice} className="list-checkbox">
              <input
                type="radio"
                name="register-format"
                value={choice}
                checked={format === choice}
                onChange={() => setFormat(choice)}
              />
              {formatLabels[choice]}
            </label>
          ))}
        </fieldset>
        <ExportButton
          label="Download the register"
          onExport={() => call('exports.register', { format })}
        />
      </div>
    </details>
  );
}
