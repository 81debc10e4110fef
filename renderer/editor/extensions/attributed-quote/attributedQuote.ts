import { mergeAttributes, Node } from '@tiptap/core';
import type { NodeType, ResolvedPos } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import type { EditorState } from '@tiptap/pm/state';
import { findWrapping } from '@tiptap/pm/transform';
import type { QuoteAttrs } from '../../../../shared/article/quoteAttrs';
import { QUOTE_NODE } from '../../../../shared/article/vocabulary';
import { pickQuoteAttrs, quoteAttributeSpecs } from './quoteAttributes';
import { QuoteView } from './quoteView';

export interface AttributedQuoteLabels {
  /** Shown in the caption, as a warning, while the quote has no speaker. */
  noSpeaker: string;
  /** The start of the caption button's accessible name: "Edit speaker: Speaker, role". */
  edit: string;
}

export interface AttributedQuoteOptions {
  /**
   * HTML attributes to add to the figure element
   * @default {}
   * @example { class: 'foo' }
   */
  HTMLAttributes: Record<string, unknown>;
  /**
   * Called when the journalist activates the caption (the speaker line) of a quote in the editor,
   * with the quote's position and its current attributes. The app opens its speaker form here and
   * saves the result with `updateAttributedQuote(pos, attrs)`.
   * @default null
   */
  onEditAttributes: ((pos: number, attrs: QuoteAttrs) => void) | null;
  /**
   * The caption's words, in the UI language.
   * @default { noSpeaker: 'No speaker yet', edit: 'Edit speaker' }
   */
  labels: AttributedQuoteLabels;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    attributedQuote: {
      /**
       * Wraps the selected paragraphs in a quote; with an empty selection, inserts an empty quote
       * after the current block (or turns the current empty paragraph into one) and puts the cursor in it.
       * @example editor.commands.insertAttributedQuote({ speaker: 'Елі Ратнер' })
       */
      insertAttributedQuote: (attrs?: Partial<QuoteAttrs>) => ReturnType;
      /**
       * Changes the attributes of the quote at `pos` (the position just before the quote node).
       * @example editor.commands.updateAttributedQuote(12, { role: 'помічник міністра оборони США' })
       */
      updateAttributedQuote: (pos: number, attrs: Partial<QuoteAttrs>) => ReturnType;
    };
  }
}

/** The block of an exported quote (`<figure class="quote"><blockquote>…</blockquote><figcaption>…`). */
function blockquoteOf(figure: HTMLElement): HTMLElement | null {
  for (const child of Array.from(figure.children)) {
    if (child.tagName.toLowerCase() === 'blockquote') return child as HTMLElement;
  }
  return null;
}

/**
 * Reads the speaker and role from an exported caption, "— Speaker, role" or
 * "— <cite>Speaker</cite>, role", for HTML that has no data-* attributes.
 */
export function readCaption(figure: HTMLElement): Partial<QuoteAttrs> {
  const caption = Array.from(figure.children).find((child) => child.tagName.toLowerCase() === 'figcaption');
  if (!caption) return {};
  const stripDash = (text: string) => text.replace(/^[\s\u2014\u2013\u2012\u2015-]+/, '').trim();
  const cite = caption.querySelector('cite');
  if (cite) {
    const speaker = stripDash(cite.textContent ?? '');
    const all = stripDash(caption.textContent ?? '');
    const at = all.indexOf(speaker);
    const rest = at >= 0 ? all.slice(at + speaker.length) : '';
    return { speaker, role: rest.replace(/^[\s,]+/, '').trim() };
  }
  const text = stripDash(caption.textContent ?? '');
  const comma = text.indexOf(',');
  if (comma < 0) return { speaker: text, role: '' };
  return { speaker: text.slice(0, comma).trim(), role: text.slice(comma + 1).trim() };
}

/** Whether the selection is somewhere inside a node of `type`. */
function isInside(state: EditorState, type: NodeType): boolean {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    if ($from.node(depth).type === type) return true;
  }
  return false;
}

/**
 * Where an empty quote goes for a cursor at `$from`: in place of the cursor's empty paragraph
 * when that fits, otherwise after the outermost block that can be followed by a quote.
 */
function placeForQuote($from: ResolvedPos, type: NodeType): { from: number; to: number } | null {
  const parent = $from.parent;
  if (parent.type.name === 'paragraph' && parent.content.size === 0 && $from.depth > 0) {
    const container = $from.node($from.depth - 1);
    const index = $from.index($from.depth - 1);
    if (container.canReplaceWith(index, index + 1, type)) return { from: $from.before(), to: $from.after() };
  }
  for (let depth = 1; depth <= $from.depth; depth += 1) {
    const container = $from.node(depth - 1);
    const index = $from.indexAfter(depth - 1);
    if (container.canReplaceWith(index, index, type)) return { from: $from.after(depth), to: $from.after(depth) };
  }
  return null;
}

/**
 * A block quote that knows who said it: a figure holding the quoted paragraphs, with the
 * speaker, their role, the source and the date as attributes.
 */
export const AttributedQuote = Node.create<AttributedQuoteOptions>({
  name: QUOTE_NODE,

  addOptions() {
    return {
      HTMLAttributes: {},
      onEditAttributes: null,
      labels: { noSpeaker: 'No speaker yet', edit: 'Edit speaker' },
    };
  },

  content: 'paragraph+',

  group: 'block',

  defining: true,

  addAttributes() {
    return quoteAttributeSpecs(readCaption);
  },

  parseHTML() {
    return [
      {
        tag: 'figure[data-type="attributed-quote"]',
        contentElement: (figure) => blockquoteOf(figure as HTMLElement) ?? (figure as HTMLElement),
      },
      {
        // Our own HTML export: <figure class="quote"><blockquote><p>…</p></blockquote><figcaption>— X, Y</figcaption></figure>
        tag: 'figure.quote',
        getAttrs: (figure) => (blockquoteOf(figure as HTMLElement) ? null : false),
        contentElement: (figure) => blockquoteOf(figure as HTMLElement) ?? (figure as HTMLElement),
      },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    return ['figure', mergeAttributes(this.options.HTMLAttributes, { 'data-type': 'attributed-quote' }, HTMLAttributes), ['blockquote', 0]];
  },

  addCommands() {
    return {
      insertAttributedQuote:
        (attrs = {}) =>
        ({ state, tr, dispatch }) => {
          const type = this.type;
          if (isInside(state, type)) return false;
          const quoteAttrs = pickQuoteAttrs(attrs);
          const { selection } = tr;

          if (!selection.empty) {
            const range = selection.$from.blockRange(selection.$to);
            if (!range) return false;
            // Only paragraphs fit in a quote: wrapping headings or lists fails rather than reshaping them.
            const wrapping = findWrapping(range, type, quoteAttrs);
            if (!wrapping) return false;
            if (dispatch) tr.wrap(range, wrapping).scrollIntoView();
            return true;
          }

          const paragraph = state.schema.nodes.paragraph;
          const place = placeForQuote(selection.$from, type);
          if (!paragraph || !place) return false;
          if (dispatch) {
            tr.replaceWith(place.from, place.to, type.create(quoteAttrs, paragraph.create()));
            tr.setSelection(TextSelection.create(tr.doc, place.from + 2)).scrollIntoView();
          }
          return true;
        },

      updateAttributedQuote:
        (pos, attrs) =>
        ({ tr, dispatch }) => {
          const node = tr.doc.nodeAt(pos);
          if (!node || node.type !== this.type) return false;
          if (dispatch) tr.setNodeMarkup(pos, undefined, { ...node.attrs, ...pickQuoteAttrs(attrs) });
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    // ProseMirror's keymap falls back to the physical key (keyCode) when a modifier is held and
    // the layout gives another character, so this also fires for Ctrl+Shift+Й on a Ukrainian layout.
    return {
      'Mod-Shift-q': () => this.editor.commands.insertAttributedQuote(),
    };
  },

  addNodeView() {
    return (props) => new QuoteView(props, this.options);
  },
});
