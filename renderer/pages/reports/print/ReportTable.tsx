// A table block: caption, header row, numbers right-aligned, and a totals row at the foot. On a
// printed page it may show a slice of its rows: a slice after the first says "(continued)" and
// repeats the header row, only the last carries the totals, and each keeps the column widths the
// whole table was measured with.

import { formatCell, isNumericFormat } from '../../../../shared/report-cells';
import type { CellValue, ReportBlock, TableColumn } from '../../../../shared/report-document';
import type { RowSlice } from './row-slice';

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

export function ReportTable({ table, slice }: { table: Table; slice?: RowSlice }) {
  const from = slice?.from ?? 0;
  const to = slice?.to ?? table.rows.length;
  const widths = slice?.widths;
  return (
    <table className={widths ? 'report-table report-table-fixed' : 'report-table'}>
      <caption className="report-caption">
        {from > 0 ? `${table.caption} (continued)` : table.caption}
      </caption>
      {widths && (
        <colgroup>
          {widths.map((width, index) => (
            <col key={index} style={{ width: `${(width * 100).toFixed(3)}%` }} />
          ))}
        </colgroup>
      )}
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
        {table.rows.slice(from, to).map((row, index) => (
          <tr key={from + index}>
            <Cells columns={table.columns} values={row} />
          </tr>
        ))}
      </tbody>
      {table.totals && to === table.rows.length && (
        <tfoot>
          <tr>
            <Cells columns={table.columns} values={table.totals} />
          </tr>
        </tfoot>
      )}
    </table>
  );
}
