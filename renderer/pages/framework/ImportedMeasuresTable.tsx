// The measures read from a file, row by row, as they will be imported.

import type { ImportedMeasure } from '../../../shared/framework-import';
import { formatPoundsAndPence } from '../../../shared/money';
import { measureKindLabels } from '../../../shared/social-value';

export function ImportedMeasuresTable({ measures }: { measures: ImportedMeasure[] }) {
  return (
    <section aria-labelledby="imported-title">
      <h2 id="imported-title">The measures</h2>
      <table className="data-table wide-table imported-measures">
        <caption className="visually-hidden">The measures read from the file</caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Theme › outcome</th>
            <th scope="col">Code</th>
            <th scope="col">Measure</th>
            <th scope="col">Unit</th>
            <th scope="col">Kind</th>
            <th scope="col" className="numeric">
              Proxy value
            </th>
          </tr>
        </thead>
        <tbody>
          {measures.map((measure) => (
            <tr key={measure.row}>
              <td>{measure.row}</td>
              <td>
                {measure.theme === measure.outcome
                  ? measure.theme
                  : `${measure.theme} › ${measure.outcome}`}
              </td>
              <td className="nowrap">{measure.code}</td>
              <td>{measure.title}</td>
              <td>{measure.unit}</td>
              <td>{measureKindLabels[measure.kind]}</td>
              <td className="numeric">
                {measure.proxyPence === null ? '' : formatPoundsAndPence(measure.proxyPence)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
