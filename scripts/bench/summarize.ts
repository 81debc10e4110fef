export interface Figure {
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  runs: number;
  /** A goal the figure is held to, in words, and whether this run met it. */
  target?: string;
  pass?: boolean;
}

export function summarize(name: string, values: number[], unit: string): Figure {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { name, unit, median, min: sorted[0]!, max: sorted.at(-1)!, runs: values.length };
}

function value(n: number, unit: string): string {
  return n.toFixed(unit === '×' ? 2 : 1);
}

export function formatTable(figures: Figure[]): string {
  const rows = figures.map((f) => `| ${f.name} | ${value(f.median, f.unit)} ${f.unit} | ${value(f.min, f.unit)} – ${value(f.max, f.unit)} | ${f.runs} |`);
  return ['| measure | median | min – max | runs |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function formatTargets(figures: Figure[]): string {
  const held = figures.filter((f) => f.target !== undefined);
  const lines = held.map((f) => `${f.pass ? 'PASS' : 'FAIL'}  ${f.name}: ${value(f.median, f.unit)} ${f.unit} (target ${f.target})`);
  const passed = held.filter((f) => f.pass).length;
  return ['Targets', ...lines, `${passed} of ${held.length} met`].join('\n');
}
