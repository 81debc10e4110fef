// What the crash tests share: a child process killed with SIGKILL at a random moment, many times.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs `script` (TypeScript, through tsx) with `args`, kills it `delay` ms after it prints
 * "ready", and resolves with what it printed; rejects if it stops by itself.
 */
export function runAndKill(script: string, args: string[], delay: number, where: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (killed || !stdout.includes('ready\n')) return;
      killed = true;
      setTimeout(() => child.kill('SIGKILL'), delay);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' && killed) resolve(stdout);
      else reject(new Error(`The writer stopped by itself (code ${code}, signal ${signal}) in ${where}:\n${stderr}`));
    });
  });
}

/**
 * Runs `killAndCheck` for runs 0…runs-1, `lanes` at a time, each with a delay drawn from `seed`
 * (up to `maxDelayMs`); stops starting runs at the first failure, which it rethrows.
 */
export async function killRuns<T>(
  { runs, lanes, seed, maxDelayMs }: { runs: number; lanes: number; seed: number; maxDelayMs: number },
  killAndCheck: (run: number, delay: number) => Promise<T>,
): Promise<T[]> {
  const random = mulberry32(seed);
  const delays = Array.from({ length: runs }, () => random() * maxDelayMs);
  const outcomes: T[] = [];
  let next = 0;
  let failed = false;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < runs && !failed) {
        const run = next++;
        try {
          outcomes.push(await killAndCheck(run, delays[run]!));
        } catch (error) {
          failed = true;
          throw error;
        }
      }
    }),
  );
  return outcomes;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
