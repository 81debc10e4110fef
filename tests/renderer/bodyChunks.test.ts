// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createExtensions } from '../../renderer/editor/createExtensions';
import { BODY_CHUNK, CHUNK_BLOCKS } from '../../renderer/editor/extensions/bodyChunks';

let editor: Editor | null = null;
afterEach(() => editor?.destroy());

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const body = (count: number) => ({ type: 'doc', content: Array.from({ length: count }, (_, i) => paragraph(`Абзац ${i + 1}.`)) });

function makeEditor(content: object): Editor {
  editor = new Editor({
    extensions: createExtensions({ variant: 'body', onLinkShortcut: () => {}, onEditQuote: () => {}, onMarkInlineQuote: () => {}, quoteLabels: { noSpeaker: 'x', edit: 'y' }, typingAidsEnabled: () => false }),
    content,
  });
  return editor;
}

function press(e: Editor, key: string): void {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  e.view.someProp('handleKeyDown', (handle) => handle(e.view, event));
}

/** The text of each block of the body, as getJSON gives it. */
function texts(e: Editor): string[] {
  return (e.getJSON().content ?? []).map((block) => (block.content ?? []).map((node) => ('text' in node ? String(node.text) : '')).join(''));
}

/** Where the text of the first block of chunk `index` starts. */
function chunkStart(e: Editor, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i += 1) pos += e.state.doc.child(i).nodeSize;
  return pos + 2;
}

describe('the body editor’s chunks of blocks', () => {
  it('hold the body given, which getJSON gives back exactly, without chunks', () => {
    const content = body(100);
    const e = makeEditor(content);
    expect(e.state.doc.childCount).toBe(Math.ceil(100 / CHUNK_BLOCKS));
    e.state.doc.forEach((chunk) => expect(chunk.type.name).toBe(BODY_CHUNK));
    expect(e.getJSON()).toEqual(content);
    expect(JSON.stringify(e.getJSON())).not.toContain(BODY_CHUNK);
  });

  it('do not change what Backspace does at the start of a chunk: the paragraph joins the one before, and undo splits them again', () => {
    const e = makeEditor(body(2 * CHUNK_BLOCKS));
    e.commands.setTextSelection(chunkStart(e, 1));
    press(e, 'Backspace');
    const joined = texts(e);
    expect(joined).toHaveLength(2 * CHUNK_BLOCKS - 1);
    expect(joined[CHUNK_BLOCKS - 1]).toBe(`Абзац ${CHUNK_BLOCKS}.Абзац ${CHUNK_BLOCKS + 1}.`);
    e.commands.insertContent('|');
    expect(texts(e)[CHUNK_BLOCKS - 1]).toBe(`Абзац ${CHUNK_BLOCKS}.|Абзац ${CHUNK_BLOCKS + 1}.`);
    e.commands.undo();
    e.commands.undo();
    expect(texts(e)).toEqual(body(2 * CHUNK_BLOCKS).content.map((block) => block.content[0]!.text));
  });

  it('do not change what Delete does at the end of a chunk: the next paragraph joins this one', () => {
    const e = makeEditor(body(2 * CHUNK_BLOCKS));
    e.commands.setTextSelection(chunkStart(e, 1) - 4);
    press(e, 'Delete');
    const joined = texts(e);
    expect(joined).toHaveLength(2 * CHUNK_BLOCKS - 1);
    expect(joined[CHUNK_BLOCKS - 1]).toBe(`Абзац ${CHUNK_BLOCKS}.Абзац ${CHUNK_BLOCKS + 1}.`);
  });

  it('leave Backspace in the middle of a chunk and at the very start of the body as they were', () => {
    const e = makeEditor(body(2 * CHUNK_BLOCKS));
    e.commands.setTextSelection(chunkStart(e, 0) + paragraph('Абзац 1.').content[0]!.text.length + 2);
    press(e, 'Backspace');
    expect(texts(e).slice(0, 2)).toEqual(['Абзац 1.Абзац 2.', 'Абзац 3.']);
    e.commands.setTextSelection(2);
    press(e, 'Backspace');
    expect(texts(e)[0]).toBe('Абзац 1.Абзац 2.');
    expect(texts(e)).toHaveLength(2 * CHUNK_BLOCKS - 1);
  });

  it('are split as a draft grows, so a long draft typed from scratch is chunked too', () => {
    const e = makeEditor(body(1));
    e.commands.setTextSelection(e.state.doc.content.size - 2);
    for (let i = 2; i <= 5 * CHUNK_BLOCKS; i += 1) {
      e.commands.splitBlock();
      e.commands.insertContent(`Абзац ${i}.`);
    }
    expect(texts(e)).toEqual(body(5 * CHUNK_BLOCKS).content.map((block) => block.content[0]!.text));
    expect(e.state.doc.childCount).toBeGreaterThan(2);
    e.state.doc.forEach((chunk) => expect(chunk.childCount).toBeLessThanOrEqual(2 * CHUNK_BLOCKS));
  });

  it('keep an empty paragraph after a body that ends with a heading, to type below it', () => {
    const e = makeEditor({ type: 'doc', content: [...body(CHUNK_BLOCKS).content, { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Кінець' }] }] });
    e.commands.setTextSelection(3);
    const blocks = e.getJSON().content ?? [];
    expect(blocks.at(-2)?.type).toBe('heading');
    expect(blocks.at(-1)).toEqual({ type: 'paragraph' });
    e.commands.setTextSelection(e.state.doc.content.size - 2);
    e.commands.insertContent('Нижче');
    expect(texts(e).at(-1)).toBe('Нижче');
  });

  it('leave one empty paragraph when everything is selected and deleted', () => {
    const e = makeEditor(body(3 * CHUNK_BLOCKS));
    e.commands.selectAll();
    e.commands.deleteSelection();
    expect(e.getJSON()).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    e.commands.insertContent('Знову');
    expect(texts(e)).toEqual(['Знову']);
  });

  it('take pasted paragraphs as blocks, copied across chunks or from elsewhere', () => {
    const e = makeEditor(body(2 * CHUNK_BLOCKS));
    const copied = e.state.doc.slice(chunkStart(e, 1) - 8, chunkStart(e, 1) + 5);
    e.commands.setTextSelection(e.state.doc.content.size - 2);
    e.view.dispatch(e.state.tr.replaceSelection(copied));
    e.view.pasteHTML('<p>Перший вставлений.</p><h2>Заголовок</h2><p>Другий вставлений.</p>');
    const all = texts(e);
    expect(all.slice(0, 2 * CHUNK_BLOCKS - 1)).toEqual(body(2 * CHUNK_BLOCKS).content.slice(0, -1).map((block) => block.content[0]!.text));
    // The copy held the last four letters of one chunk and the first five of the next.
    const tail = `Абзац ${CHUNK_BLOCKS}.`.slice(-4);
    expect(all.slice(2 * CHUNK_BLOCKS - 1)).toEqual([`Абзац ${2 * CHUNK_BLOCKS}.${tail}`, 'АбзацПерший вставлений.', 'Заголовок', 'Другий вставлений.']);
    expect(JSON.stringify(e.getJSON())).not.toContain(BODY_CHUNK);
  });
});
