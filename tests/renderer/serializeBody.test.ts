// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleArticle } from '../../shared/samples/sampleArticle';
import fc from 'fast-check';
import { bodyBlocks, bodyJsonText, diffBlocks } from '../../renderer/autosave/serializeBody';
import { applyBlockRuns } from '../../shared/article/blockDelta';
import { createExtensions } from '../../renderer/editor/createExtensions';
import { forEachBlock } from '../../renderer/editor/extensions/bodyChunks';

let editor: Editor | null = null;

afterEach(() => editor?.destroy());

function makeEditor(): Editor {
  const article = sampleArticle('uk', 's1', new Date('2026-11-27T12:00:00Z'));
  editor = new Editor({
    extensions: createExtensions({
      variant: 'body',
      onLinkShortcut: () => {},
      onEditQuote: () => {},
      onMarkInlineQuote: () => {},
      quoteLabels: { noSpeaker: 'x', edit: 'y' },
      typingAidsEnabled: () => false,
    }),
    content: article.body,
  });
  return editor;
}

describe('serialising the body for a save', () => {
  it('gives exactly the editor’s JSON, before and after edits', () => {
    const e = makeEditor();
    expect(JSON.parse(bodyJsonText(bodyBlocks(e.state.doc)))).toEqual(e.getJSON());
    e.chain().setTextSelection(3).insertContent('вставка «з лапками» і \\ та " ').run();
    expect(JSON.parse(bodyJsonText(bodyBlocks(e.state.doc)))).toEqual(e.getJSON());
    e.chain().setTextSelection(e.state.doc.content.size - 1).insertContent('кінець').run();
    expect(JSON.parse(bodyJsonText(bodyBlocks(e.state.doc)))).toEqual(e.getJSON());
  });

  it('after an edit only one top-level block is new, so only it is serialised again', () => {
    const e = makeEditor();
    bodyJsonText(bodyBlocks(e.state.doc));
    const before: unknown[] = [];
    forEachBlock(e.state.doc, (block) => before.push(block));
    e.chain().setTextSelection(3).insertContent('x').run();
    let same = 0;
    let index = 0;
    forEachBlock(e.state.doc, (block) => {
      if (block === before[index++]) same += 1;
    });
    expect(same).toBe(before.length - 1);
  });
});

describe('the blocks a save sends', () => {
  const apply = (before: string[], delta: ReturnType<typeof diffBlocks>) => applyBlockRuns(before, delta);

  it('are only the paragraph typed in, and nothing when nothing changed', () => {
    const e = makeEditor();
    const before = bodyBlocks(e.state.doc);
    expect(diffBlocks(before, bodyBlocks(e.state.doc))).toEqual([]);
    // The end of the first paragraph (blocks sit in the editor's chunks, see bodyChunks.ts).
    e.commands.setTextSelection(1 + e.state.doc.child(0).child(0).nodeSize - 1);
    e.commands.insertContent(' Додано.');
    const after = bodyBlocks(e.state.doc);
    const delta = diffBlocks(before, after);
    expect(delta).toHaveLength(1);
    expect(delta[0]).toMatchObject({ start: 0, deleteCount: 1 });
    expect(delta[0]!.insert).toHaveLength(1);
    expect(JSON.parse(delta[0]!.insert[0]!)).toEqual(e.getJSON().content![0]);
    expect(apply(before, delta)).toEqual(after);
  });

  it('are two small runs for a fix near the top and a paragraph added at the end, not every block between', () => {
    const before = Array.from({ length: 1000 }, (_, i) => `{"type":"paragraph","content":[{"type":"text","text":"Абзац ${i}."}]}`);
    const after = [...before];
    after[3] = after[3]!.replace('Абзац 3.', 'Абзац 3, виправлений.');
    after.splice(998, 0, '{"type":"paragraph"}', '{"type":"paragraph","content":[{"type":"text","text":"Новий."}]}');
    const delta = diffBlocks(before, after);
    expect(delta.map((run) => [run.start, run.deleteCount, run.insert.length])).toEqual([
      [3, 1, 1],
      [998, 0, 2],
    ]);
    expect(apply(before, delta)).toEqual(after);
  });

  it('bring the lists back in step after blocks are split, joined and repeated', () => {
    const empty = '{"type":"paragraph"}';
    const before = ['a', empty, 'b', empty, 'c', 'd', empty, 'e'];
    const after = ['a', empty, 'b1', 'b2', empty, 'c', empty, 'e', 'f'];
    const delta = diffBlocks(before, after);
    expect(apply(before, delta)).toEqual(after);
    expect(delta.reduce((sum, run) => sum + run.insert.length, 0)).toBeLessThanOrEqual(4);
  });

  it('turn any list of blocks into any other', () => {
    const blocks = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 12 });
    fc.assert(fc.property(blocks, blocks, (before, after) => void expect(apply(before, diffBlocks(before, after))).toEqual(after)), { numRuns: 2000 });
  });
});
