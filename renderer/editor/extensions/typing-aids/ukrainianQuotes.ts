import { Extension } from '@tiptap/core';
import type { Editor } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import type { ResolvedPos } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Transaction } from '@tiptap/pm/state';

export interface UkrainianQuotesOptions {
  /**
   * Asked on every typed `"`: converts it only when this returns true (the app answers
   * true for Ukrainian articles).
   * @default () => false
   */
  isEnabled: () => boolean;
  /**
   * The opening quotation mark.
   * @default '«'
   */
  open: string;
  /**
   * The closing quotation mark.
   * @default '»'
   */
  close: string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    ukrainianQuotes: {
      /**
       * Right after a `"` was turned into « or », turns it back into the `"` that was typed.
       * Backspace runs this first.
       * @example editor.commands.revertQuoteConversion()
       */
      revertQuoteConversion: () => ReturnType;
    };
  }
}

/** The last conversion, kept until the document or the selection changes. */
export interface QuoteConversion {
  /** Where the converted character is. */
  pos: number;
  /** What was typed (`"`). */
  typed: string;
  /** What it became (« or »). */
  converted: string;
}

export const ukrainianQuotesKey = new PluginKey<QuoteConversion | null>('ukrainianQuotes');

const TYPED_QUOTE = '"';

/** Characters after which a quotation mark opens: whitespace, opening brackets, dashes. */
const OPENS_AFTER = /[\s([{\-\u2010-\u2015]/u;

/** Whether a quotation mark typed at `$pos` opens a quotation (rather than closing one). */
export function opensQuotation($pos: ResolvedPos): boolean {
  const before = $pos.nodeBefore;
  if (!before) return true; // start of the block
  if (!before.isText) return true; // after a line break or another inline node
  const text = before.text ?? '';
  const last = Array.from(text).pop() ?? '';
  return last === '' || OPENS_AFTER.test(last);
}

/**
 * Typing aid for Ukrainian articles: a typed `"` becomes « at the start of a word and » elsewhere,
 * as it is typed. The typed `"` and its conversion are two undo steps, so one undo gives back the
 * plain `"` and a second removes it; Backspace right after a conversion also gives back the `"`.
 * Nothing already in the document is ever rewritten: pasted text, existing quotes, apostrophes
 * and dashes stay as they are.
 */
export const UkrainianQuotes = Extension.create<UkrainianQuotesOptions>({
  name: 'ukrainianQuotes',

  addOptions() {
    return {
      isEnabled: () => false,
      open: '\u00ab',
      close: '\u00bb',
    };
  },

  addCommands() {
    return {
      revertQuoteConversion:
        () =>
        ({ state, tr, dispatch }) => {
          const conversion = ukrainianQuotesKey.getState(state);
          if (!conversion) return false;
          const { selection, doc } = state;
          const { pos, typed, converted } = conversion;
          if (!selection.empty || selection.from !== pos + converted.length) return false;
          if (doc.textBetween(pos, pos + converted.length) !== converted) return false;
          if (dispatch) {
            const marks = doc.nodeAt(pos)?.marks ?? [];
            tr.replaceWith(pos, pos + converted.length, state.schema.text(typed, marks));
            tr.setMeta(ukrainianQuotesKey, null);
          }
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      Backspace: () => this.editor.commands.revertQuoteConversion(),
    };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    const editor: Editor = this.editor;
    return [
      new Plugin<QuoteConversion | null>({
        key: ukrainianQuotesKey,
        state: {
          init: () => null,
          apply(tr, previous) {
            const meta = tr.getMeta(ukrainianQuotesKey) as QuoteConversion | null | undefined;
            if (meta !== undefined) return meta;
            return tr.docChanged || tr.selectionSet ? null : previous;
          },
        },
        props: {
          handleTextInput(view, from, to, text, deflt) {
            if (text !== TYPED_QUOTE || view.composing || !editor.isEditable || !options.isEnabled()) return false;
            const { state } = view;
            const $from = state.doc.resolve(from);
            if (!$from.parent.isTextblock || $from.parent.type.spec.code) return false;
            const marks = state.storedMarks ?? $from.marks();
            if (marks.some((mark) => mark.type.spec.code)) return false;

            const quote = opensQuotation($from) ? options.open : options.close;

            // 1. The character as typed, in its own undo step.
            const typing: Transaction = (typeof deflt === 'function' ? deflt() : null) ?? state.tr.insertText(text, from, to);
            view.dispatch(closeHistory(typing));

            // 2. Its conversion, in the next undo step, so one undo gives back the plain ".
            const typed = view.state;
            if (typed.doc.textBetween(from, Math.min(from + text.length, typed.doc.content.size)) !== text) return true;
            const typedMarks = typed.doc.nodeAt(from)?.marks ?? [];
            const conversion = typed.tr.replaceWith(from, from + text.length, typed.schema.text(quote, typedMarks));
            conversion.setMeta(ukrainianQuotesKey, { pos: from, typed: text, converted: quote } satisfies QuoteConversion);
            view.dispatch(closeHistory(conversion));

            // 3. Whatever is typed next starts a new undo step of its own.
            view.dispatch(closeHistory(view.state.tr));
            return true;
          },
        },
      }),
    ];
  },
});
