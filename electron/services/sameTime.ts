/** The same instant, however it is written; two texts that are not times must be equal. */
export function sameTime(a: string, b: string): boolean {
  const [x, y] = [Date.parse(a), Date.parse(b)];
  return Number.isNaN(x) || Number.isNaN(y) ? a === b : x === y;
}
