#!/usr/bin/env node
// `npm test`: typecheck both sides, build, run the unit tests and the browser and desktop
// end-to-end tests, then print one closing line that counts them all.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const reports = join('test-results', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

const counts = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

for (const [label, args] of [
  ['typecheck (Node side)', ['tsc', '-p', 'tsconfig.node.json', '--noEmit']],
  ['typecheck (renderer)', ['tsc', '-p', 'tsconfig.web.json', '--noEmit']],
  ['typecheck (end-to-end tests)', ['tsc', '-p', 'tsconfig.e2e.json', '--noEmit']],
]) {
  if (!run(label, 'npx', args)) failures.push(label);
}

if (!run('build', 'npm', ['run', 'build', '--silent'])) {
  failures.push('build');
} else {
  const vitestReport = join(reports, 'vitest.json');
  if (!run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`])) {
    failures.push('unit tests');
  }
  addVitest(vitestReport);

  const playwrightReport = join(reports, 'playwright.json');
  if (!run('end-to-end tests', 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport })) {
    failures.push('end-to-end tests');
  }
  addPlaywright(playwrightReport);
}

function addVitest(file) {
  const report = readJson(file);
  if (!report) return;
  counts.passed += report.numPassedTests ?? 0;
  counts.failed += report.numFailedTests ?? 0;
  counts.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

function addPlaywright(file) {
  const stats = readJson(file)?.stats;
  if (!stats) return;
  counts.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  counts.failed += stats.unexpected ?? 0;
  counts.skipped += stats.skipped ?? 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

console.log('');
if (failures.length) console.log(`Failed steps: ${failures.join(', ')}`);
console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failures.length || counts.failed ? 1 : 0);
