// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createExtensions } from '../../renderer/editor/createExtensions';
import { CURRENT_BLOCK_CLASS } from '../../renderer/editor/extensions/currentBlock';

let editor: Editor | null = null;
afterEach(() => editor?.destroy());

function marked(e: Editor): string[] {
  return [...e.view.dom.querySelectorAll(`.${CURRENT_BLOCK_CLASS}`)].map((el) => el.textContent ?? '');
}

describe('the block holding the cursor', () => {
  it('is the one marked, as the cursor moves, as it types, and after Enter', () => {
    const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
    editor = new Editor({
      extensions: createExtensions({ variant: 'body', onLinkShortcut: () => {}, onEditQuote: () => {}, onMarkInlineQuote: () => {}, quoteLabels: { noSpeaker: 'x', edit: 'y' }, typingAidsEnabled: () => false }),
      content: { type: 'doc', content: [paragraph('Один'), paragraph('Два'), paragraph('Три')] },
    });
    const e = editor;
    e.commands.setTextSelection(10);
    expect(marked(e)).toEqual(['Два']);
    e.commands.insertContent(' і');
    expect(marked(e)).toEqual(['Два і']);
    e.commands.setTextSelection(2);
    expect(marked(e)).toEqual(['Один']);
    e.commands.setTextSelection(5);
    e.commands.splitBlock();
    expect(marked(e)).toEqual(['']);
  });
});
