import { useEffect, useState } from 'react';

/**
 * False on the first render, true once the browser has painted it: parts of the screen a writer
 * does not need in the first instant (the inspector, background editors) come one frame later,
 * so a draft's text appears as soon as it can.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer) clearTimeout(timer);
    };
  }, []);
  return painted;
}
