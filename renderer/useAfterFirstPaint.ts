import { startTransition, useEffect, useState } from 'react';

/**
 * Runs `run` once the browser has painted the current frame and drawn one more: for work a writer
 * does not need in the first instant. Returns a function that cancels it.
 */
export function afterFirstPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      timer = setTimeout(run);
    });
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer) clearTimeout(timer);
  };
}

/**
 * False on the first render, true after the first paint (see afterFirstPaint): parts of the screen
 * a writer does not need in the first instant (the inspector, background editors, the dates in the
 * drafts list) come after the draft's text is on screen. They render as a transition, which React
 * splits into short slices, so typing is not held up either.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterFirstPaint(() => startTransition(() => setPainted(true))), []);
  return painted;
}
