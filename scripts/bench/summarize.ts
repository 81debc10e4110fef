export interface Figure {
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarize(name: string, values: number[], unit: string): Figure {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { name, unit, median, min: sorted[0]!, max: sorted.at(-1)!, runs: values.length };
}

export function formatTable(figures: Figure[]): string {
  const rows = figures.map((f) => `| ${f.name} | ${f.median.toFixed(1)} ${f.unit} | ${f.min.toFixed(1)} – ${f.max.toFixed(1)} | ${f.runs} |`);
  return ['| measure | median | min – max | runs |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
