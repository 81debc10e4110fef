// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { afterEach, describe, expect, it } from 'vitest';
import { UkrainianQuotes, ukrainianQuotesKey } from '../../renderer/editor/extensions/typing-aids';

const editors: Editor[] = [];
let enabled = true;

function makeEditor(content = '<p></p>'): Editor {
  const editor = new Editor({
    extensions: [StarterKit, UkrainianQuotes.configure({ isEnabled: () => enabled })],
    content,
  });
  editors.push(editor);
  return editor;
}

afterEach(() => {
  while (editors.length) editors.pop()!.destroy();
  enabled = true;
});

/** Types `text` at the cursor one character at a time, as the view does: plugins first, then the default insertion. */
function type(editor: Editor, text: string): void {
  const { view } = editor;
  for (const char of Array.from(text)) {
    const { from, to } = view.state.selection;
    const deflt = () => view.state.tr.insertText(char, from, to);
    const handled = view.someProp('handleTextInput', (f) => f(view, from, to, char, deflt));
    if (!handled) view.dispatch(deflt());
  }
}

function keydown(editor: Editor, key: string, keyCode: number): Event {
  const KeyboardEventCtor = (globalThis as unknown as { KeyboardEvent: new (type: string, init: object) => Event }).KeyboardEvent;
  const event = new KeyboardEventCtor('keydown', { key, keyCode, bubbles: true, cancelable: true });
  editor.view.dom.dispatchEvent(event);
  return event;
}

const text = (editor: Editor) => editor.state.doc.textContent;

describe('UkrainianQuotes typing aid', () => {
  it('turns typed " into « at the start of a word and » after one', () => {
    const editor = makeEditor();
    type(editor, 'Він сказав: "Ми готові". Потім "так" і ("ні") — "може"');
    expect(text(editor)).toBe('Він сказав: «Ми готові». Потім «так» і («ні») — «може»');
  });

  it('opens at the start of a block, after a dash and after a no-break space', () => {
    const editor = makeEditor();
    type(editor, '"А"');
    expect(text(editor)).toBe('«А»');
    const dash = makeEditor();
    type(dash, 'слово—"так" і -"ні" і\u00a0"ось"');
    expect(text(dash)).toBe('слово—«так» і -«ні» і\u00a0«ось»');
  });

  it('one undo gives back the plain " that was typed, a second removes it', () => {
    const editor = makeEditor();
    type(editor, '"');
    expect(text(editor)).toBe('«');
    editor.commands.undo();
    expect(text(editor)).toBe('"');
    editor.commands.undo();
    expect(text(editor)).toBe('');
  });

  it('the undo steps stay apart from the text typed around them', () => {
    const editor = makeEditor();
    type(editor, 'Він сказав "Київ"');
    expect(text(editor)).toBe('Він сказав «Київ»');
    editor.commands.undo();
    expect(text(editor)).toBe('Він сказав «Київ"');
    editor.commands.undo();
    expect(text(editor)).toBe('Він сказав «Київ');
    editor.commands.undo();
    expect(text(editor)).toBe('Він сказав «');
    editor.commands.undo();
    expect(text(editor)).toBe('Він сказав "');
    editor.commands.undo();
    expect(text(editor)).toBe('Він сказав ');
    // And redo brings it all back.
    for (let i = 0; i < 5; i += 1) editor.commands.redo();
    expect(text(editor)).toBe('Він сказав «Київ»');
  });

  it('Mod-z from the keyboard undoes the conversion only', () => {
    const editor = makeEditor();
    type(editor, 'Так "');
    const mac = /Mac|iP(hone|[oa]d)/.test((globalThis as { navigator?: { platform?: string } }).navigator?.platform ?? '');
    const KeyboardEventCtor = (globalThis as unknown as { KeyboardEvent: new (type: string, init: object) => Event }).KeyboardEvent;
    editor.view.dom.dispatchEvent(new KeyboardEventCtor('keydown', { key: 'z', keyCode: 90, ctrlKey: !mac, metaKey: mac, bubbles: true, cancelable: true }));
    expect(text(editor)).toBe('Так "');
  });

  it('Backspace right after a conversion gives back the plain "', () => {
    const editor = makeEditor();
    type(editor, 'Так "');
    expect(keydown(editor, 'Backspace', 8).defaultPrevented).toBe(true);
    expect(text(editor)).toBe('Так "');
    expect(editor.state.selection.from).toBe(1 + 'Так "'.length);
    // Once reverted, Backspace deletes as usual (handled by the default keymap).
    expect(editor.commands.revertQuoteConversion()).toBe(false);
  });

  it('Backspace later, after the cursor moved or more was typed, is an ordinary Backspace', () => {
    const editor = makeEditor();
    type(editor, '"а');
    expect(ukrainianQuotesKey.getState(editor.state)).toBeNull();
    expect(editor.commands.revertQuoteConversion()).toBe(false);

    const moved = makeEditor();
    type(moved, 'ab "');
    moved.commands.setTextSelection(2);
    moved.commands.setTextSelection(5);
    expect(moved.commands.revertQuoteConversion()).toBe(false);
  });

  it('does nothing while disabled (non-Ukrainian article)', () => {
    enabled = false;
    const editor = makeEditor();
    type(editor, 'He said "yes"');
    expect(text(editor)).toBe('He said "yes"');
    enabled = true;
    type(editor, ' "так"');
    expect(text(editor)).toBe('He said "yes" «так»');
  });

  it('never rewrites what is already in the document', () => {
    const existing = 'Було "так" і \'ні\' — п\'ять - "x"';
    const editor = makeEditor(`<p>${existing}</p>`);
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    type(editor, ' і "ще"');
    expect(text(editor)).toBe(`${existing} і «ще»`);
    // Pasted or inserted text is not typing.
    editor.commands.insertContent(' "вставка" ');
    expect(text(editor)).toBe(`${existing} і «ще» "вставка" `);
  });

  it('leaves apostrophes and other characters alone', () => {
    const editor = makeEditor();
    type(editor, "п'ять м'ясо ʼ-'");
    expect(text(editor)).toBe("п'ять м'ясо ʼ-'");
  });

  it('does not convert in code blocks or inline code', () => {
    const editor = makeEditor('<pre><code>x = </code></pre>');
    editor.commands.setTextSelection(editor.state.doc.firstChild!.nodeSize - 1);
    type(editor, '"a"');
    expect(text(editor)).toBe('x = "a"');

    const inline = makeEditor('<p>a <code>yz</code></p>');
    inline.commands.setTextSelection(4);
    type(inline, '"');
    expect(text(inline)).toBe('a y"z');
  });

  it('keeps the marks of the typed character', () => {
    const editor = makeEditor('<p><strong>жирний</strong></p>');
    editor.commands.setTextSelection(1 + 'жирний'.length);
    type(editor, '"');
    const last = editor.state.doc.firstChild!.lastChild!;
    expect(last.text).toBe('жирний»');
    expect(last.marks.map((m) => m.type.name)).toEqual(['bold']);
  });

  it('replaces a selection like ordinary typing', () => {
    const editor = makeEditor('<p>а ХХХ б</p>');
    editor.commands.setTextSelection({ from: 3, to: 6 });
    type(editor, '"');
    expect(text(editor)).toBe('а « б');
    editor.commands.undo();
    expect(text(editor)).toBe('а " б');
  });
});
