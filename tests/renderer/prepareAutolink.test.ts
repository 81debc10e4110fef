// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { describe, expect, it, vi } from 'vitest';
import { createExtensions } from '../../renderer/editor/createExtensions';

const scans = vi.hoisted(() => ({ texts: [] as string[] }));
vi.mock('linkifyjs', async (importOriginal) => {
  const linkify = await importOriginal<typeof import('linkifyjs')>();
  return {
    ...linkify,
    tokenize: (text: string) => {
      scans.texts.push(text);
      return linkify.tokenize(text);
    },
  };
});

const idle = () => new Promise((done) => setTimeout(done, 300));
const body = () =>
  new Editor({
    extensions: createExtensions({ variant: 'body', onLinkShortcut: () => {}, onEditQuote: () => {}, onMarkInlineQuote: () => {}, quoteLabels: { noSpeaker: 'x', edit: 'y' }, typingAidsEnabled: () => false }),
    content: { type: 'doc', content: [{ type: 'paragraph' }] },
  });

describe('link detection', () => {
  // TipTap's own autolink reads the word before each space with the same scanner (not watched here:
  // it imports linkify outside this test's module graph); an e2e test types an address and sees the link.
  it('is prepared in idle time after an editor is made and after one is destroyed, not on the first space typed', async () => {
    const editor = body();
    expect(scans.texts).toEqual([]);
    await idle();
    expect(scans.texts).toEqual(['']);

    const background = new Editor({ extensions: createExtensions({ variant: 'background', typingAidsEnabled: () => false }) });
    background.destroy();
    await idle();
    expect(scans.texts).toEqual(['', '']);

    editor.destroy();
  });
});
