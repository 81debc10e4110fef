/** A run of top-level blocks replaced, as a delta save carries it (see BlockDeltaSchema). */
export interface BlockRun<T> {
  start: number;
  deleteCount: number;
  insert: readonly T[];
}

/**
 * `blocks` with the runs applied, each `start` counted in `blocks` as given. Null when the runs
 * overlap, are out of order or reach past the end: they were made for another version.
 */
export function applyBlockRuns<T>(blocks: readonly T[], runs: readonly BlockRun<T>[]): T[] | null {
  const out: T[] = [];
  let at = 0;
  for (const run of runs) {
    if (run.start < at || run.start + run.deleteCount > blocks.length) return null;
    for (let i = at; i < run.start; i += 1) out.push(blocks[i]!);
    for (const block of run.insert) out.push(block);
    at = run.start + run.deleteCount;
  }
  for (let i = at; i < blocks.length; i += 1) out.push(blocks[i]!);
  return out;
}
