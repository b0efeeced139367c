// A bar chart's figures as a table: a row per category, a column per series. What Word shows in
// place of the chart and what the Excel appendix holds for it.

import type { ReportBlock, TableColumn } from '../../shared/report-document';

type BarChart = Extract<ReportBlock, { kind: 'bar-chart' }>;

export function chartTable(chart: BarChart): {
  columns: TableColumn[];
  rows: (string | number)[][];
} {
  return {
    columns: [
      { label: 'Category', format: 'text' },
      ...chart.series.map((series) => ({ label: series.label, format: chart.format })),
    ],
    rows: chart.categories.map((category, index) => [
      category,
      ...chart.series.map((series) => series.values[index] ?? 0),
    ]),
  };
}
