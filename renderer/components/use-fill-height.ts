// The height that lets a scroll box reach down to the bottom of the window, so a list screen
// uses the whole screen without scrolling the page as well (but never less than a minimum).

import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

export function useFillHeight(
  box: RefObject<HTMLElement | null>,
  minHeight: number,
  /** Space to leave below the box. */
  bottomGap: number,
): number | undefined {
  const [height, setHeight] = useState<number>();
  const [windowHeight, setWindowHeight] = useState(() => window.innerHeight);
  useEffect(() => {
    const onResize = () => setWindowHeight(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  // After every render: what is above the box (the filters) may have grown or shrunk.
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const top = element.getBoundingClientRect().top + window.scrollY;
    const next = Math.max(minHeight, Math.floor(windowHeight - top - bottomGap));
    setHeight((now) => (now === next ? now : next));
  });
  return height;
}
