import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface HostProcess {
  url: string;
  stop: () => Promise<void>;
  /** Kills the host at once (SIGKILL), as a crash or a power cut would stop it. */
  kill: () => Promise<void>;
}

/** Runs `electron/host/main.ts` as `npm run web` does (the renderer must already be built). */
export async function startHostProcess(dataDir: string, env: Record<string, string> = {}): Promise<HostProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/main.ts'], {
    env: { ...process.env, NEWSROOM_DATA_DIR: dataDir, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`The host exited (${code}) before it started:\n${output}`)));
    setTimeout(() => reject(new Error(`The host did not start in time:\n${output}`)), 30_000);
  });
  return { url, stop: () => stopChild(child, 'SIGTERM'), kill: () => stopChild(child, 'SIGKILL') };
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

export async function freshDataDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'newsroom-e2e-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface HostPerTest {
  /** The running host's address. */
  readonly url: string;
  readonly dataDir: string;
  /** While this file exists and names an error code (ENOSPC…), every write fails with it. */
  readonly faultFile: string;
  /** Stops the host and starts a new one on the same data folder, as quitting and relaunching would. */
  restart(): Promise<void>;
  /** Kills the host and starts a new one on the same data folder, as a crash and a relaunch would; `meanwhile` runs between. */
  crash(meanwhile?: () => Promise<void>): Promise<void>;
}

/** Gives each test of the file a fresh data folder and its own host, stopped and removed afterwards. */
export function useHostPerTest(test: { beforeEach: (fn: () => Promise<void>) => void; afterEach: (fn: () => Promise<void>) => void }): HostPerTest {
  let data: { dir: string; remove: () => Promise<void> };
  let host: HostProcess;
  const env = () => ({ NEWSROOM_FAULT_FILE: `${data.dir}.fault` });
  test.beforeEach(async () => {
    data = await freshDataDir();
    host = await startHostProcess(data.dir, env());
  });
  test.afterEach(async () => {
    await host.stop();
    await rm(`${data.dir}.fault`, { force: true });
    await data.remove();
  });
  return {
    get url() {
      return host.url;
    },
    get dataDir() {
      return data.dir;
    },
    get faultFile() {
      return `${data.dir}.fault`;
    },
    async restart() {
      await host.stop();
      host = await startHostProcess(data.dir, env());
    },
    async crash(meanwhile) {
      await host.kill();
      await meanwhile?.();
      host = await startHostProcess(data.dir, env());
    },
  };
}
