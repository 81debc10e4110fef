// @vitest-environment happy-dom
import { Extension } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { createExtensions } from '../../renderer/editor/createExtensions';
import { warmUpTyping } from '../../renderer/editor/warmUpTyping';

describe('warmUpTyping', () => {
  it('types into an editor of its own, off the page and out of reach, which it removes afterwards', async () => {
    const texts: string[] = [];
    const frames: Element[] = [];
    const watcher = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) frames.push(node);
    });
    watcher.observe(document.body, { childList: true });
    let destroyed = 0;
    const recorder = Extension.create({
      name: 'recorder',
      onUpdate() {
        texts.push(this.editor.state.doc.lastChild?.textContent ?? '');
      },
      onDestroy() {
        destroyed += 1;
      },
    });
    let keysSeenByThePage = 0;
    document.addEventListener('keydown', () => (keysSeenByThePage += 1));
    warmUpTyping(() => [...createExtensions({ variant: 'background', typingAidsEnabled: () => false }), recorder]);
    warmUpTyping(() => {
      throw new Error('a second warm-up was started');
    });
    await new Promise((done) => setTimeout(done, 500));
    watcher.disconnect();

    expect(texts.length).toBeGreaterThan(20);
    expect(texts.at(-1)).toBe('Typed hereWarm up: www.example.com and more. ');
    expect(frames).toHaveLength(1);
    expect(frames[0]!.getAttribute('aria-hidden')).toBe('true');
    expect((frames[0] as HTMLElement).inert).toBe(true);
    expect(frames[0]!.isConnected).toBe(false);
    expect(document.body.children).toHaveLength(0);
    // Unmounted, not destroyed: TipTap's Link throws linkify's scanner away when an editor is
    // destroyed, for every editor on the page.
    expect(destroyed).toBe(0);
    // Its keys stay with its editor: the page's shortcuts never see them.
    expect(keysSeenByThePage).toBe(0);
  });
});
