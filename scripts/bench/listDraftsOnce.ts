// Child of the storage benchmark: opens a data folder and lists it once, then reports time and memory.
import { performance } from 'node:perf_hooks';
import { DraftStore } from '../../electron/services/draftStore';

const dataDir = process.argv[2]!;
const start = performance.now();
const store = await DraftStore.open({ dataDir, lock: false });
const { drafts } = await store.list();
const firstListMs = performance.now() - start;
globalThis.gc?.();
const { heapUsed, rss } = process.memoryUsage();
console.log(JSON.stringify({ firstListMs, drafts: drafts.length, heapUsedMB: heapUsed / 2 ** 20, rssMB: rss / 2 ** 20 }));
await store.close();
