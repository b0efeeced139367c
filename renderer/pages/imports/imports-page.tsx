// Imports (/imports): where every spreadsheet import starts, and the history of them.

import { href } from '../../router';

const imports = [
  {
    path: '/imports/returns',
    label: 'Import supplier returns',
    text: 'Completed return templates sent back by suppliers: one file or many at once.',
  },
  {
    path: '/imports/register',
    label: 'Import a register or list',
    text: 'Contracts, procurement exercises or suppliers from a CSV or Excel file, such as a published contracts register or a Contracts Finder export.',
  },
  {
    path: '/imports/history',
    label: 'Import history',
    text: 'Every file imported, who imported it and when; undo a whole import.',
  },
];

export function ImportsPage() {
  return (
    <>
      <h1>Imports</h1>
      <p className="lead">
        Bring in spreadsheets instead of retyping them. Each file is checked and shown to you first;
        nothing is saved until you confirm.
      </p>
      <ul className="import-links">
        {imports.map((entry) => (
          <li key={entry.path}>
            <a href={href(entry.path)}>{entry.label}</a>
            <p className="meta">{entry.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
