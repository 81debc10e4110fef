// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { articleCounts } from '../../shared/article/articleCounts';
import { sampleArticle } from '../../shared/samples/sampleArticle';
import { createExtensions } from '../../renderer/editor/createExtensions';
import { measureDraft } from '../../renderer/workspace/measureDraft';

const editors: Editor[] = [];

function editorWith(content: object, variant: 'body' | 'background' = 'body'): Editor {
  const extensions =
    variant === 'body'
      ? createExtensions({
          variant,
          onLinkShortcut: () => {},
          onEditQuote: () => {},
          onMarkInlineQuote: () => {},
          quoteLabels: { noSpeaker: 'No speaker yet', edit: 'Edit speaker' },
          typingAidsEnabled: () => false,
        })
      : createExtensions({ variant, typingAidsEnabled: () => false });
  const editor = new Editor({ extensions, content });
  editors.push(editor);
  return editor;
}

afterEach(() => {
  while (editors.length) editors.pop()!.destroy();
});

describe('measuring a draft off the typing path', () => {
  for (const language of ['uk', 'en'] as const) {
    it(`counts the same words as the drafts list (${language} sample)`, () => {
      const article = sampleArticle(language, 'm1', new Date('2026-11-27T12:00:00Z'));
      const body = editorWith(article.body);
      const background = article.background.map((section) => ({ title: section.title, doc: editorWith(section.body, 'background').state.doc, text: '' }));
      const measured = measureDraft(body.state.doc, background);
      expect(measured.words).toBe(articleCounts(article).words);
      expect(measured.words).toBeGreaterThan(100);
      expect(measured.readingMinutes).toBe(Math.ceil(measured.words / 200));
    });
  }

  it('points at every quote, block and inline, and stays right after an edit elsewhere', () => {
    const article = sampleArticle('uk', 'm2', new Date('2026-11-27T12:00:00Z'));
    const editor = editorWith(article.body);
    const check = () => {
      const { quotes } = measureDraft(editor.state.doc, []);
      expect(quotes.filter((q) => q.kind === 'block').length).toBeGreaterThan(0);
      expect(quotes.filter((q) => q.kind === 'inline').length).toBeGreaterThan(0);
      for (const quote of quotes) {
        if (quote.kind === 'block') expect(editor.state.doc.nodeAt(quote.from)?.type.name).toBe('attributedQuote');
        else expect(editor.state.doc.textBetween(quote.from, quote.to)).toBe(quote.text);
      }
      return quotes;
    };
    const before = check();
    editor.chain().setTextSelection(1).insertContent('Нове слово на початку. ').run();
    const after = check();
    expect(after.length).toBe(before.length);
    expect(after[0]!.from).toBeGreaterThan(before[0]!.from);
  });
});
