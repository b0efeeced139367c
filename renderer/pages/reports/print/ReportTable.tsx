// A table block: caption, a header row that repeats on every printed page, rows that never split
// across pages, numbers right-aligned, and a totals row at the foot.

import { formatCell, isNumericFormat } from '../../../../shared/report-cells';
import type { CellValue, ReportBlock, TableColumn } from '../../../../shared/report-document';

type Table = Extract<ReportBlock, { kind: 'table' }>;

/** Figures right-aligned and dates kept on one line. */
const cellClass = ({ format }: TableColumn) =>
  isNumericFormat(format) ? 'report-number' : format === 'date' ? 'report-date' : undefined;

function Cells({ columns, values }: { columns: TableColumn[]; values: CellValue[] }) {
  return columns.map((column, index) => (
    <td key={index} className={cellClass(column)}>
      {formatCell(values[index] ?? null, column.format)}
    </td>
  ));
}

export function ReportTable({ table }: { table: Table }) {
  return (
    <table className="report-table">
      <caption className="report-caption">{table.caption}</caption>
      <thead>
        <tr>
          {table.columns.map((column, index) => (
            <th key={index} scope="col" className={cellClass(column)}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, index) => (
          <tr key={index}>
            <Cells columns={table.columns} values={row} />
          </tr>
        ))}
      </tbody>
      {table.totals && (
        <tfoot>
          <tr>
            <Cells columns={table.columns} values={table.totals} />
          </tr>
        </tfoot>
      )}
    </table>
  );
}
