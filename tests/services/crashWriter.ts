// Child process for crashSafety.test.ts: saves one draft over and over, alternating a small version A
// and a large version B, until it is killed. It says "ready" once warmed up, so that kills land
// anywhere in a steady stream of saves; the first save after that is of version <first> (A by default).
// Run: node --import tsx crashWriter.ts <dataDir> <draftId> [A|B]
import type { ArticleContent, BodyNode } from '../../shared/article/article';
import { contentOf } from '../../shared/article/contentOf';
import { DraftStore } from '../../electron/services/draftStore';

const WARM_UP_SAVES = 2;

type Save = (content: ArticleContent, options: { baseUpdatedAt: string | null }) => Promise<{ updatedAt: string }>;

const [dataDir, draftId, first = 'A'] = process.argv.slice(2);
if (!dataDir || !draftId) throw new Error('usage: crashWriter.ts <dataDir> <draftId> [A|B]');

const noLock = { lock: false };
const store = await DraftStore.open({ dataDir, ...noLock });
const save: Save = store.save.bind(store);
const draft = await store.open(draftId);
const a = { letter: 'A', body: bodyOfSize(20_000) };
const b = { letter: 'B', body: bodyOfSize(200_000) };
const order = first === 'B' ? [b, a] : [a, b];

let updatedAt = draft.updatedAt;
for (let n = 1; ; n += 1) {
  if (n === WARM_UP_SAVES + 1) process.stdout.write('ready\n');
  const version = order[(n + WARM_UP_SAVES + 1) % 2]!;
  const content = { ...contentOf(draft), headline: `${version.letter} ${n}`, body: version.body };
  ({ updatedAt } = await save(content, { baseUpdatedAt: updatedAt }));
}

function bodyOfSize(chars: number): BodyNode {
  const sentence = 'Рада ухвалила бюджет після нічного засідання, the vote was 240 to 112. ';
  const paragraph = sentence.repeat(Math.ceil(1000 / sentence.length));
  const count = Math.ceil(chars / paragraph.length);
  return {
    type: 'doc',
    content: Array.from({ length: count }, (_, index) => ({
      type: 'paragraph',
      content: [{ type: 'text', text: `${index + 1}. ${paragraph}` }],
    })),
  };
}
