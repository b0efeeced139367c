// The top of a record's page: what kind of record, its name, and what can be done with it.

import { useEffect, type ReactNode } from 'react';

interface Props {
  /** "Supplier", or "Procurement exercise PX-001". */
  caption: string;
  title: string;
  children?: ReactNode;
}

/** Names the browser tab after the record once it is loaded. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Social Value Tracker`;
  }, [title]);
}

export function RecordHeader({ caption, title, children }: Props) {
  useDocumentTitle(`${title} – ${caption}`);
  return (
    <div className="record-header">
      <p className="caption">{caption}</p>
      <h1>{title}</h1>
      {children && <div className="button-row">{children}</div>}
    </div>
  );
}
