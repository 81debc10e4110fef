// `npm run bench [editor|storage]`: prints a table and the targets, and writes bench-results.json.
// BENCH_RUNS sets the runs per figure. A missed target is reported, not thrown.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { editorBench } from './editorBench';
import { formatTable, formatTargets, summarize, type Figure } from './summarize';
import { LISTING_RATIO, storageBench } from './storageBench';

const only = process.argv[2];
if (only && only !== 'editor' && only !== 'storage') throw new Error(`Unknown part "${only}": use editor or storage.`);

function listingTarget(storage: Figure[]): Figure {
  const ratio = storage.find((f) => f.name === LISTING_RATIO);
  if (!ratio) return { ...summarize(LISTING_RATIO, [Number.NaN], '×'), target: 'its figures were not found', pass: false };
  return { ...ratio, pass: ratio.median <= 2 };
}

const loadBefore = loadavg();
const figures: Figure[] = [];
if (!only || only === 'storage') {
  console.log('Storage…');
  const storage = await storageBench();
  figures.push(...storage.filter((f) => f.name !== LISTING_RATIO), listingTarget(storage));
}
if (!only || only === 'editor') {
  console.log('Building the renderer and the bare TipTap page…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--config', 'scripts/bench/bare/vite.config.ts'], { stdio: 'inherit' });
  console.log('Editor, app against bare TipTap…');
  figures.push(...(await editorBench()));
}
const machine = { cpus: cpus().length, loadBefore, loadAfter: loadavg() };
console.log(`\n${formatTable(figures)}\n\n${formatTargets(figures)}\n`);
console.log(`${machine.cpus} CPUs; load average ${loadBefore.map((n) => n.toFixed(1)).join(' ')} before, ${machine.loadAfter.map((n) => n.toFixed(1)).join(' ')} after`);
await writeFile('bench-results.json', `${JSON.stringify({ date: new Date().toISOString(), node: process.version, machine, figures }, null, 2)}\n`);
console.log('Written to bench-results.json');
