// An outcome's measures: code (a link to the measure's page), title, unit, kind, proxy value and
// the council outcomes each serves.

import type { Measure } from '../../../shared/measures-framework';
import { formatPoundsAndPence } from '../../../shared/money';
import { measureKindLabels } from '../../../shared/social-value';
import { href } from '../../router';
import { measurePath } from './framework-paths';

/** Pounds and pence per unit (per £1 for money); the page says it in full. */
function proxyCell({ kind, proxyPence }: Measure): string {
  if (kind === 'record-only') return 'None';
  return proxyPence === null ? 'Not set' : formatPoundsAndPence(proxyPence);
}

interface Props {
  measures: Measure[];
  caption: string;
  councilOutcomes: ReadonlyMap<string, string>;
}

export function MeasuresTable({ measures, caption, councilOutcomes }: Props) {
  if (measures.length === 0) return <p className="meta">No measures yet.</p>;
  return (
    <table className="data-table framework-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Code</th>
          <th scope="col">Measure</th>
          <th scope="col">Unit</th>
          <th scope="col">Kind</th>
          <th scope="col" className="numeric">
            Proxy value
          </th>
          <th scope="col">Council outcomes</th>
        </tr>
      </thead>
      <tbody>
        {measures.map((measure) => (
          <tr key={measure.id}>
            <td className="nowrap">
              <a href={href(measurePath(measure.id))}>{measure.code}</a>
            </td>
            <td>{measure.title}</td>
            <td>{measure.unit}</td>
            <td>{measureKindLabels[measure.kind]}</td>
            <td className={measure.proxyPence === null ? 'meta numeric' : 'numeric'}>
              {proxyCell(measure)}
            </td>
            <td>
              {measure.councilOutcomeIds
                .map((id) => councilOutcomes.get(id))
                .filter(Boolean)
                .join(', ') || <span className="meta">None</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
