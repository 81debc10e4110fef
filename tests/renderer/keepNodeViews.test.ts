// @vitest-environment happy-dom
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createExtensions } from '../../renderer/editor/createExtensions';
import { QUOTE_NODE } from '../../shared/article/vocabulary';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const content = {
  type: 'doc',
  content: [
    paragraph('Перший абзац.'),
    { type: QUOTE_NODE, attrs: { speaker: 'Олена Коваль' }, content: [paragraph('Цитата.')] },
    paragraph('Останній абзац.'),
  ],
};

let root: Root | null = null;
afterEach(() => {
  root?.unmount();
  root = null;
});

/** Mounts the body editor the way the app does: `useEditor`, rendered at once, inside `EditorContent`. */
function mount(): { editor: Editor; drawnBeforeMount: Element[] } {
  let editor: Editor | null = null;
  let drawnBeforeMount: Element[] = [];
  function Pane() {
    const made = useEditor({
      extensions: createExtensions({ variant: 'body', onLinkShortcut: () => {}, onEditQuote: () => {}, onMarkInlineQuote: () => {}, quoteLabels: { noSpeaker: 'без автора', edit: 'Змінити' }, typingAidsEnabled: () => false }),
      content,
      immediatelyRender: true,
    });
    if (!editor) drawnBeforeMount = [...made.view.dom.querySelectorAll('.body-chunk > *')];
    editor = made;
    return createElement(EditorContent, { editor: made });
  }
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  flushSync(() => root!.render(createElement(Pane)));
  return { editor: editor!, drawnBeforeMount };
}

describe('the body editor on mount', () => {
  it('keeps the blocks it drew when the editor was made, the quote caption included', () => {
    const { editor, drawnBeforeMount } = mount();
    const drawn = [...editor.view.dom.querySelectorAll('.body-chunk > *')];
    expect(drawn).toHaveLength(3);
    expect(drawn.every((block, index) => block === drawnBeforeMount[index])).toBe(true);
    expect(editor.view.dom.isConnected).toBe(true);
    expect(drawn[1]!.textContent).toContain('Олена Коваль');
  });
});
