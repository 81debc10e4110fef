// Child process for journalCrash.test.ts: edits one draft by delta saves, as the editor does,
// until it is killed. Save n replaces paragraph n % PARAGRAPHS with "n" and sets the headline to
// "Save n"; every so often it pauses long enough for the store to write the draft whole. It prints
// "saved n" once save n is answered, and "ready" once warmed up.
// Run: node --import tsx journalCrashWriter.ts <dataDir> <draftId>
import { contentOf } from '../../shared/article/contentOf';
import { DraftStore } from '../../electron/services/draftStore';
import { bodyAfter, PARAGRAPHS, QUIET_MS, paragraphOf } from './journalCrashShape';

const WARM_UP_SAVES = 3;

const [dataDir, draftId] = process.argv.slice(2);
if (!dataDir || !draftId) throw new Error('usage: journalCrashWriter.ts <dataDir> <draftId>');

const store = await DraftStore.open({ dataDir, lock: false, journal: { quietMs: QUIET_MS } });
const draft = await store.open(draftId);
const { body: _body, ...head } = contentOf(draft);
let updatedAt = draft.updatedAt;
for (let n = 1; ; n += 1) {
  if (n === WARM_UP_SAVES + 1) process.stdout.write('ready\n');
  const at = n % PARAGRAPHS;
  const headline = `Save ${n}`;
  if (n === 1) {
    // The store holds no version of a draft it only opened, so the editor's first save is whole.
    ({ updatedAt } = await store.save({ ...head, headline, body: bodyAfter(n) }, { baseUpdatedAt: updatedAt }));
  } else {
    const delta = [{ start: at, deleteCount: 1, insert: [JSON.stringify(paragraphOf(at, n))] }];
    ({ updatedAt } = await store.saveDelta(JSON.stringify({ ...head, headline }), delta, { baseUpdatedAt: updatedAt }));
  }
  process.stdout.write(`saved ${n}\n`);
  // Now and then a pause past QUIET_MS, so that kills also land while the draft is written whole.
  if (n % 7 === 0) await new Promise((resolve) => setTimeout(resolve, QUIET_MS + 5));
}
