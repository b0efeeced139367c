// Import supplier returns (/imports/returns): choose or drop one or many completed return
// templates; each is previewed on its own (what it holds, every problem and warning, a choice
// when the period already has a return) and imported only when the officer confirms it.

import { useState, type DragEvent } from 'react';
import { href } from '../../router';
import { ReturnFilePreview } from './ReturnFilePreview';
import { isReady, useReturnFiles } from './use-return-files';

export function ImportReturnsPage() {
  const { files, add, confirm, change, remove } = useReturnFiles();
  const [dragging, setDragging] = useState(false);
  const ready = files.filter(isReady);

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    add([...event.dataTransfer.files]);
  }

  return (
    <>
      <p className="caption">
        <a href={href('/imports')}>Imports</a>
      </p>
      <h1>Import supplier returns</h1>
      <p className="lead">
        Choose the return templates suppliers filled in and sent back (.xlsx). Each file is checked
        first and nothing is saved until you import it; every import can be undone from the{' '}
        <a href={href('/imports/history')}>import history</a>.
      </p>
      <div
        className={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <label htmlFor="return-files">Completed return templates</label>
        <p className="hint" id="return-files-hint">
          Drag the files here, or choose them. You can choose several at once.
        </p>
        <input
          id="return-files"
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby="return-files-hint"
          onChange={(event) => {
            add([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
        />
      </div>
      {ready.length > 1 && (
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={() => void Promise.all(ready.map((entry) => confirm(entry)))}
          >
            Import all {ready.length} files that are ready
          </button>
        </div>
      )}
      {files.map((entry) => (
        <ReturnFilePreview
          key={entry.key}
          entry={entry}
          onChoose={(choice) => change(entry.key, { choice })}
          onImport={() => void confirm(entry)}
          onRemove={() => remove(entry.key)}
        />
      ))}
    </>
  );
}
