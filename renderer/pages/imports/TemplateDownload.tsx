// "Download return template" for one contract, or "Download templates for period" for every
// contract with a return due: a period picker (latest ended period chosen) and the button. The
// workbook (or the .zip of them) is saved by the browser or Electron.

import { useState } from 'react';
import { plural } from '../../../shared/plural';
import type { TemplatePeriods } from '../../../shared/return-import';
import { call } from '../../api-client';
import { WhenLoaded } from '../../components/WhenLoaded';
import { downloadFile } from '../../download-file';
import { useApi } from '../../use-api';

interface Props {
  /** One contract's template; without it, the templates of every contract with a return due. */
  contractId?: string;
}

export function TemplateDownload({ contractId }: Props) {
  const [loaded] = useApi('returnTemplates.periods', contractId ? { contractId } : {});
  return (
    <WhenLoaded loaded={loaded} what="the reporting periods">
      {(periods) =>
        periods.periods.length === 0 ? null : (
          <PeriodDownload contractId={contractId} periods={periods} />
        )
      }
    </WhenLoaded>
  );
}

function PeriodDownload({ contractId, periods }: Props & { periods: TemplatePeriods }) {
  const [period, setPeriod] = useState(periods.suggested ?? '');
  const [state, setState] = useState<{ busy?: boolean; done?: string; problem?: string }>({});
  const id = contractId ? 'template-period' : 'bulk-template-period';

  async function download() {
    setState({ busy: true });
    try {
      if (contractId) {
        downloadFile(await call('returnTemplates.download', { contractId, period }));
        setState({ done: `The return template for ${period} has been downloaded.` });
      } else {
        const bulk = await call('returnTemplates.bulk', { period });
        if (bulk.count > 0) downloadFile(bulk);
        setState({
          done:
            bulk.count === 0
              ? `No contract has a return due for ${period}: nothing to download.`
              : `${plural(bulk.count, 'template')} for ${period} downloaded, in one .zip file.`,
        });
      }
    } catch (error) {
      setState({ problem: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <div className="template-download">
      <div className="inline-form">
        <label htmlFor={id}>{contractId ? 'Return template for' : 'Templates for'}</label>
        <select id={id} value={period} onChange={(event) => setPeriod(event.target.value)}>
          {periods.periods.map((option) => (
            <option key={option.start} value={option.label}>
              {option.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button-secondary"
          disabled={!period || state.busy}
          onClick={() => void download()}
        >
          {contractId ? 'Download return template' : 'Download templates for period'}
        </button>
      </div>
      <p role="status" className="meta">
        {state.busy ? 'Making the template…' : (state.done ?? '')}
      </p>
      {state.problem && (
        <p className="error-message" role="alert">
          {state.problem}
        </p>
      )}
    </div>
  );
}
