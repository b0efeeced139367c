// Committed against delivered as a horizontal bar chart, a pair of bars per group: committed,
// and delivered as submitted with the verified part darker. Its title and description say what
// it shows for screen readers; the figures are in the table beside it.

import { useId } from 'react';
import type { PortfolioGroup } from '../../../shared/portfolio';
import { formatPounds } from '../../../shared/money';
import { scaleTop } from '../social-value/DeliveryChart';

const width = 480;
const rowHeight = 32;
const bar = 12;
const top = 4;
const axis = 22;
const charWidth = 6.6;
const longestLabel = 34;

const shortened = (label: string) =>
  label.length > longestLabel ? `${label.slice(0, longestLabel - 1)}…` : label;

export function AmountsChart({ rows, title }: { rows: readonly PortfolioGroup[]; title: string }) {
  const id = useId();
  if (rows.length === 0) return null;
  const labelWidth = Math.max(...rows.map((row) => shortened(row.label).length)) * charWidth + 10;
  const topPence = scaleTop(
    Math.max(...rows.flatMap((row) => [row.committedPence, row.submittedPence])),
  );
  const plotWidth = width - labelWidth - 12;
  const x = (pence: number) => labelWidth + (pence / topPence) * plotWidth;
  const height = top + rows.length * rowHeight + axis;
  const description = `${rows
    .map(
      (row) =>
        `${row.label}: committed ${formatPounds(row.committedPence)}, delivered and verified ${formatPounds(row.verifiedPence)}, delivered as submitted ${formatPounds(row.submittedPence)}`,
    )
    .join('; ')}.`;
  return (
    <figure className="amounts-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {[0, 0.5, 1].map((share) => (
          <g key={share}>
            <line
              x1={x(topPence * share)}
              x2={x(topPence * share)}
              y1={top}
              y2={height - axis + 4}
              className="chart-grid"
            />
            <text
              x={x(topPence * share)}
              y={height - 6}
              className="chart-axis"
              textAnchor={share === 0 ? 'start' : share === 1 ? 'end' : 'middle'}
            >
              {formatPounds(topPence * share)}
            </text>
          </g>
        ))}
        {rows.map((row, index) => {
          const y = top + index * rowHeight;
          return (
            <g key={row.label}>
              <text x={0} y={y + bar + 5} className="chart-label">
                {shortened(row.label)}
              </text>
              <rect
                x={x(0)}
                y={y + 2}
                width={x(row.committedPence) - x(0)}
                height={bar}
                className="chart-expected"
              />
              <rect
                x={x(0)}
                y={y + bar + 4}
                width={x(row.submittedPence) - x(0)}
                height={bar}
                className="chart-submitted"
              />
              <rect
                x={x(0)}
                y={y + bar + 4}
                width={x(row.verifiedPence) - x(0)}
                height={bar}
                className="chart-verified"
              />
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span className="chart-key chart-key-expected" aria-hidden="true" /> Committed{' '}
        <span className="chart-key chart-key-verified" aria-hidden="true" /> Delivered, verified{' '}
        <span className="chart-key chart-key-submitted" aria-hidden="true" /> Submitted, not yet
        verified
      </figcaption>
    </figure>
  );
}
