// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createExtensions } from '../../renderer/editor/createExtensions';
import { CHUNK_BLOCKS } from '../../renderer/editor/extensions/bodyChunks';
import { CURRENT_BLOCK_CLASS } from '../../renderer/editor/extensions/currentBlock';

let editor: Editor | null = null;
afterEach(() => editor?.destroy());

/** The first paragraph's text of each marked element. */
function marked(e: Editor): string[] {
  return [...e.view.dom.querySelectorAll(`.${CURRENT_BLOCK_CLASS}`)].map((el) => el.firstElementChild?.textContent ?? '');
}

describe('the chunk holding the cursor', () => {
  it('is the one marked, as the cursor moves, as it types, and after Enter', () => {
    const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
    const blocks = Array.from({ length: 2 * CHUNK_BLOCKS }, (_, i) => paragraph(`Абзац ${i + 1}`));
    editor = new Editor({
      extensions: createExtensions({ variant: 'body', onLinkShortcut: () => {}, onEditQuote: () => {}, onMarkInlineQuote: () => {}, quoteLabels: { noSpeaker: 'x', edit: 'y' }, typingAidsEnabled: () => false }),
      content: { type: 'doc', content: blocks },
    });
    const e = editor;
    const secondChunk = e.state.doc.child(0).nodeSize;
    e.commands.setTextSelection(secondChunk + 3);
    expect(marked(e)).toEqual([`Абзац ${CHUNK_BLOCKS + 1}`]);
    e.commands.insertContent('і');
    expect(marked(e)).toEqual([`Аібзац ${CHUNK_BLOCKS + 1}`]);
    e.commands.setTextSelection(2);
    expect(marked(e)).toEqual(['Абзац 1']);
    e.commands.setTextSelection(3);
    e.commands.splitBlock();
    expect(marked(e)).toEqual(['А']);
    expect(e.view.dom.querySelectorAll(`.${CURRENT_BLOCK_CLASS}`)).toHaveLength(1);
  });
});
