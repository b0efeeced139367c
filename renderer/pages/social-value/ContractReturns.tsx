// A contract's returns, latest period first, and starting the next one: "New return for
// Q3 2025/26" is the earliest period due with no return (or the period under way), and any other
// period begun without a return can be chosen.

import { useState } from 'react';
import type { Contract } from '../../../shared/contract';
import type { ContractSocialValue } from '../../../shared/contract-social-value';
import type { ReportingPeriod } from '../../../shared/reporting-periods';
import { href } from '../../router';
import { TemplateDownload } from '../imports/TemplateDownload';
import { ReturnsTable } from '../returns/ReturnsTable';
import { useStartReturn } from '../returns/use-start-return';

/** The earliest period due (ended) with no return; else the latest begun. */
function suggestedPeriod(periods: readonly ReportingPeriod[], asOf: string) {
  return periods.find((period) => period.end <= asOf) ?? periods.at(-1);
}

export function ContractReturns({
  contract,
  figures,
}: {
  contract: Contract;
  figures: ContractSocialValue;
}) {
  const { periodsWithoutReturn: open, returns, asOf } = figures;
  const suggested = suggestedPeriod(open, asOf);
  const [other, setOther] = useState('');
  const start = useStartReturn();
  return (
    <>
      <h3 id="returns-title">Returns</h3>
      {suggested && (
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={start.busy}
            onClick={() => start.run(contract.id, suggested.label)}
          >
            New return for {suggested.label}
          </button>
          {open.length > 1 && (
            <div className="inline-form">
              <label htmlFor="other-period">Or for</label>
              <select id="other-period" value={other} onChange={(e) => setOther(e.target.value)}>
                <option value="">Choose a period</option>
                {open
                  .filter((period) => period !== suggested)
                  .map((period) => (
                    <option key={period.start} value={period.label}>
                      {period.label}
                    </option>
                  ))}
              </select>
              <button
                type="button"
                className="button-secondary"
                disabled={!other || start.busy}
                onClick={() => start.run(contract.id, other)}
              >
                Start the return
              </button>
            </div>
          )}
        </div>
      )}
      {start.problem && (
        <p className="error-message" role="alert">
          The return was not started: {start.problem}
        </p>
      )}
      {figures.commitments.length > 0 && <TemplateDownload contractId={contract.id} />}
      {returns.length === 0 ? (
        <p>No returns yet.</p>
      ) : (
        <ReturnsTable returns={returns} caption="This contract's returns, latest period first" />
      )}
      <p>
        <a href={href('/returns')}>All returns awaiting verification</a>
      </p>
    </>
  );
}
