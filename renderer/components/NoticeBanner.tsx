// Shows the notice left for this page (after a delete: "Supplier X deleted. Undo"), focused so
// a keyboard user can undo at once; it goes when the officer leaves the page.

import { useEffect, useRef, useState } from 'react';
import { useRoutePath } from '../router';
import { clearNotice, useNotice } from './notice';

export function NoticeBanner() {
  const notice = useNotice();
  const path = useRoutePath();
  const ref = useRef<HTMLDivElement>(null);
  const [undoing, setUndoing] = useState(false);
  const [problem, setProblem] = useState<string>();
  const here = notice !== null && notice.path === path;

  useEffect(() => {
    if (notice && notice.path !== path) clearNotice();
  }, [notice, path]);
  useEffect(() => {
    setProblem(undefined);
    setUndoing(false);
    if (notice) ref.current?.focus();
  }, [notice]);

  if (!here) return null;
  async function undo() {
    if (!notice?.undo) return;
    setUndoing(true);
    try {
      await notice.undo.run();
    } catch (error) {
      setUndoing(false);
      setProblem(error instanceof Error ? error.message : String(error));
    }
  }
  return (
    <div className="notice-banner" role="status" tabIndex={-1} ref={ref}>
      <p>
        {notice.text}{' '}
        {notice.undo && (
          <button type="button" className="link-button" onClick={undo} disabled={undoing}>
            {undoing ? 'Undoing…' : 'Undo'}
            <span className="visually-hidden"> {notice.undo.what}</span>
          </button>
        )}
      </p>
      {problem && <p className="error-message">It could not be undone: {problem}</p>}
    </div>
  );
}
