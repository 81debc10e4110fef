import { Mark, mergeAttributes } from '@tiptap/core';
import type { Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { readQuoteAttrs } from '../../../../shared/article/quoteAttrs';
import type { QuoteAttrs } from '../../../../shared/article/quoteAttrs';
import { QUOTE_MARK } from '../../../../shared/article/vocabulary';
import { pickQuoteAttrs, quoteAttributeSpecs, speakerLine } from '../attributed-quote/quoteAttributes';

export interface InlineQuoteOptions {
  /**
   * HTML attributes to add to the span element
   * @default {}
   * @example { class: 'foo' }
   */
  HTMLAttributes: Record<string, unknown>;
  /**
   * Called after the keyboard shortcut marks the selection as a quote, with the marked range and
   * its attributes, so the app can open its speaker form (and save it with `updateInlineQuote`).
   * @default null
   */
  onEditAttributes: ((from: number, to: number, attrs: QuoteAttrs) => void) | null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    inlineQuote: {
      /**
       * Marks the selected text as a quotation (the text keeps its own quotation marks).
       * @example editor.commands.setInlineQuote({ speaker: 'Елі Ратнер' })
       */
      setInlineQuote: (attrs?: Partial<QuoteAttrs>) => ReturnType;
      /**
       * Removes the quote mark from the selection, or from the whole quote around the cursor.
       * @example editor.commands.unsetInlineQuote()
       */
      unsetInlineQuote: () => ReturnType;
      /**
       * Changes the attributes of the quote marks between `from` and `to`; text without the mark is left alone.
       * @example editor.commands.updateInlineQuote(5, 40, { role: 'речник ЗСУ' })
       */
      updateInlineQuote: (from: number, to: number, attrs: Partial<QuoteAttrs>) => ReturnType;
    };
  }
}

/** The plugin that takes Ctrl+Alt+Й (Windows, Ukrainian layout) for Mod-Alt-q. */
export const inlineQuoteShortcutFallbackKey = new PluginKey('inlineQuoteShortcutFallback');

const mac = typeof navigator !== 'undefined' && /Mac|iP(hone|[oa]d)/.test(navigator.platform);

/**
 * A quotation inside a sentence, attributed to a speaker. Rendered as a span, never as <q>:
 * the journalist types the quotation marks («…») as text, and <q> would add a second pair.
 */
export const InlineQuote = Mark.create<InlineQuoteOptions>({
  name: QUOTE_MARK,

  addOptions() {
    return {
      HTMLAttributes: {},
      onEditAttributes: null,
    };
  },

  inclusive: false,

  keepOnSplit: false,

  // Clearing formatting must not drop who said what.
  clearable: false,

  addAttributes() {
    return quoteAttributeSpecs();
  },

  parseHTML() {
    return [{ tag: 'span[data-type="inline-quote"]' }, { tag: 'q' }];
  },

  renderHTML({ mark, HTMLAttributes }) {
    const line = speakerLine(readQuoteAttrs(mark.attrs));
    return [
      'span',
      mergeAttributes(
        this.options.HTMLAttributes,
        { 'data-type': 'inline-quote', class: 'inline-quote' },
        HTMLAttributes,
        line ? { title: line } : {},
      ),
      0,
    ];
  },

  addCommands() {
    return {
      setInlineQuote:
        (attrs = {}) =>
        ({ commands }) =>
          commands.setMark(this.name, pickQuoteAttrs(attrs)),

      unsetInlineQuote:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name, { extendEmptyMarkRange: true }),

      updateInlineQuote:
        (from, to, attrs) =>
        ({ tr, dispatch }) => {
          const type = this.type;
          const start = Math.max(0, Math.min(from, to));
          const end = Math.min(tr.doc.content.size, Math.max(from, to));
          const changes = pickQuoteAttrs(attrs);
          let found = false;
          tr.doc.nodesBetween(start, end, (node, pos) => {
            if (!node.isText) return true;
            const mark = type.isInSet(node.marks);
            if (!mark) return false;
            found = true;
            if (dispatch) tr.addMark(Math.max(pos, start), Math.min(pos + node.nodeSize, end), type.create({ ...mark.attrs, ...changes }));
            return false;
          });
          return found;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Alt-q': () => toggleByShortcut(this.editor, this.name, this.options),
    };
  },

  addProseMirrorPlugins() {
    const { editor, name, options } = this;
    return [
      new Plugin({
        key: inlineQuoteShortcutFallbackKey,
        props: {
          // ProseMirror skips its keyCode fallback for Ctrl+Alt on Windows (it may be AltGr), so
          // Ctrl+Alt+Й on a Ukrainian layout would never reach Mod-Alt-q. A Cyrillic letter cannot
          // be an AltGr symbol we would steal, so take the physical Q key in that case only.
          handleKeyDown: (_view, event) => {
            if (mac || !event.ctrlKey || !event.altKey || event.shiftKey || event.metaKey) return false;
            if (event.keyCode !== 81 || !/^\p{Script=Cyrillic}$/u.test(event.key)) return false;
            return toggleByShortcut(editor, name, options);
          },
        },
      }),
    ];
  },
});

function toggleByShortcut(
  editor: Editor,
  name: string,
  options: InlineQuoteOptions,
): boolean {
  if (editor.isActive(name)) return editor.commands.unsetInlineQuote();
  const { from, to, empty } = editor.state.selection;
  if (empty) return false;
  if (!editor.commands.setInlineQuote()) return false;
  options.onEditAttributes?.(from, to, readQuoteAttrs(undefined));
  return true;
}
