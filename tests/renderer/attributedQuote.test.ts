// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import type { JSONContent } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QuoteAttrs } from '../../shared/article/quoteAttrs';
import { QUOTE_NODE } from '../../shared/article/vocabulary';
import { AttributedQuote, QuoteView } from '../../renderer/editor/extensions/attributed-quote';
import type { AttributedQuoteOptions } from '../../renderer/editor/extensions/attributed-quote';

const editors: Editor[] = [];

function makeEditor(content: JSONContent | string, options: Partial<AttributedQuoteOptions> = {}): Editor {
  const editor = new Editor({ extensions: [StarterKit, AttributedQuote.configure(options)], content });
  editors.push(editor);
  return editor;
}

afterEach(() => {
  while (editors.length) editors.pop()!.destroy();
});

const doc = (...content: JSONContent[]): JSONContent => ({ type: 'doc', content });
const p = (text?: string): JSONContent => (text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' });
const quote = (attrs: Partial<QuoteAttrs> | Record<string, unknown>, ...content: JSONContent[]): JSONContent => ({ type: QUOTE_NODE, attrs, content });

const FULL: QuoteAttrs = { speaker: 'Елі Ратнер', role: 'помічник міністра оборони США', sourceId: 'src-1', saidAt: '14 листопада' };

/** The caption button of the quote view at `index`. */
function captionOf(editor: Editor, index = 0) {
  const buttons = editor.view.dom.querySelectorAll<HTMLButtonElement>('figure.attributed-quote > figcaption > button');
  const button = buttons[index];
  if (!button) throw new Error(`no quote caption #${index}`);
  return button;
}

describe('AttributedQuote node', () => {
  it('has the shared name and the attributes with their defaults', () => {
    const editor = makeEditor(doc(quote({}, p('Текст'))));
    const node = editor.state.doc.firstChild!;
    expect(node.type.name).toBe('attributedQuote');
    expect(node.attrs).toEqual({ speaker: '', role: '', sourceId: null, saidAt: '' });
  });

  it('insertAttributedQuote wraps the selected paragraphs', () => {
    const editor = makeEditor(doc(p('Перший'), p('Другий'), p('Третій')));
    // From inside the first paragraph to inside the second.
    editor.commands.setTextSelection({ from: 2, to: 11 });
    expect(editor.commands.insertAttributedQuote({ speaker: 'Речник' })).toBe(true);
    expect(editor.getJSON()).toEqual(
      doc(quote({ speaker: 'Речник', role: '', sourceId: null, saidAt: '' }, p('Перший'), p('Другий')), p('Третій')),
    );
  });

  it('insertAttributedQuote with a cursor inserts an empty quote after the block and puts the cursor in it', () => {
    const editor = makeEditor(doc(p('Вступ'), p('Далі')));
    editor.commands.setTextSelection(3);
    expect(editor.commands.insertAttributedQuote()).toBe(true);
    expect(editor.getJSON()).toEqual(doc(p('Вступ'), quote({ speaker: '', role: '', sourceId: null, saidAt: '' }, p()), p('Далі')));
    const { $from } = editor.state.selection;
    expect($from.parent.type.name).toBe('paragraph');
    expect($from.node($from.depth - 1).type.name).toBe(QUOTE_NODE);
    editor.commands.insertContent('Цитата');
    expect(editor.state.doc.child(1).textContent).toBe('Цитата');
  });

  it('can().insertAttributedQuote() answers without changing the document', () => {
    const editor = makeEditor(doc(p('Вступ')));
    editor.commands.setTextSelection(3);
    const before = editor.state.doc;
    expect(editor.can().insertAttributedQuote()).toBe(true);
    expect(editor.state.doc).toBe(before);
  });

  it('insertAttributedQuote turns an empty paragraph into the quote instead of leaving it behind', () => {
    const editor = makeEditor(doc(p('Вступ'), p()));
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    expect(editor.commands.insertAttributedQuote({ role: 'речник' })).toBe(true);
    // StarterKit's TrailingNode adds the empty paragraph after a quote that ends the document.
    expect(editor.getJSON()).toEqual(doc(p('Вступ'), quote({ speaker: '', role: 'речник', sourceId: null, saidAt: '' }, p()), p()));
  });

  it('insertAttributedQuote refuses to nest a quote or to swallow a heading', () => {
    const editor = makeEditor(doc(quote({ speaker: 'А' }, p('Цитата'))));
    editor.commands.setTextSelection(4);
    expect(editor.commands.insertAttributedQuote()).toBe(false);

    const other = makeEditor(doc({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Заголовок' }] }, p('Текст')));
    other.commands.setTextSelection({ from: 2, to: 14 });
    const before = other.getJSON();
    expect(other.commands.insertAttributedQuote()).toBe(false);
    expect(other.getJSON()).toEqual(before);
  });

  it('keeps its attributes through getJSON → new Editor → getJSON', () => {
    const json = doc(p('До'), quote(FULL, p('Перший абзац'), p('Другий абзац')), p('Після'));
    const first = makeEditor(json).getJSON();
    expect(first).toEqual(json);
    const second = makeEditor(first).getJSON();
    expect(second).toEqual(first);
  });

  it('keeps its attributes through its own HTML', () => {
    const editor = makeEditor(doc(quote(FULL, p('Слова'))));
    const html = editor.getHTML();
    expect(html).toContain('<figure data-type="attributed-quote" data-speaker="Елі Ратнер"');
    expect(html).toContain('data-source-id="src-1"');
    expect(html).toContain('<blockquote><p>Слова</p></blockquote></figure>');
    expect(makeEditor(html).getJSON()).toEqual(editor.getJSON());
  });

  it('leaves empty attributes out of the HTML', () => {
    const html = makeEditor(doc(quote({}, p('Слова')))).getHTML();
    expect(html).toBe('<figure data-type="attributed-quote"><blockquote><p>Слова</p></blockquote></figure>');
  });

  it('parses our exported HTML: the blockquote paragraphs become the content, the caption the speaker', () => {
    const html =
      '<p>До</p><figure class="quote"><blockquote><p>Перший абзац</p><p>Другий абзац</p></blockquote>' +
      '<figcaption>— Елі Ратнер, помічник міністра оборони США</figcaption></figure><p>Після</p>';
    const editor = makeEditor(html);
    expect(editor.getJSON()).toEqual(
      doc(
        p('До'),
        quote({ speaker: 'Елі Ратнер', role: 'помічник міністра оборони США', sourceId: null, saidAt: '' }, p('Перший абзац'), p('Другий абзац')),
        p('Після'),
      ),
    );
  });

  it('prefers data-* attributes on an exported figure and reads a <cite> caption', () => {
    const withData = makeEditor(
      '<figure class="quote" data-speaker="X" data-role="Y" data-source-id="s2" data-said-at="вчора"><blockquote><p>Т</p></blockquote><figcaption>— інше</figcaption></figure>',
    );
    expect(withData.state.doc.firstChild!.attrs).toEqual({ speaker: 'X', role: 'Y', sourceId: 's2', saidAt: 'вчора' });

    const withCite = makeEditor('<figure class="quote"><blockquote><p>Т</p></blockquote><figcaption>— <cite>Іван Франко, молодший</cite>, поет</figcaption></figure>');
    expect(withCite.state.doc.firstChild!.attrs).toMatchObject({ speaker: 'Іван Франко, молодший', role: 'поет' });
  });

  it('does not take a figure.quote without a blockquote for a quote', () => {
    const editor = makeEditor('<figure class="quote"><p>Не цитата</p></figure>');
    expect(editor.state.doc.firstChild!.type.name).toBe('paragraph');
  });

  it('updateAttributedQuote changes only the given attributes of the quote at pos', () => {
    const editor = makeEditor(doc(p('До'), quote({ speaker: 'А', role: 'Б' }, p('Цитата'))));
    const pos = editor.state.doc.child(0).nodeSize;
    expect(editor.commands.updateAttributedQuote(pos, { role: 'нова роль', sourceId: 'src-9' })).toBe(true);
    expect(editor.state.doc.child(1).attrs).toEqual({ speaker: 'А', role: 'нова роль', sourceId: 'src-9', saidAt: '' });
    // Not a quote at that position: nothing happens.
    expect(editor.commands.updateAttributedQuote(0, { speaker: 'X' })).toBe(false);
    expect(editor.state.doc.child(0).attrs).not.toHaveProperty('speaker');
  });

  it('updateAttributedQuote ignores unknown keys and mistyped values', () => {
    const editor = makeEditor(doc(quote({ speaker: 'А' }, p('Цитата'))));
    const attrs = { speaker: 42, sourceId: '', extra: 'x' } as unknown as Partial<QuoteAttrs>;
    expect(editor.commands.updateAttributedQuote(0, attrs)).toBe(true);
    expect(editor.state.doc.firstChild!.attrs).toEqual({ speaker: '', role: '', sourceId: null, saidAt: '' });
  });

  it('tolerates unknown attributes in stored JSON', () => {
    const json = doc(quote({ ...FULL, mood: 'angry', speaker: 'А' }, p('Цитата')));
    const editor = makeEditor(json);
    expect(editor.getJSON()).toEqual(doc(quote({ ...FULL, speaker: 'А' }, p('Цитата'))));
  });

  it('tolerates mistyped attributes in stored JSON: the caption still renders', () => {
    const editor = makeEditor(doc(quote({ speaker: 7, role: null }, p('Цитата'))));
    const button = captionOf(editor);
    expect(button.classList.contains('missing-speaker')).toBe(true);
  });
});

describe('AttributedQuote node view', () => {
  it('is a plain DOM figure with the paragraphs in a blockquote and a non-editable caption', () => {
    const editor = makeEditor(doc(quote(FULL, p('Слова'))));
    const figure = editor.view.dom.querySelector('figure.attributed-quote')!;
    expect(figure).not.toBeNull();
    expect(figure.querySelector(':scope > blockquote > p')?.textContent).toBe('Слова');
    const caption = figure.querySelector(':scope > figcaption')!;
    expect(caption.getAttribute('contenteditable')).toBe('false');
    const button = captionOf(editor);
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('type')).toBe('button');
  });

  it('shows "— Speaker, role" and names the button "Edit speaker: Speaker, role"', () => {
    const editor = makeEditor(doc(quote(FULL, p('Слова')), quote({ speaker: 'Тільки ім’я' }, p('Ще'))));
    const first = captionOf(editor, 0);
    expect(first.textContent).toBe('— Елі Ратнер, помічник міністра оборони США');
    expect(first.getAttribute('aria-label')).toBe('Edit speaker: Елі Ратнер, помічник міністра оборони США');
    expect(first.classList.contains('missing-speaker')).toBe(false);
    expect(captionOf(editor, 1).textContent).toBe('— Тільки ім’я');
  });

  it('warns when the speaker is empty, even with a role', () => {
    const editor = makeEditor(doc(quote({ role: 'речник' }, p('Слова'))));
    const button = captionOf(editor);
    expect(button.textContent).toBe('No speaker yet');
    expect(button.classList.contains('missing-speaker')).toBe(true);
    expect(button.getAttribute('aria-label')).toBe('Edit speaker: No speaker yet');
  });

  it('takes its labels from the options (Ukrainian UI)', () => {
    const editor = makeEditor(doc(quote({}, p('Слова'))), { labels: { noSpeaker: 'Мовця ще не вказано', edit: 'Змінити мовця' } });
    const button = captionOf(editor);
    expect(button.textContent).toBe('Мовця ще не вказано');
    expect(button.getAttribute('aria-label')).toBe('Змінити мовця: Мовця ще не вказано');
  });

  it('updates the caption in place when the attributes change, and leaves it alone otherwise', async () => {
    const editor = makeEditor(doc(quote({}, p('Слова'))));
    const figure = editor.view.dom.querySelector('figure.attributed-quote');
    const button = captionOf(editor);
    editor.commands.updateAttributedQuote(0, { speaker: 'Мер', role: 'міський голова' });
    expect(editor.view.dom.querySelector('figure.attributed-quote')).toBe(figure);
    expect(captionOf(editor)).toBe(button);
    expect(button.textContent).toBe('— Мер, міський голова');
    expect(button.classList.contains('missing-speaker')).toBe(false);

    // Typing in the quote does not touch the caption.
    let touched = 0;
    type Observer = { observe(node: unknown, options: object): void; disconnect(): void };
    const MutationObserverCtor = (globalThis as unknown as { MutationObserver: new (callback: () => void) => Observer }).MutationObserver;
    const observer = new MutationObserverCtor(() => {
      touched += 1;
    });
    observer.observe(button, { childList: true, characterData: true, subtree: true, attributes: true });
    editor.chain().setTextSelection(4).insertContent('!').run();
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
    expect(editor.state.doc.firstChild!.textContent).toBe('Сл!ова');
    expect(touched).toBe(0);
  });

  it('calls onEditAttributes with the position and attributes when the caption is clicked', () => {
    const onEditAttributes = vi.fn();
    const editor = makeEditor(doc(p('До'), quote(FULL, p('Слова'))), { onEditAttributes });
    captionOf(editor).click();
    expect(onEditAttributes).toHaveBeenCalledWith(editor.state.doc.child(0).nodeSize, FULL);
  });

  it('keeps the caption out of the editor: its events are stopped and its mutations ignored', () => {
    const editor = makeEditor(doc(quote({}, p('Слова'))));
    const node = editor.state.doc.firstChild!;
    const view = new QuoteView({ node, view: editor.view, getPos: () => 0, editor }, AttributedQuote.options);
    const button = view.dom.querySelector('figcaption > button')!;
    const paragraph = editor.view.dom.querySelector('blockquote > p')!;
    const event = (target: unknown) => ({ target }) as unknown as Event;
    const mutation = (target: unknown) => ({ type: 'characterData', target }) as unknown as Parameters<QuoteView['ignoreMutation']>[0];
    expect(view.stopEvent(event(button))).toBe(true);
    expect(view.stopEvent(event(button.firstChild))).toBe(true);
    expect(view.stopEvent(event(view.contentDOM))).toBe(false);
    expect(view.ignoreMutation(mutation(button.firstChild))).toBe(true);
    expect(view.ignoreMutation(mutation(view.contentDOM))).toBe(false);
    expect(view.ignoreMutation(mutation(paragraph.firstChild))).toBe(false);
    // update() keeps the view for the same type and refuses another type.
    expect(view.update(node.type.create({ speaker: 'Нова' }, node.content))).toBe(true);
    expect(button.textContent).toBe('— Нова');
    expect(view.update(editor.schema.nodes.paragraph!.create())).toBe(false);
    view.destroy();
  });

  it('Mod-Shift-q inserts a quote, also from a Ukrainian layout (key "Й", keyCode 81)', () => {
    const mac = /Mac|iP(hone|[oa]d)/.test((globalThis as { navigator?: { platform?: string } }).navigator?.platform ?? '');
    const KeyboardEventCtor = (globalThis as unknown as { KeyboardEvent: new (type: string, init: object) => Event }).KeyboardEvent;
    for (const key of ['Q', 'Й']) {
      const editor = makeEditor(doc(p('Текст')));
      editor.commands.setTextSelection(2);
      const event = new KeyboardEventCtor('keydown', { key, keyCode: 81, shiftKey: true, ctrlKey: !mac, metaKey: mac, bubbles: true, cancelable: true });
      editor.view.dom.dispatchEvent(event);
      expect(editor.state.doc.child(1).type.name, `key ${key}`).toBe(QUOTE_NODE);
      expect(event.defaultPrevented).toBe(true);
      expect(editor.state.selection).toBeInstanceOf(TextSelection);
    }
  });
});
