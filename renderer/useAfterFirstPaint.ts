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
 * splits into short slices, so typing is not held up either. `prepare`, if given, runs in a task of
 * its own just before.
 */
export function useAfterFirstPaint(prepare?: () => void): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let cancelNext = () => {};
    const cancel = afterFirstPaint(() => {
      if (!prepare) return startTransition(() => setPainted(true));
      // Work the render needs that cannot be split (such as the first date formatter) gets a task
      // of its own, so that a key typed meanwhile waits for one part, not both.
      prepare();
      const timer = setTimeout(() => startTransition(() => setPainted(true)));
      cancelNext = () => clearTimeout(timer);
    });
    return () => (cancel(), cancelNext());
    // `prepare` is read once, like the first paint it follows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return painted;
}
