import { Extension, isMacOS, Node } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, Selection, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * Long drafts: inside the body editor, the top-level blocks are grouped in chunks of this many,
 * and the browser skips laying out and drawing the chunks off screen (`content-visibility: auto`
 * in styles.css).
 *
 * Why chunks and not the blocks themselves: the browser checks every `content-visibility: auto`
 * element for being on screen on each frame, and lays out the editor's children on each key. With
 * the 1,917 blocks of a 100,000-word draft, that was 2.5 ms and 1.4 ms of each key's 9 ms; with
 * 240 chunks of 8, about 0.3 ms and 0.5 ms. Why not larger chunks: a chunk on screen is laid out
 * whole, so with 32 blocks a chunk opening a 2,000-word draft laid out most of it, and the draft
 * took longer to show (1.49× bare TipTap against 1.12× with 8, in the bench).
 *
 * Chunks exist only in the editor. The draft on disk, a save, an export, the editor's `getJSON()`
 * and the content given to the editor are the article's body as it always was, a list of blocks:
 * chunks are made when the body is loaded and dropped whenever it is read. A writer never sees
 * one: Backspace at the start of a chunk and Delete at its end join the chunks first, then do what
 * they always do.
 */
export const CHUNK_BLOCKS = 8;

/** A chunk past twice the size is split as the writer adds blocks. */
const MAX_CHUNK_BLOCKS = 2 * CHUNK_BLOCKS;

export const BODY_CHUNK = 'bodyChunk';

interface JsonNode {
  type: string;
  content?: JsonNode[];
  [key: string]: unknown;
}

function isJsonDoc(content: unknown): content is JsonNode {
  return typeof content === 'object' && content !== null && (content as JsonNode).type === 'doc';
}

/** The body's blocks grouped in chunks, as the editor holds them. */
export function toChunkedDoc(body: JsonNode): JsonNode {
  const blocks = fromChunkedDoc(body).content ?? [];
  const chunks: JsonNode[] = [];
  for (let i = 0; i < blocks.length; i += CHUNK_BLOCKS) chunks.push({ type: BODY_CHUNK, content: blocks.slice(i, i + CHUNK_BLOCKS) });
  return { ...body, content: chunks.length ? chunks : [{ type: BODY_CHUNK, content: [{ type: 'paragraph' }] }] };
}

/** The editor's document as the article's body: its blocks, without chunks. */
export function fromChunkedDoc(doc: JsonNode): JsonNode {
  return { ...doc, content: (doc.content ?? []).flatMap((node) => (node.type === BODY_CHUNK ? (node.content ?? []) : [node])) };
}

/** Each top-level block of the body, with its position in the editor's document. */
export function forEachBlock(doc: PMNode, visit: (block: PMNode, pos: number) => void): void {
  doc.forEach((node, offset) => {
    if (node.type.name !== BODY_CHUNK) return visit(node, offset);
    node.forEach((block, inner) => visit(block, offset + 1 + inner));
  });
}

/** The document of the body editor: chunks of blocks. */
export const ChunkedDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: `${BODY_CHUNK}+`,
});

export const BodyChunk = Node.create({
  name: BODY_CHUNK,
  content: 'block+',
  // Copying across chunks and pasting back in the editor keeps the chunks whole.
  parseHTML: () => [{ tag: 'div[data-body-chunk]' }],
  renderHTML: () => ['div', { 'data-body-chunk': '', class: 'body-chunk' }, 0],
});

/** Whether the cursor is at the very start (or end) of its chunk's text, in a chunk with a neighbour on that side. */
function atChunkEdge(state: EditorState, side: 'start' | 'end'): number | null {
  const { selection } = state;
  if (!selection.empty || selection.$head.depth < 2) return null;
  const $head = selection.$head;
  const chunkIndex = $head.index(0);
  if (side === 'start' ? chunkIndex === 0 : chunkIndex === state.doc.childCount - 1) return null;
  const edge = side === 'start' ? $head.start(1) : $head.end(1);
  const first = Selection.findFrom(state.doc.resolve(edge), side === 'start' ? 1 : -1, true);
  if (!first || first.head !== $head.pos) return null;
  // The boundary between this chunk and its neighbour.
  return side === 'start' ? $head.before(1) : $head.after(1);
}

/**
 * Takes the caret where the browser has it. A key such as Home moves the caret in the page, and the
 * editor learns of it from the next `selectionchange` event; a Backspace pressed right after it
 * can come first. The usual commands would then act at the old place and leave the key to the
 * browser, whose own deletion across two chunks the editor cannot read back as a join.
 */
function catchUpWithCaret(view: EditorView): void {
  const dom = (view.root as Document).getSelection?.();
  if (!dom?.isCollapsed || !dom.focusNode || !view.dom.contains(dom.focusNode)) return;
  const pos = view.posAtDOM(dom.focusNode, dom.focusOffset);
  const { selection } = view.state;
  if (!(selection instanceof TextSelection) || !selection.empty || selection.head === pos) return;
  view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(pos))));
}

/** Joins the chunk holding the cursor with its neighbour, outside the undo history (nothing a writer sees changes). */
function joinChunksAt(view: EditorView, boundary: number): void {
  view.dispatch(view.state.tr.join(boundary).setMeta('addToHistory', false));
}

/** Splits chunks that grew past MAX_CHUNK_BLOCKS, so that a draft typed from scratch is chunked too. */
function splitLargeChunks(state: EditorState, tr: () => Transaction): void {
  state.doc.forEach((chunk, offset) => {
    if (chunk.type.name !== BODY_CHUNK || chunk.childCount <= MAX_CHUNK_BLOCKS) return;
    let pos = offset + 1;
    for (let i = 0; i < chunk.childCount; i += 1) {
      if (i > 0 && i % CHUNK_BLOCKS === 0 && chunk.childCount - i >= CHUNK_BLOCKS / 2) tr().split(tr().mapping.map(pos), 1);
      pos += chunk.child(i).nodeSize;
    }
  });
}

/**
 * A body that ends with a quote, a list or a heading gets an empty paragraph after it, so there is
 * always somewhere to type below: what TipTap's trailing node does for a document of blocks, which
 * would look for a paragraph among the chunks.
 */
function endWithParagraph(doc: PMNode, tr: () => Transaction): void {
  // Splitting chunks (done first) leaves the last block as it is.
  const last = doc.lastChild?.lastChild;
  const paragraph = doc.type.schema.nodes.paragraph;
  if (!last || !paragraph || last.type === paragraph) return;
  tr().insert(tr().doc.content.size - 1, paragraph.create());
}

/**
 * The body editor's chunks (see CHUNK_BLOCKS). Its content may be given as the body always is; it
 * is chunked when the editor is made, and `getJSON()` gives the body back without chunks.
 */
export const BodyChunks = Extension.create({
  name: 'bodyChunks',
  // Before the list and editing keys, which then see the chunks already joined.
  priority: 1000,

  addExtensions() {
    return [ChunkedDocument, BodyChunk];
  },

  onBeforeCreate() {
    const { content } = this.editor.options;
    if (isJsonDoc(content)) this.editor.options.content = toChunkedDoc(content);
    const getJSON = this.editor.getJSON.bind(this.editor);
    this.editor.getJSON = () => fromChunkedDoc(getJSON() as JsonNode) as ReturnType<typeof getJSON>;
  },

  addKeyboardShortcuts() {
    const joinAtEdge = (side: 'start' | 'end') => () => {
      catchUpWithCaret(this.editor.view);
      const boundary = atChunkEdge(this.editor.state, side);
      if (boundary !== null) joinChunksAt(this.editor.view, boundary);
      // The key goes on to the usual commands, which find one chunk where there were two.
      return false;
    };
    // Ctrl+Home and Ctrl+End, and Cmd+Up and Cmd+Down on a Mac, are left to the browser by
    // ProseMirror; the browser could not put the caret into a chunk it had not drawn, and left it
    // at the start of the last chunk drawn. The editor moves it, and the chunk is then drawn.
    const jump = (to: 'start' | 'end', extend: boolean) => () => {
      const { state, view } = this.editor;
      const target = to === 'start' ? Selection.atStart(state.doc) : Selection.atEnd(state.doc);
      const selection = extend ? TextSelection.between(state.selection.$anchor, target.$head) : target;
      view.dispatch(state.tr.setSelection(selection).scrollIntoView());
      return true;
    };
    const back = joinAtEdge('start');
    const forward = joinAtEdge('end');
    return {
      'Mod-Home': jump('start', false),
      'Mod-End': jump('end', false),
      'Shift-Mod-Home': jump('start', true),
      'Shift-Mod-End': jump('end', true),
      ...(isMacOS() ? { 'Mod-ArrowUp': jump('start', false), 'Mod-ArrowDown': jump('end', false), 'Shift-Mod-ArrowUp': jump('start', true), 'Shift-Mod-ArrowDown': jump('end', true) } : {}),
      // The keys TipTap's own keymap gives its delete commands.
      Backspace: back,
      'Mod-Backspace': back,
      'Shift-Backspace': back,
      'Alt-Backspace': back,
      'Ctrl-h': back,
      Delete: forward,
      'Mod-Delete': forward,
      'Alt-Delete': forward,
      'Ctrl-d': forward,
      'Alt-d': forward,
      'Ctrl-Alt-Backspace': forward,
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('bodyChunks'),
        appendTransaction: (transactions, _old, state) => {
          // Made only when there is something to change: this runs after every transaction.
          let tr: Transaction | null = null;
          const change = () => (tr ??= state.tr);
          if (transactions.some((t) => t.docChanged)) splitLargeChunks(state, change);
          if (!transactions.some((t) => t.getMeta('skipTrailingNode'))) endWithParagraph(state.doc, change);
          return tr;
        },
      }),
    ];
  },
});
