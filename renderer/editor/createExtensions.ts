import { Extension, type AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { isSafeLinkUrl } from '../../shared/export/isSafeLinkUrl';
import type { QuoteAttrs } from '../../shared/article/quoteAttrs';
import { AttributedQuote, type AttributedQuoteLabels } from './extensions/attributed-quote';
import { BodyChunks } from './extensions/bodyChunks';
import { CurrentBlock } from './extensions/currentBlock';
import { InlineQuote } from './extensions/inline-quote';
import { KeepNodeViews } from './extensions/keepNodeViews';
import { PrepareAutolink } from './extensions/prepareAutolink';
import { ScrollCaretIntoView } from './extensions/scrollCaretIntoView';
import { UkrainianQuotes } from './extensions/typing-aids';

interface BodyOptions {
  variant: 'body';
  onLinkShortcut: () => void;
  onEditQuote: (pos: number) => void;
  onMarkInlineQuote: (from: number, to: number, attrs: QuoteAttrs) => void;
  /** Read each time a caption is drawn, so they follow the interface language. */
  quoteLabels: AttributedQuoteLabels;
  typingAidsEnabled: () => boolean;
}

interface BackgroundOptions {
  variant: 'background';
  typingAidsEnabled: () => boolean;
}

function starterKit(variant: 'body' | 'background') {
  return StarterKit.configure({
    // The body's document is made of chunks of blocks (see bodyChunks.ts).
    document: variant === 'body' ? false : undefined,
    trailingNode: variant === 'body' ? false : undefined,
    heading: variant === 'body' ? { levels: [2, 3, 4] } : false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      isAllowedUri: (url) => isSafeLinkUrl(url),
      HTMLAttributes: { rel: 'noopener noreferrer', target: null },
    },
  });
}

/** The body editor's extensions, or the smaller set of a background section's editor. */
export function createExtensions(options: BodyOptions | BackgroundOptions): AnyExtension[] {
  const typing = UkrainianQuotes.configure({ isEnabled: options.typingAidsEnabled });
  if (options.variant === 'background') return [starterKit('background'), PrepareAutolink, ScrollCaretIntoView, typing];
  return [
    starterKit('body'),
    BodyChunks,
    AttributedQuote.configure({ onEditAttributes: (pos) => options.onEditQuote(pos), labels: options.quoteLabels }),
    InlineQuote.configure({ onEditAttributes: options.onMarkInlineQuote }),
    CurrentBlock,
    KeepNodeViews,
    PrepareAutolink,
    ScrollCaretIntoView,
    typing,
    Extension.create({
      name: 'linkShortcut',
      addKeyboardShortcuts: () => ({
        'Mod-k': () => {
          options.onLinkShortcut();
          return true;
        },
      }),
    }),
  ];
}
