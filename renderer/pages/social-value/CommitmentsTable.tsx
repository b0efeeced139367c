// A contract's commitments against delivery: committed, its value at the proxy kept with it,
// what was expected by now, what was delivered (verified, and as submitted) and the RAG rating;
// measures reported with no commitment after them; the totals last.

import type { CommitmentRow, ContractSocialValue } from '../../../shared/contract-social-value';
import { formatPounds, formatPoundsAndPence } from '../../../shared/money';
import type { MeasureBasics } from '../../../shared/social-value';
import { href } from '../../router';
import { formatPercent, withUnit } from './figures';
import { RagBadge } from './RagBadge';

function MeasureCell({ measure }: { measure: MeasureBasics }) {
  return (
    <th scope="row">
      <span className="measure-code">{measure.code}</span> {measure.title}
    </th>
  );
}

/** A quantity with its value beneath. */
function Amount({ quantity, pence, unit }: { quantity: number; pence: number; unit: string }) {
  return (
    <>
      {withUnit(quantity, unit)}
      <br />
      <span className="meta">{formatPounds(pence)}</span>
    </>
  );
}

export function CommitmentsTable({ figures }: { figures: ContractSocialValue }) {
  const { totals } = figures;
  return (
    <table className="data-table wide-table commitments-table">
      <caption className="visually-hidden">
        Commitments against delivery as at {figures.asOf}, with totals
      </caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col" className="numeric">
            Committed
          </th>
          <th scope="col" className="numeric">
            Proxy value (each)
          </th>
          <th scope="col" className="numeric">
            Committed £
          </th>
          <th scope="col" className="numeric">
            Expected to date
          </th>
          <th scope="col" className="numeric">
            Delivered, verified
          </th>
          <th scope="col" className="numeric">
            Delivered, submitted
          </th>
          <th scope="col">RAG</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {figures.commitments.map((row) => (
          <CommitmentLine key={row.commitment.id} row={row} />
        ))}
        {figures.extras.map((extra) => (
          <tr key={extra.measure.id}>
            <MeasureCell measure={extra.measure} />
            <td colSpan={4} className="meta">
              Reported with no commitment
            </td>
            <td className="numeric">
              <Amount
                quantity={extra.verifiedQuantity}
                pence={extra.verifiedPence}
                unit={extra.measure.unit}
              />
            </td>
            <td className="numeric">
              <Amount
                quantity={extra.submittedQuantity}
                pence={extra.submittedPence}
                unit={extra.measure.unit}
              />
            </td>
            <td colSpan={2} />
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td />
          <td />
          <td className="numeric">
            {formatPounds(totals.committedPence)}
            <br />
            <span className="meta">
              {formatPercent(totals.shareOfContractValue)} of contract value
            </span>
          </td>
          <td className="numeric">{formatPounds(totals.expectedPence)}</td>
          <td className="numeric">{formatPounds(totals.verifiedPence)}</td>
          <td className="numeric">{formatPounds(totals.submittedPence)}</td>
          <td colSpan={2} />
        </tr>
      </tfoot>
    </table>
  );
}

function CommitmentLine({ row }: { row: CommitmentRow }) {
  const { commitment, progress } = row;
  const { measure } = commitment;
  const recordOnly = measure.kind === 'record-only';
  return (
    <tr>
      <MeasureCell measure={measure} />
      <td className="numeric">
        {recordOnly ? (
          <span className="meta">Narrative</span>
        ) : (
          withUnit(commitment.quantity, measure.unit)
        )}
      </td>
      <td className="numeric">
        {commitment.proxyPence === null ? (
          <span className="meta">None</span>
        ) : (
          formatPoundsAndPence(commitment.proxyPence)
        )}
      </td>
      <td className="numeric">
        {formatPounds(progress.committedPence)}
        <br />
        <span className="meta">{formatPercent(row.shareOfContractValue)}</span>
      </td>
      {recordOnly ? (
        <td colSpan={3} className="meta">
          Reported as narrative
        </td>
      ) : (
        <>
          <td className="numeric">
            <Amount
              quantity={progress.expectedQuantity}
              pence={row.expectedPence}
              unit={measure.unit}
            />
          </td>
          <td className="numeric">
            <Amount
              quantity={progress.delivery.verifiedQuantity}
              pence={progress.delivery.verifiedPence}
              unit={measure.unit}
            />
          </td>
          <td className="numeric">
            <Amount
              quantity={progress.delivery.submittedQuantity}
              pence={progress.delivery.submittedPence}
              unit={measure.unit}
            />
          </td>
        </>
      )}
      <td>
        <RagBadge rag={progress.rag} />
        {progress.percentOfExpected !== null && (
          <>
            <br />
            <span className="meta">{formatPercent(progress.percentOfExpected)} of expected</span>
          </>
        )}
        {progress.missingPeriodLabels.length > 0 && (
          <>
            <br />
            <span className="meta">Missing: {progress.missingPeriodLabels.join(', ')}</span>
          </>
        )}
      </td>
      <td>
        <a href={href(`/commitments/${commitment.id}/edit`)}>
          Change<span className="visually-hidden"> commitment {measure.code}</span>
        </a>
      </td>
    </tr>
  );
}
