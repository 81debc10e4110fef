// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import type { JSONContent } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QuoteAttrs } from '../../shared/article/quoteAttrs';
import { QUOTE_MARK } from '../../shared/article/vocabulary';
import { InlineQuote, inlineQuoteShortcutFallbackKey } from '../../renderer/editor/extensions/inline-quote';
import type { InlineQuoteOptions } from '../../renderer/editor/extensions/inline-quote';

const editors: Editor[] = [];

function makeEditor(content: JSONContent | string, options: Partial<InlineQuoteOptions> = {}): Editor {
  const editor = new Editor({ extensions: [StarterKit, InlineQuote.configure(options)], content });
  editors.push(editor);
  return editor;
}

afterEach(() => {
  while (editors.length) editors.pop()!.destroy();
});

const EMPTY: QuoteAttrs = { speaker: '', role: '', sourceId: null, saidAt: '' };
const FULL: QuoteAttrs = { speaker: 'Елі Ратнер', role: 'помічник міністра', sourceId: 'src-1', saidAt: '14 листопада' };

// "Він сказав: «Ми готові». Далі." — the quotation «Ми готові» is at 13..24.
const SENTENCE = 'Він сказав: «Ми готові». Далі.';
const QUOTE_FROM = 1 + SENTENCE.indexOf('«');
const QUOTE_TO = 1 + SENTENCE.indexOf('»') + 1;

function quotedRuns(editor: Editor): { text: string; attrs: Record<string, unknown> }[] {
  const runs: { text: string; attrs: Record<string, unknown> }[] = [];
  editor.state.doc.descendants((node) => {
    const mark = node.marks.find((m) => m.type.name === QUOTE_MARK);
    if (node.isText && mark) runs.push({ text: node.text!, attrs: mark.attrs });
  });
  return runs;
}

function keydown(editor: Editor, init: Record<string, unknown>): Event {
  const KeyboardEventCtor = (globalThis as unknown as { KeyboardEvent: new (type: string, init: object) => Event }).KeyboardEvent;
  const event = new KeyboardEventCtor('keydown', { bubbles: true, cancelable: true, ...init });
  editor.view.dom.dispatchEvent(event);
  return event;
}

const mac = /Mac|iP(hone|[oa]d)/.test((globalThis as { navigator?: { platform?: string } }).navigator?.platform ?? '');

describe('InlineQuote mark', () => {
  it('setInlineQuote marks the selection with the shared name and attributes', () => {
    const editor = makeEditor(`<p>${SENTENCE}</p>`);
    editor.commands.setTextSelection({ from: QUOTE_FROM, to: QUOTE_TO });
    expect(editor.commands.setInlineQuote(FULL)).toBe(true);
    expect(quotedRuns(editor)).toEqual([{ text: '«Ми готові»', attrs: FULL }]);
  });

  it('setInlineQuote({}) uses the empty defaults', () => {
    const editor = makeEditor(`<p>${SENTENCE}</p>`);
    editor.commands.setTextSelection({ from: QUOTE_FROM, to: QUOTE_TO });
    editor.commands.setInlineQuote({});
    expect(quotedRuns(editor)).toEqual([{ text: '«Ми готові»', attrs: EMPTY }]);
  });

  it('renders a span with data-* and a title, never <q> and never extra quotation marks', () => {
    const editor = makeEditor(`<p>${SENTENCE}</p>`);
    editor.commands.setTextSelection({ from: QUOTE_FROM, to: QUOTE_TO });
    editor.commands.setInlineQuote(FULL);
    const html = editor.getHTML();
    expect(html).toBe(
      '<p>Він сказав: <span data-type="inline-quote" class="inline-quote" data-speaker="Елі Ратнер" data-role="помічник міністра" ' +
        'data-source-id="src-1" data-said-at="14 листопада" title="Елі Ратнер, помічник міністра">«Ми готові»</span>. Далі.</p>',
    );
    expect(html).not.toContain('<q');
    expect(editor.view.dom.querySelector('span.inline-quote')?.textContent).toBe('«Ми готові»');
  });

  it('has no title while there is no speaker', () => {
    const editor = makeEditor(`<p>${SENTENCE}</p>`);
    editor.commands.setTextSelection({ from: QUOTE_FROM, to: QUOTE_TO });
    editor.commands.setInlineQuote({ role: 'речник' });
    expect(editor.getHTML()).toContain('<span data-type="inline-quote" class="inline-quote" data-role="речник">«Ми готові»</span>');
  });

  it('parses its own span and plain <q>', () => {
    const fromSpan = makeEditor('<p>А <span data-type="inline-quote" data-speaker="X" data-source-id="s">«так»</span> Б</p>');
    expect(quotedRuns(fromSpan)).toEqual([{ text: '«так»', attrs: { ...EMPTY, speaker: 'X', sourceId: 's' } }]);
    const fromQ = makeEditor('<p>А <q data-speaker="Y">так</q> Б</p>');
    expect(quotedRuns(fromQ)).toEqual([{ text: 'так', attrs: { ...EMPTY, speaker: 'Y' } }]);
  });

  it('keeps its attributes through getJSON → new Editor → getJSON, tolerating unknown ones', () => {
    const json: JSONContent = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'А ' },
            { type: 'text', text: '«так»', marks: [{ type: QUOTE_MARK, attrs: { ...FULL, mood: 'x' } }] },
          ],
        },
      ],
    };
    const first = makeEditor(json).getJSON();
    expect(first.content![0]!.content![1]!.marks).toEqual([{ type: QUOTE_MARK, attrs: FULL }]);
    expect(makeEditor(first).getJSON()).toEqual(first);
  });

  it('is not inclusive: typing at its end is not part of the quote', () => {
    const editor = makeEditor(`<p>${SENTENCE}</p>`);
    editor.commands.setTextSelection({ from: QUOTE_FROM, to: QUOTE_TO });
    editor.commands.setInlineQuote(FULL);
    editor.commands.setTextSelection(QUOTE_TO);
    editor.commands.insertContent('!');
    expect(quotedRuns(editor)).toEqual([{ text: '«Ми готові»', attrs: FULL }]);
    expect(editor.state.doc.textContent).toBe('Він сказав: «Ми готові»!. Далі.');
  });

  it('survives "clear formatting"', () => {
    const editor = makeEditor(`<p>${SENTENCE}</p>`);
    editor.commands.setTextSelection({ from: QUOTE_FROM, to: QUOTE_TO });
    editor.commands.setInlineQuote(FULL);
    editor.commands.selectAll();
    editor.commands.unsetAllMarks();
    expect(quotedRuns(editor)).toHaveLength(1);
  });

  it('unsetInlineQuote removes it from the selection, or from the whole quote around the cursor', () => {
    const editor = makeEditor(`<p>${SENTENCE}</p>`);
    editor.commands.setTextSelection({ from: QUOTE_FROM, to: QUOTE_TO });
    editor.commands.setInlineQuote(FULL);
    editor.commands.setTextSelection(QUOTE_FROM + 3);
    expect(editor.commands.unsetInlineQuote()).toBe(true);
    expect(quotedRuns(editor)).toEqual([]);
  });

  it('updateInlineQuote merges attributes into the quote marks of the range only', () => {
    const editor = makeEditor(`<p>${SENTENCE}</p>`);
    editor.commands.setTextSelection({ from: QUOTE_FROM, to: QUOTE_TO });
    editor.commands.setInlineQuote({ speaker: 'А' });
    // A wider range: the unmarked text around it stays unmarked.
    expect(editor.commands.updateInlineQuote(1, QUOTE_TO + 3, { role: 'Б', sourceId: 'src-2' })).toBe(true);
    expect(quotedRuns(editor)).toEqual([{ text: '«Ми готові»', attrs: { speaker: 'А', role: 'Б', sourceId: 'src-2', saidAt: '' } }]);
    // Unknown keys and mistyped values are dropped.
    editor.commands.updateInlineQuote(QUOTE_FROM, QUOTE_TO, { speaker: 5, extra: 'x' } as unknown as Partial<QuoteAttrs>);
    expect(quotedRuns(editor)[0]!.attrs).toEqual({ speaker: '', role: 'Б', sourceId: 'src-2', saidAt: '' });
    // No quote in the range: nothing to update.
    expect(editor.commands.updateInlineQuote(1, 5, { speaker: 'X' })).toBe(false);
  });

  it('Mod-Alt-q marks the selection and asks the app for the speaker; again removes it', () => {
    const onEditAttributes = vi.fn();
    const editor = makeEditor(`<p>${SENTENCE}</p>`, { onEditAttributes });
    editor.commands.setTextSelection({ from: QUOTE_FROM, to: QUOTE_TO });
    const event = keydown(editor, { key: mac ? 'œ' : 'q', keyCode: 81, altKey: true, ctrlKey: !mac, metaKey: mac });
    expect(event.defaultPrevented).toBe(true);
    expect(quotedRuns(editor)).toEqual([{ text: '«Ми готові»', attrs: EMPTY }]);
    expect(onEditAttributes).toHaveBeenCalledWith(QUOTE_FROM, QUOTE_TO, EMPTY);

    keydown(editor, { key: mac ? 'œ' : 'q', keyCode: 81, altKey: true, ctrlKey: !mac, metaKey: mac });
    expect(quotedRuns(editor)).toEqual([]);
  });

  it('Mod-Alt-q works from a Ukrainian layout (key "й", keyCode 81)', () => {
    const editor = makeEditor(`<p>${SENTENCE}</p>`);
    editor.commands.setTextSelection({ from: QUOTE_FROM, to: QUOTE_TO });
    keydown(editor, { key: 'й', keyCode: 81, altKey: true, ctrlKey: !mac, metaKey: mac });
    expect(quotedRuns(editor)).toHaveLength(1);
  });

  it('takes Ctrl+Alt+Й on Windows, where ProseMirror skips the keyCode fallback, but never an AltGr symbol', () => {
    const editor = makeEditor(`<p>${SENTENCE}</p>`);
    const plugin = inlineQuoteShortcutFallbackKey.get(editor.state)!;
    const handle = (init: Record<string, unknown>) =>
      plugin.props.handleKeyDown!.call(plugin, editor.view, { shiftKey: false, metaKey: false, ...init } as unknown as KeyboardEventLike);
    type KeyboardEventLike = Parameters<NonNullable<typeof plugin.props.handleKeyDown>>[1];
    editor.commands.setTextSelection({ from: QUOTE_FROM, to: QUOTE_TO });
    // AltGr+Q is "@" on a German layout: not ours.
    expect(handle({ key: '@', keyCode: 81, ctrlKey: true, altKey: true })).toBe(false);
    expect(handle({ key: 'й', keyCode: 81, ctrlKey: true, altKey: false })).toBe(false);
    expect(quotedRuns(editor)).toEqual([]);
    expect(handle({ key: 'й', keyCode: 81, ctrlKey: true, altKey: true })).toBe(!mac);
    expect(quotedRuns(editor)).toHaveLength(mac ? 0 : 1);
  });

  it('Mod-Alt-q does nothing without a selection outside a quote', () => {
    const editor = makeEditor(`<p>${SENTENCE}</p>`);
    editor.commands.setTextSelection(3);
    const event = keydown(editor, { key: 'q', keyCode: 81, altKey: true, ctrlKey: !mac, metaKey: mac });
    expect(event.defaultPrevented).toBe(false);
    expect(editor.state.storedMarks ?? []).toEqual([]);
  });
});
