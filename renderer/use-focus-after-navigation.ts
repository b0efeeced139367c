// When a new page replaces the one holding focus (the button that saved a form, a link in a
// list), focus would fall to the document body and the next Tab would start from nowhere, or
// leave the page altogether. Put it on the main content instead, as the skip link does.
// Not on the first page, where Tab must reach the skip link first; and a page that took focus
// itself (an error summary, a notice) keeps it: effects run children first.

import { useEffect, useRef } from 'react';

export function useFocusAfterNavigation(path: string, mainId: string): void {
  const shown = useRef(path);
  useEffect(() => {
    if (shown.current === path) return;
    shown.current = path;
    const focused = document.activeElement;
    if (focused !== null && focused !== document.body) return;
    document.getElementById(mainId)?.focus({ preventScroll: true });
  }, [path, mainId]);
}
