import type { ReactNode } from 'react';
import { useAfterFirstPaint } from '../useAfterFirstPaint';

/** Renders its children one frame after it first appears. */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  return useAfterFirstPaint() ? children : null;
}
