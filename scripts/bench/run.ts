// `npm run bench`: prints a table and writes bench-results.json. BENCH_RUNS sets the runs per figure.
import { writeFile } from 'node:fs/promises';
import { formatTable, type Figure } from './summarize';
import { storageBench } from './storageBench';

const only = process.argv[2];
const figures: Figure[] = [];
if (!only || only === 'storage') {
  console.log('Storage…');
  figures.push(...(await storageBench()));
}
console.log(`\n${formatTable(figures)}\n`);
await writeFile('bench-results.json', `${JSON.stringify({ date: new Date().toISOString(), node: process.version, figures }, null, 2)}\n`);
console.log('Written to bench-results.json');
