// The dashboard's headline figures, a card each: contracts with commitments, committed, and
// delivered (verified, and as submitted).

import type { Portfolio } from '../../../shared/portfolio';
import { formatPounds } from '../../../shared/money';
import { formatPercent } from '../social-value/figures';

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export function PortfolioHeadline({ portfolio }: { portfolio: Portfolio }) {
  const { headline, period } = portfolio;
  return (
    <dl className="headline-figures" aria-label="Social value in figures">
      <div>
        <dt>Contracts with commitments</dt>
        <dd>{headline.contracts.toLocaleString('en-GB')}</dd>
        <dd className="meta">{count(headline.commitments, 'commitment', 'commitments')}</dd>
      </div>
      <div>
        <dt>Committed</dt>
        <dd>{formatPounds(headline.committedPence)}</dd>
        <dd className="meta">
          {period.year ? `the part due in ${period.year}` : 'over the contracts’ terms'}
        </dd>
      </div>
      <div>
        <dt>Delivered, verified</dt>
        <dd>{formatPounds(headline.verifiedPence)}</dd>
        <dd className="meta">{formatPercent(headline.verifiedPercent)} of committed</dd>
      </div>
      <div>
        <dt>Delivered, as submitted</dt>
        <dd>{formatPounds(headline.submittedPence)}</dd>
        <dd className="meta">including lines not yet checked</dd>
      </div>
    </dl>
  );
}
