import { Editor, type AnyExtension } from '@tiptap/core';

/** What the warm-up types, a letter at a time: words, spaces and an address (autolink reads it). */
const TYPED = 'Warm up: www.example.com and more. ';

let started = false;

/**
 * Runs the code that handles a typed letter, before the writer types: call it once the draft is on
 * screen. The first letters typed after a draft opened were slow (30–60 ms for the first, 10–20 ms
 * for the next few) because the browser was still compiling ProseMirror's and the editor's code on
 * its first use; afterwards a letter takes a few milliseconds. The warm-up types into a small
 * editor of its own with the same extensions, off screen and out of reach (inert, hidden from
 * assistive technology), the way the browser does: a key event, then the text changed in the page,
 * which ProseMirror reads back into a transaction. One letter per task, about 20 ms for the first
 * and 1–2 ms for each next one. Once per page.
 *
 * It does not wait for idle time: a long draft that has just opened keeps the browser drawing
 * frames for a while (blocks coming into view are laid out one frame after another), and a writer
 * who clicks into the text at once would type before an idle callback ran. It stops as soon as the
 * writer presses a key or the pointer: from then on their own typing does the warming, and the
 * warm-up's tasks would only stand between their keys.
 *
 * The editor is unmounted, not destroyed: destroying an editor with links makes TipTap throw away
 * linkify's scanner for every editor on the page (see prepareAutolink.ts), 10–20 ms to build again.
 */
export function warmUpTyping(extensions: () => AnyExtension[]): void {
  if (started) return;
  started = true;
  run(extensions());
}

function run(extensions: AnyExtension[]): void {
  // A fixed frame: ProseMirror's scrolling to the cursor stops at it, so the page never scrolls.
  // Its contents are not rendered (content-visibility: hidden), so a letter typed there does not
  // make the browser draw a frame: each such frame checked every block of the draft for being on
  // screen, 3 ms at 100,000 words, 35 times over while the page settled.
  const frame = document.createElement('div');
  frame.setAttribute('aria-hidden', 'true');
  frame.inert = true;
  frame.style.cssText = 'position:fixed;left:-10000px;top:0;width:40em;height:20em;overflow:hidden;contain:strict;visibility:hidden;content-visibility:hidden';
  document.body.append(frame);
  const editor = new Editor({
    element: frame,
    extensions,
    content: '<h2>Title</h2><p>First paragraph, with <strong>bold</strong> and <em>italic</em> words.</p><p>Typed here</p>',
  });
  let index = 0;
  let writerActive = false;
  const onWriter = (event: Event) => void (event.isTrusted && (writerActive = true));
  const listening = { capture: true, passive: true } as const;
  window.addEventListener('keydown', onWriter, listening);
  window.addEventListener('pointerdown', onWriter, listening);
  const typeNext = () => {
    if (index >= TYPED.length || writerActive) {
      window.removeEventListener('keydown', onWriter, listening);
      window.removeEventListener('pointerdown', onWriter, listening);
      editor.unmount();
      frame.remove();
      return;
    }
    typeLetter(editor, TYPED[index++]!);
    // Each letter in its own task, as typed: ProseMirror reads the change when its observer fires.
    setTimeout(typeNext, 0);
  };
  // The first letter in a task of its own too: making the editor and typing into it for the first
  // time were one task of 50–70 ms, which a key typed just then had to wait for.
  setTimeout(typeNext, 0);
}

function typeLetter(editor: Editor, letter: string): void {
  const dom = editor.view.dom;
  // ProseMirror listens on its own element; the events do not bubble on to the page's listeners
  // (the shortcuts, React's root).
  const init = { key: letter, bubbles: false, cancelable: true };
  if (!dom.dispatchEvent(new KeyboardEvent('keydown', init))) return;
  const text = lastTextNode(dom);
  if (!text) return;
  text.appendData(letter);
  dom.dispatchEvent(new InputEvent('input', { data: letter, inputType: 'insertText', bubbles: false }));
  dom.dispatchEvent(new KeyboardEvent('keyup', init));
}

function lastTextNode(root: Node): Text | null {
  for (let node: Node | null = root.lastChild; node; node = node.lastChild) {
    if (node.nodeType === Node.TEXT_NODE) return node as Text;
    if (!node.lastChild) return null;
  }
  return null;
}
