import { startTransition, useEffect, useState } from 'react';

/**
 * False on the first render, true once the browser has painted it and drawn one more frame:
 * parts of the screen a writer does not need in the first instant (the inspector, background
 * editors, the dates in the drafts list) come after the draft's text is on screen. They render
 * as a transition, which React splits into short slices, so typing is not held up either.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        timer = setTimeout(() => startTransition(() => setPainted(true)));
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer) clearTimeout(timer);
    };
  }, []);
  return painted;
}
