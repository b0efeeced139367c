// Committed against delivered, a row per group (a theme, a year, a period), with the total.

import type { PortfolioGroup } from '../../../shared/portfolio';
import { formatPounds } from '../../../shared/money';
import { percentOf } from '../../../shared/social-value-calc';
import { formatPercent } from '../social-value/figures';

interface Props {
  rows: readonly PortfolioGroup[];
  /** "Theme", "Financial year": the first column's heading. */
  groupLabel: string;
  caption: string;
}

function Amounts({ row }: { row: Omit<PortfolioGroup, 'label'> }) {
  return (
    <>
      <td className="numeric">{formatPounds(row.committedPence)}</td>
      <td className="numeric">{formatPounds(row.verifiedPence)}</td>
      <td className="numeric">{formatPercent(percentOf(row.verifiedPence, row.committedPence))}</td>
      <td className="numeric">{formatPounds(row.submittedPence)}</td>
    </>
  );
}

export function AmountsTable({ rows, groupLabel, caption }: Props) {
  const total = (pick: (row: PortfolioGroup) => number) =>
    rows.reduce((sum, row) => sum + pick(row), 0);
  return (
    <table className="data-table wide-table amounts-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{groupLabel}</th>
          <th scope="col" className="numeric">
            Committed
          </th>
          <th scope="col" className="numeric">
            Delivered, verified
          </th>
          <th scope="col" className="numeric">
            Verified
            <span className="visually-hidden"> as a share of committed</span>
          </th>
          <th scope="col" className="numeric">
            Delivered, submitted
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <Amounts row={row} />
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <Amounts
            row={{
              committedPence: total((row) => row.committedPence),
              verifiedPence: total((row) => row.verifiedPence),
              submittedPence: total((row) => row.submittedPence),
            }}
          />
        </tr>
      </tfoot>
    </table>
  );
}
