// A bar chart block as inline SVG (vector in print and PDF): one row per category, one bar per
// series, each bar labelled with its figure so the numbers are on the page, not only in the
// appendix; title and description say the same for screen readers.

import { useId } from 'react';
import { formatCell } from '../../../../shared/report-cells';
import type { ReportBlock } from '../../../../shared/report-document';

type BarChart = Extract<ReportBlock, { kind: 'bar-chart' }>;

const width = 640;
const bar = 14;
const gap = 10;
const labelWidth = 190;
const valueWidth = 90;
const longestLabel = 30;

const shortened = (label: string) =>
  label.length > longestLabel ? `${label.slice(0, longestLabel - 1)}…` : label;

export function ReportBarChart({ chart }: { chart: BarChart }) {
  const id = useId();
  const seriesCount = Math.max(chart.series.length, 1);
  const rowHeight = seriesCount * bar + gap;
  const height = chart.categories.length * rowHeight + gap;
  const top = Math.max(1, ...chart.series.flatMap((series) => series.values));
  const plotWidth = width - labelWidth - valueWidth;
  const description = chart.categories
    .map(
      (category, index) =>
        `${category}: ${chart.series
          .map((series) => `${series.label} ${formatCell(series.values[index] ?? 0, chart.format)}`)
          .join(', ')}`,
    )
    .join('; ');
  return (
    <figure className="report-chart">
      <figcaption className="report-caption">{chart.caption}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{chart.caption}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {chart.categories.map((category, row) => {
          const y = gap / 2 + row * rowHeight;
          return (
            <g key={`${row}-${category}`}>
              <text x={0} y={y + (seriesCount * bar) / 2 + 4} className="report-chart-label">
                {shortened(category)}
              </text>
              {chart.series.map((series, index) => {
                const value = series.values[row] ?? 0;
                const barWidth = Math.max(0, (value / top) * plotWidth);
                const barY = y + index * bar;
                return (
                  <g key={series.label}>
                    <rect
                      x={labelWidth}
                      y={barY + 1}
                      width={barWidth}
                      height={bar - 2}
                      className={`report-chart-series-${index % 4}`}
                    />
                    <text
                      x={labelWidth + barWidth + 4}
                      y={barY + bar - 3}
                      className="report-chart-value"
                    >
                      {formatCell(value, chart.format)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <p className="report-chart-key">
        {chart.series.map((series, index) => (
          <span key={series.label}>
            <span
              className={`report-chart-swatch report-chart-series-${index % 4}`}
              aria-hidden="true"
            />
            {series.label}
          </span>
        ))}
      </p>
    </figure>
  );
}
