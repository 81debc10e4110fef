// Child of the storage benchmark: opens a data folder as the app does and lists it, then reports time and memory.
import { performance } from 'node:perf_hooks';
import { DraftStore } from '../../electron/services/draftStore';

const dataDir = process.argv[2]!;
const start = performance.now();
const store = await DraftStore.open({ dataDir, lock: false, quickFirstList: true });
const first = await store.list();
const firstListMs = performance.now() - start;
const checked = await store.list();
const checkedListMs = performance.now() - start;
globalThis.gc?.();
const { heapUsed, rss } = process.memoryUsage();
console.log(JSON.stringify({ firstListMs, checkedListMs, drafts: Math.max(first.drafts.length, checked.drafts.length), heapUsedMB: heapUsed / 2 ** 20, rssMB: rss / 2 ** 20 }));
await store.close();
