// Delivery period by period, as a small bar chart: what the commitments expected in each
// period beside what was delivered (submitted, with the verified part darker). The chart has a
// title and a description for screen readers, and the figures behind it are in a table below.

import { useId } from 'react';
import type { PeriodDelivery } from '../../../shared/contract-social-value';
import { formatPounds } from '../../../shared/money';
import { ReturnStatusTag } from './RagBadge';

const width = 960;
const height = 200;
const left = 72;
const bottom = 28;
const top = 8;

/** A round scale top at or above the largest figure: 1, 2 or 5 times a power of ten pounds. */
export function scaleTop(largestPence: number): number {
  const pounds = Math.max(largestPence / 100, 1);
  const power = 10 ** Math.floor(Math.log10(pounds));
  const step = [1, 2, 5, 10].find((m) => m * power >= pounds) ?? 10;
  return step * power * 100;
}

export function DeliveryChart({ periods, asOf }: { periods: PeriodDelivery[]; asOf: string }) {
  const id = useId();
  if (periods.length === 0) return null;
  const largest = Math.max(...periods.flatMap((p) => [p.expectedPence, p.submittedPence]));
  const topPence = scaleTop(largest);
  const plotHeight = height - top - bottom;
  const y = (pence: number) => top + plotHeight - (pence / topPence) * plotHeight;
  const slot = (width - left) / periods.length;
  const bar = Math.min(28, slot * 0.36);
  const labelEvery = periods.length <= 12 ? 1 : Math.ceil(periods.length / 12);
  const sum = (pick: (p: PeriodDelivery) => number) =>
    periods.reduce((total, p) => total + pick(p), 0);
  const description = `${periods.length} reporting periods from ${periods[0]?.label} to ${periods.at(-1)?.label}. Expected over the whole term ${formatPounds(sum((p) => p.expectedPence))}; delivered and verified ${formatPounds(sum((p) => p.verifiedPence))}; delivered as submitted ${formatPounds(sum((p) => p.submittedPence))}. The figures for each period are in the table after the chart.`;
  return (
    <figure className="delivery-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>Expected and delivered social value by reporting period</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {[0, 0.5, 1].map((share) => (
          <g key={share}>
            <line
              x1={left}
              x2={width}
              y1={y(topPence * share)}
              y2={y(topPence * share)}
              className="chart-grid"
            />
            <text x={left - 6} y={y(topPence * share) + 4} className="chart-axis" textAnchor="end">
              {formatPounds(topPence * share)}
            </text>
          </g>
        ))}
        {periods.map((period, index) => {
          const x = left + index * slot + slot / 2;
          return (
            <g key={period.start}>
              <rect
                x={x - bar - 1}
                y={y(period.expectedPence)}
                width={bar}
                height={y(0) - y(period.expectedPence)}
                className="chart-expected"
              />
              <rect
                x={x + 1}
                y={y(period.submittedPence)}
                width={bar}
                height={y(0) - y(period.submittedPence)}
                className="chart-submitted"
              />
              <rect
                x={x + 1}
                y={y(period.verifiedPence)}
                width={bar}
                height={y(0) - y(period.verifiedPence)}
                className="chart-verified"
              />
              {index % labelEvery === 0 && (
                <text x={x} y={height - 8} className="chart-axis" textAnchor="middle">
                  {period.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span className="chart-key chart-key-expected" aria-hidden="true" /> Expected{' '}
        <span className="chart-key chart-key-verified" aria-hidden="true" /> Delivered, verified{' '}
        <span className="chart-key chart-key-submitted" aria-hidden="true" /> Delivered, submitted
        but not yet verified
      </figcaption>
      <details className="chart-figures">
        <summary>The figures by period</summary>
        <table className="data-table wide-table">
          <caption className="visually-hidden">
            Expected and delivered social value by reporting period, as at {asOf}
          </caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Return</th>
              <th scope="col" className="numeric">
                Expected
              </th>
              <th scope="col" className="numeric">
                Delivered, verified
              </th>
              <th scope="col" className="numeric">
                Delivered, submitted
              </th>
            </tr>
          </thead>
          <tbody>
            {periods.map((period) => (
              <tr key={period.start}>
                <th scope="row">{period.label}</th>
                <td>
                  {period.returnStatus ? (
                    <ReturnStatusTag status={period.returnStatus} />
                  ) : (
                    <span className="meta">Not due yet</span>
                  )}
                </td>
                <td className="numeric">{formatPounds(period.expectedPence)}</td>
                <td className="numeric">{formatPounds(period.verifiedPence)}</td>
                <td className="numeric">{formatPounds(period.submittedPence)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
