// "Overdue" in words on a strong background, so it never rests on colour alone.

import type { ReactNode } from 'react';

export function OverdueTag({ children = 'Overdue' }: { children?: ReactNode }) {
  return <strong className="tag tag-overdue">{children}</strong>;
}
