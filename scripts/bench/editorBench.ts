import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Request } from '@playwright/test';
import type { Article, BodyNode } from '../../shared/article/article';
import { QUOTE_NODE } from '../../shared/article/vocabulary';
import { headersFor } from '../../electron/host/createHostServer';
import { browserPath, CHROMIUM_ARGS } from '../../tests/e2e/findBrowser';
import { startHostProcess } from '../../tests/e2e/hostProcess';
import { generateArticle } from './generateArticle';
import { summarize, type Figure } from './summarize';

/**
 * Nine runs by default: a ratio's per-run values spread so widely on a busy machine (0.72–2.75 for
 * ready at 2,000 words in one run of five) that the median of five moved by 0.2 or more between
 * runs of the same code.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [2_000, 20_000, 100_000];
/** BENCH_KEYS=1 prints every key's figure, in the order typed: which keys set a p95. */
const PRINT_KEYS = process.env.BENCH_KEYS === '1';
/**
 * Frames are drawn as soon as there is something to draw, not on a 60 Hz clock: a key's figure is
 * then the work it causes, not that plus a wait of up to 16.7 ms for the next vsync, which would
 * put the same floor under every figure and hide differences.
 */
const FRAME_ARGS = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];
/**
 * While saving: the keys are typed in blocks of SAVE_EVERY at the end, and the blocks take turns.
 * Before a block of the first kind, once the last save is done, a new one starts (Ctrl+S: the
 * autosave's own path, at once), so its keys are typed while it is serialised, sent, written and
 * answered; a block of the second kind is typed with no save. The two kinds are compared. (All the
 * keys without saves used to be typed first and all those with saves after them. Typed that way
 * with no saves at all, the second half came out 6% faster than the first, median of 9 runs,
 * which made the saves look that much cheaper: docs/performance.md, "The seventh day".)
 */
const SAVE_EVERY = 6;
/**
 * BENCH_SAVE_CONTROL=1 types the same keys with no save among them (no Ctrl+S, the same waits):
 * the while-saving ratio a run shows when saves cost nothing, i.e. how far the measure itself moves.
 */
const SAVE_CONTROL = process.env.BENCH_SAVE_CONTROL === '1';
const TYPED = 'the council voted for the bridge repairs and two new schools ';
const LOAD_TIMEOUT = 300_000;
const SELECTOR = { app: '.ProseMirror.body-editor[contenteditable=true]', bare: '.ProseMirror[contenteditable=true]' };

/** The little of the page's DOM the in-page functions use (this file is checked without the DOM library). */
interface PageNode {
  readonly textContent: string | null;
  readonly parentElement: PageElement | null;
}
interface PageElement extends PageNode {
  readonly tagName: string;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  readonly lastElementChild: PageElement | null;
  readonly previousElementSibling: PageElement | null;
  closest(selector: string): PageElement | null;
  focus(): void;
  scrollIntoView(options: { block: 'center' }): void;
}
interface PageWindow {
  document: {
    querySelector(selector: string): PageElement | null;
    createTreeWalker(root: PageElement, whatToShow: number): { nextNode(): PageNode | null };
  };
  MutationObserver: new (callback: () => void) => { observe(target: unknown, options: object): void; disconnect(): void };
  requestAnimationFrame(callback: () => void): number;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
  addEventListener(type: 'keydown', listener: (event: { timeStamp: number; ctrlKey: boolean }) => void, capture: boolean): void;
  getSelection(): { collapse(node: PageNode, offset: number): void } | null;
  performance: { now(): number; memory?: { usedJSHeapSize: number } };
  gc?: () => void;
  __bench?: Probe;
}
interface Probe {
  readyAt: number | null;
  samples: number[];
  track(selector: string): void;
  waitFor(count: number): Promise<void>;
}

/**
 * Runs before the page's own scripts. Ready: the first mutation after which the editor is editable
 * and holds the last block, then two frames. A key: from its keydown's timeStamp to the end of the
 * frame after the first editor mutation it caused (rAF, then a task that runs after paint).
 */
function probe({ selector, lastText }: { selector: string; lastText: string }): void {
  const w = globalThis as unknown as PageWindow;
  const frame = (then: () => void) => w.requestAnimationFrame(then);
  let notify = () => {};
  const bench: Probe = {
    readyAt: null,
    samples: [],
    track(editor) {
      let t0: number | null = null;
      w.addEventListener('keydown', (event) => void (event.ctrlKey || (t0 = event.timeStamp)), true);
      new w.MutationObserver(() => {
        if (t0 === null) return;
        const start = t0;
        t0 = null;
        frame(() => w.setTimeout(() => (bench.samples.push(w.performance.now() - start), notify()), 0));
      }).observe(w.document.querySelector(editor), { childList: true, subtree: true, characterData: true });
    },
    waitFor(count) {
      return new Promise((resolve, reject) => {
        const timer = w.setTimeout(() => reject(new Error(`key ${count} changed nothing in the editor`)), 30_000);
        notify = () => void (bench.samples.length >= count && (w.clearTimeout(timer), resolve()));
        notify();
      });
    },
  };
  w.__bench = bench;
  const loaded = () => {
    let block = w.document.querySelector(selector)?.lastElementChild;
    for (let i = 0; block && i < 3; i += 1, block = block.previousElementSibling) if (block.textContent?.includes(lastText)) return true;
    return false;
  };
  const watcher = new w.MutationObserver(() => {
    if (!loaded()) return;
    watcher.disconnect();
    frame(() => frame(() => (bench.readyAt = w.performance.now())));
  });
  watcher.observe(w.document, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
}

/**
 * The top-level blocks of the body, in either page: the app's editor groups them in chunks
 * (renderer/editor/extensions/bodyChunks.ts), bare TipTap has them as the editor's children.
 */
const BLOCKS = ':scope > :not(.body-chunk), :scope > .body-chunk > *';

/** Puts the caret after the last editable character of the document or of its middle paragraph; returns that block's index. */
function placeCaret({ selector, where, blocksSelector }: { selector: string; where: 'end' | 'middle'; blocksSelector: string }): number {
  const w = globalThis as unknown as PageWindow;
  const root = w.document.querySelector(selector)!;
  const blocks = Array.from(root.querySelectorAll(blocksSelector));
  const paragraphs = blocks.filter((block) => block.tagName === 'P');
  const walker = w.document.createTreeWalker(where === 'end' ? root : paragraphs[paragraphs.length >> 1]!, 4);
  let last: PageNode | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent && !node.parentElement?.closest('[contenteditable=false]')) last = node;
  if (!last) throw new Error(`no text at the ${where}`);
  let block = last.parentElement!;
  while (!blocks.includes(block)) block = block.parentElement!;
  block.scrollIntoView({ block: 'center' });
  w.getSelection()!.collapse(last, last.textContent!.length);
  return blocks.indexOf(block);
}

interface Stats {
  p50: number;
  p95: number;
  max: number;
}
interface RunResult {
  readyMs: number;
  heapMB: number;
  end: Stats;
  middle: Stats;
  /** The app at the largest size: typing at the end with a save before every few keys. */
  saving?: { keys: Stats; without: Stats; saves: number; roundTripMs: Stats };
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.ceil(p * sorted.length) - 1]!;
  return { p50: rank(0.5), p95: rank(0.95), max: sorted.at(-1)! };
}

async function typeAt(page: Page, selector: string, where: 'end' | 'middle', before: number): Promise<Stats> {
  return stats(await typeKeys(page, selector, where, before, TYPED));
}

/** Types text one key at a time, each once the last one's frame is drawn; each key's figure. */
async function typeKeys(page: Page, selector: string, where: 'end' | 'middle', before: number, text: string, beforeKey?: (index: number) => Promise<void>): Promise<number[]> {
  await page.evaluate((s) => (globalThis as unknown as PageWindow).document.querySelector(s)!.focus(), selector);
  await page.waitForTimeout(100);
  const block = await page.evaluate(placeCaret, { selector, where, blocksSelector: BLOCKS });
  await page.waitForTimeout(100);
  for (const [i, key] of [...text].entries()) {
    await beforeKey?.(i);
    await page.keyboard.down(key);
    await page.evaluate((count) => (globalThis as unknown as PageWindow).__bench!.waitFor(count), before + i + 1);
    await page.keyboard.up(key);
  }
  const { samples, typed } = await page.evaluate(
    ({ s, b, q }) => ({ samples: (globalThis as unknown as PageWindow).__bench!.samples, typed: Array.from((globalThis as unknown as PageWindow).document.querySelector(s)!.querySelectorAll(q))[b]!.textContent ?? '' }),
    { s: selector, b: block, q: BLOCKS },
  );
  if (!typed.replace(/\u00a0/g, ' ').trimEnd().endsWith(text.trimEnd())) throw new Error(`the typed text did not land at the ${where}: …${typed.slice(-80)}`);
  const figures = samples.slice(before);
  if (PRINT_KEYS) console.log(`    keys at the ${where}${beforeKey ? ' with saves' : ''}, ${selector === SELECTOR.app ? 'app' : 'bare TipTap'}, ms: ${figures.map((ms) => ms.toFixed(0)).join(' ')}`);
  return figures;
}

/**
 * Saves seen on the wire: how long each took, and whether the host saved it. The whole draft goes
 * as a request from the app's worker, a save of what changed as a message on the host's IPC socket
 * (shared/ipc/socket.ts). The requests' answers are read once the typing is over: reading each one
 * as it came asked the browser for work of its own while the keys were being measured. A socket
 * message's answer comes with the frame.
 */
function watchSaves(page: Page) {
  const requests: Request[] = [];
  const messages = new Map<number, { sentAt: number; ok?: boolean; roundTripMs?: number }>();
  let pending = 0;
  let settled = () => {};
  let finished = () => {};
  const isSave = (request: Request) => /\/ipc\/draft:save(Text|Delta)$/.test(request.url());
  const finish = () => {
    pending -= 1;
    finished();
    if (pending === 0) settled();
  };
  page.on('request', (request) => {
    if (!isSave(request)) return;
    pending += 1;
    requests.push(request);
  });
  page.on('requestfinished', (request) => void (isSave(request) && finish()));
  page.on('requestfailed', (request) => void (isSave(request) && finish()));
  page.on('websocket', (socket) => {
    socket.on('framesent', ({ payload }) => {
      const call = JSON.parse(String(payload)) as { id: number; channel: string };
      if (!/^draft:save(Text|Delta)$/.test(call.channel)) return;
      pending += 1;
      messages.set(call.id, { sentAt: performance.now() });
    });
    socket.on('framereceived', ({ payload }) => {
      const reply = JSON.parse(String(payload)) as { id: number; response: { ok: boolean } };
      const message = messages.get(reply.id);
      if (!message || message.ok !== undefined) return;
      Object.assign(message, { ok: reply.response.ok === true, roundTripMs: performance.now() - message.sentAt });
      finish();
    });
    socket.on('close', () => {
      for (const message of messages.values()) if (message.ok === undefined) (message.ok = false), finish();
    });
  });
  return {
    /** The next save to be answered. */
    next: () => new Promise<void>((resolve) => (finished = resolve)),
    /** Forgets the saves seen so far. */
    forget: () => (requests.splice(0), messages.clear()),
    idle: () =>
      pending === 0
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error('a save took longer than 30 s')), 30_000);
            settled = () => (clearTimeout(timer), resolve());
          }),
    all: async () => [
      ...(await Promise.all(
        requests.map(async (request) => {
          const body = (await (await request.response())?.json().catch(() => null)) as { ok?: boolean } | null;
          return { ok: body?.ok === true, roundTripMs: request.timing().responseEnd };
        }),
      )),
      ...[...messages.values()].map((message) => ({ ok: message.ok === true, roundTripMs: message.roundTripMs ?? NaN })),
    ],
  };
}

type SaveWatcher = ReturnType<typeof watchSaves>;

async function typeWhileSaving(page: Page, watcher: SaveWatcher, selector: string, before: number): Promise<NonNullable<RunResult['saving']>> {
  // Saved first, so that every save among the keys holds only the keys typed since the last one.
  await watcher.idle();
  const saved = watcher.next();
  await page.keyboard.press('Control+s');
  await saved;
  watcher.forget();
  // Ten pairs of blocks, a block without a save first: the first save has keys of its own to save.
  const text = (TYPED + TYPED).slice(0, 10 * 2 * SAVE_EVERY);
  const afterSave = (index: number) => Math.floor(index / SAVE_EVERY) % 2 === 1;
  const samples = await typeKeys(page, selector, 'end', before, text, async (index) => {
    if (index % SAVE_EVERY !== 0) return;
    await watcher.idle();
    if (afterSave(index) && !SAVE_CONTROL) await page.keyboard.press('Control+s');
  });
  await watcher.idle();
  const saves = await watcher.all();
  const failed = saves.filter((save) => !save.ok).length;
  const expected = SAVE_CONTROL ? 0 : text.length / SAVE_EVERY / 2;
  if (saves.length < expected || failed > 0) throw new Error(`expected ${expected} saves, all saved; got ${saves.length}, ${failed} not saved`);
  return {
    keys: stats(samples.filter((_, i) => afterSave(i))),
    without: stats(samples.filter((_, i) => !afterSave(i))),
    saves: saves.length,
    roundTripMs: stats(saves.map((save) => save.roundTripMs)),
  };
}

async function measure(browser: Browser, url: string, selector: string, lastText: string, withSaves = false): Promise<RunResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    context.setDefaultTimeout(LOAD_TIMEOUT);
    // tsx wraps the probe's inner functions in an `__name` helper, which the page has to be given.
    await context.addInitScript({ content: `var __name = (fn) => fn; (${probe})(${JSON.stringify({ selector, lastText })});` });
    const page = await context.newPage();
    // Watched from the start: the page opens its socket with the first save of what changed.
    const watcher = withSaves ? watchSaves(page) : undefined;
    await page.goto(url, { waitUntil: 'commit' });
    const ready = await page.waitForFunction(() => (globalThis as unknown as PageWindow).__bench?.readyAt, undefined, { polling: 250 });
    const readyMs = Number(await ready.jsonValue());
    const heapMB = await page.evaluate(() => {
      const w = globalThis as unknown as PageWindow;
      if (!w.gc || !w.performance.memory) throw new Error('gc or performance.memory is missing');
      w.gc();
      w.gc();
      return w.performance.memory.usedJSHeapSize / 2 ** 20;
    });
    await page.evaluate((s) => (globalThis as unknown as PageWindow).__bench!.track(s), selector);
    const end = await typeAt(page, selector, 'end', 0);
    const middle = await typeAt(page, selector, 'middle', TYPED.length);
    const saving = watcher ? await typeWhileSaving(page, watcher, selector, 2 * TYPED.length) : undefined;
    return { readyMs, heapMB, end, middle, ...(saving ? { saving } : {}) };
  } finally {
    await context.close();
  }
}

async function measureApp(browser: Browser, article: Article, lastText: string, withSaves: boolean): Promise<RunResult> {
  const dir = await mkdtemp(join(tmpdir(), 'newsroom-bench-editor-'));
  try {
    await mkdir(join(dir, 'drafts'));
    await writeFile(join(dir, 'drafts', `${article.id}.json`), JSON.stringify(article, null, 2));
    const host = await startHostProcess(dir);
    try {
      return await measure(browser, host.url, SELECTOR.app, lastText, withSaves);
    } finally {
      await host.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * Serves dist/bench-bare and, as ./article.json, the body set last, with the HTTP host's own
 * headers. One of them, `Cross-Origin-Opener-Policy`, makes the browser start a new renderer
 * process for the page instead of taking over the blank page's: about 100–130 ms of a load on this
 * machine, whatever the page. Served without it, bare TipTap was spared a cost the app's page paid
 * (bare TipTap with and without it: 1.25× and 1.28×, medians of 15 and 12 interleaved loads at
 * 2,000 words), and ready compared the two servers as much as the two pages.
 */
async function serveBare(): Promise<{ url: string; setArticle: (json: string) => void; close: () => Promise<void> }> {
  const root = resolve('dist/bench-bare');
  let article = '';
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/article.json') return void response.writeHead(200, headersFor('application/json', 'no-store')).end(article);
    const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
    if (!file.startsWith(root + sep)) return void response.writeHead(404).end();
    readFile(file).then(
      (body) => response.writeHead(200, headersFor(TYPES[extname(file)] ?? 'application/octet-stream', 'no-store')).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    setArticle: (json) => (article = json),
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** The bare StarterKit schema has no attributed quote: the same text goes in a blockquote. */
function toBare(node: BodyNode): BodyNode {
  const content = node.content?.map(toBare);
  if (node.type === QUOTE_NODE) return { type: 'blockquote', ...(content ? { content } : {}) };
  return content ? { ...node, content } : node;
}

function textOf(node: BodyNode): string {
  return node.text ?? (node.content ?? []).map(textOf).join('');
}

async function gzippedKB(dir: string): Promise<number> {
  let bytes = 0;
  for (const name of (await readdir(dir)).filter((file) => file.endsWith('.js'))) bytes += gzipSync(await readFile(join(dir, name))).length;
  return bytes / 1024;
}

/** Each run's app figure over the same run's bare figure. */
export function ratios(app: number[], bare: number[]): number[] {
  return app.map((value, i) => value / bare[i]!);
}

function withTarget(figure: Figure, target: string, pass: boolean): Figure {
  return { ...figure, target, pass };
}

function sizeFigures(words: number, app: RunResult[], bare: RunResult[]): Figure[] {
  const label = `${words.toLocaleString('en')} words:`;
  const pair = (what: string, unit: string, pick: (run: RunResult) => number) => [
    summarize(`${label} ${what}, app`, app.map(pick), unit),
    summarize(`${label} ${what}, bare TipTap`, bare.map(pick), unit),
  ];
  const ratio = (what: string, pick: (run: RunResult) => number) => summarize(`${label} ${what}, app/bare (median of per-run ratios)`, ratios(app.map(pick), bare.map(pick)), '×');
  const typing = (where: 'end' | 'middle') =>
    (['p50', 'p95', 'max'] as const).flatMap((stat) => pair(`keystroke to frame at the ${where}, ${stat}`, 'ms', (run) => run[where][stat]));
  const readyRatio = ratio('ready', (run) => run.readyMs);
  const endRatio = ratio('keystroke p95 at the end', (run) => run.end.p95);
  const endP95App = summarize('', app.map((run) => run.end.p95), 'ms').median;
  const large = words >= 100_000;
  return [
    ...pair('ready (navigation to editable, painted)', 'ms', (run) => run.readyMs),
    withTarget(readyRatio, '≤ 1.20× bare', readyRatio.median <= 1.2),
    ...pair('JS heap after load and gc', 'MB', (run) => run.heapMB),
    ...typing('end'),
    large
      ? withTarget(endRatio, `≤ 0.50× bare and app p95 < 16.7 ms (app p95 ${endP95App.toFixed(1)} ms)`, endRatio.median <= 0.5 && endP95App < 16.7)
      : withTarget(endRatio, '≤ 1.10× bare', endRatio.median <= 1.1),
    ...typing('middle'),
    ratio('keystroke p95 in the middle', (run) => run.middle.p95),
    ...savingFigures(label, app),
  ];
}

function savingFigures(sizeLabel: string, app: RunResult[]): Figure[] {
  const label = SAVE_CONTROL ? `${sizeLabel} (control: the same keys, no saves)` : sizeLabel;
  const runs = app.flatMap((run) => (run.saving ? [run.saving] : []));
  if (runs.length === 0) return [];
  const ratio = summarize(`${label} keystroke p95 at the end, the ${SAVE_EVERY} keys after a save / the ${SAVE_EVERY} keys after those (median of per-run ratios)`, runs.map((run) => run.keys.p95 / run.without.p95), '×');
  return [
    ...(SAVE_CONTROL ? [] : [summarize(`${label} saves made while typing 120 keys (one before every other block of ${SAVE_EVERY} keys), app`, runs.map((run) => run.saves), '')]),
    ...(['p50', 'p95', 'max'] as const).map((stat) => summarize(`${label} keystroke to frame at the end, in the blocks without a save, ${stat}, app`, runs.map((run) => run.without[stat]), 'ms')),
    ...(['p50', 'p95', 'max'] as const).map((stat) => summarize(`${label} keystroke to frame at the end, in the blocks after a save, ${stat}, app`, runs.map((run) => run.keys[stat]), 'ms')),
    ...(SAVE_CONTROL ? [] : [summarize(`${label} a save's round trip (sent to answered, as the bench hears of it), p50, app`, runs.map((run) => run.roundTripMs.p50), 'ms')]),
    // The control has no saves to judge: its ratio is how far the measure moves by itself.
    SAVE_CONTROL ? ratio : withTarget(ratio, '≤ 1.10× the same typing without saves', ratio.median <= 1.1),
  ];
}

function format(result: RunResult): string {
  const saving = result.saving ? `, without saves ${result.saving.without.p95.toFixed(1)} ms, after saves ${result.saving.keys.p95.toFixed(1)} ms (${result.saving.saves} saves)` : '';
  return `ready ${result.readyMs.toFixed(0)} ms, heap ${result.heapMB.toFixed(1)} MB, p95 end ${result.end.p95.toFixed(1)} ms, middle ${result.middle.p95.toFixed(1)} ms${saving}`;
}

/** The app's renderer against a bare TipTap page, run after run, on articles of 2,000 to 100,000 words. */
export async function editorBench(): Promise<Figure[]> {
  const appKB = await gzippedKB('dist/renderer/assets');
  const bareKB = await gzippedKB('dist/bench-bare/assets');
  const figures: Figure[] = [
    summarize('bundle, all JS gzipped, app', [appKB], 'KB'),
    summarize('bundle, all JS gzipped, bare TipTap', [bareKB], 'KB'),
  ];
  figures.push(withTarget(summarize('bundle, app/bare', [appKB / bareKB], '×'), '≤ 1.50× bare', appKB / bareKB <= 1.5));

  const bareServer = await serveBare();
  const browser = await chromium.launch({ executablePath: browserPath(), args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc', ...FRAME_ARGS] });
  // The app goes first in odd runs and second in even ones, so whatever one load leaves behind in
  // the browser or the machine (a process ending, memory being freed) falls on each alike.
  const runBoth = async (words: number, run: number): Promise<[RunResult, RunResult]> => {
    const article = generateArticle(`bench-${words}`, words);
    const lastText = textOf(article.body.content!.at(-1)!);
    bareServer.setArticle(JSON.stringify(toBare(article.body)));
    const app = () => measureApp(browser, article, lastText, words === Math.max(...SIZES));
    const bare = () => measure(browser, bareServer.url, SELECTOR.bare, lastText);
    if (run % 2 === 1) {
      const appRun = await app();
      return [appRun, await bare()];
    }
    const bareRun = await bare();
    return [await app(), bareRun];
  };
  try {
    console.log('  warm-up, not counted…');
    await runBoth(SIZES[0]!, 1);
    for (const words of SIZES) {
      const app: RunResult[] = [];
      const bare: RunResult[] = [];
      for (let run = 1; run <= RUNS; run += 1) {
        const [appRun, bareRun] = await runBoth(words, run);
        app.push(appRun);
        bare.push(bareRun);
        console.log(`  ${words.toLocaleString('en')} words, run ${run}/${RUNS}: app ${format(appRun)} | bare ${format(bareRun)}`);
      }
      figures.push(...sizeFigures(words, app, bare));
    }
  } finally {
    await browser.close();
    await bareServer.close();
  }
  return figures;
}
