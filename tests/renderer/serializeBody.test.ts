// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleArticle } from '../../shared/samples/sampleArticle';
import { serializeBody } from '../../renderer/autosave/serializeBody';
import { createExtensions } from '../../renderer/editor/createExtensions';

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
    expect(JSON.parse(serializeBody(e.state.doc))).toEqual(e.getJSON());
    e.chain().setTextSelection(3).insertContent('вставка «з лапками» і \\ та " ').run();
    expect(JSON.parse(serializeBody(e.state.doc))).toEqual(e.getJSON());
    e.chain().setTextSelection(e.state.doc.content.size - 1).insertContent('кінець').run();
    expect(JSON.parse(serializeBody(e.state.doc))).toEqual(e.getJSON());
  });

  it('after an edit only one top-level block is new, so only it is serialised again', () => {
    const e = makeEditor();
    serializeBody(e.state.doc);
    const before: unknown[] = [];
    e.state.doc.forEach((block) => before.push(block));
    e.chain().setTextSelection(3).insertContent('x').run();
    let same = 0;
    e.state.doc.forEach((block, _offset, index) => {
      if (block === before[index]) same += 1;
    });
    expect(same).toBe(before.length - 1);
  });
});
