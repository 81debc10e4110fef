import { Extension } from '@tiptap/core';
import { NodeSelection, Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** ProseMirror's default room left between the cursor and the scroller's edge, in pixels. */
const MARGIN = 5;

/** Each editor's nearest scrolling ancestor, found once. */
const scrollers = new WeakMap<EditorView, HTMLElement | null>();

function scrollerOf(view: EditorView): HTMLElement | null {
  const known = scrollers.get(view);
  if (known !== undefined && (known === null || known.contains(view.dom))) return known;
  let found: HTMLElement | null = null;
  for (let node = view.dom.parentElement; node && node !== document.body; node = node.parentElement) {
    if (/^(auto|scroll)$/.test(getComputedStyle(node).overflowY)) {
      found = node;
      break;
    }
  }
  scrollers.set(view, found);
  return found;
}

/** How far to move a box that spans `[start, end]` so that `[near, far]` shows it. */
function shift(start: number, end: number, near: number, far: number): number {
  if (start < near) return start - near - MARGIN;
  if (end > far) return end - start > far - near ? start - near - MARGIN : end - far + MARGIN;
  return 0;
}

/**
 * Keeps the cursor in view by scrolling the editor's own scroller, and only it. ProseMirror's
 * default walks from the cursor up to the page's body, measuring every element on the way and
 * reading its computed style: about 0.3 ms a key in this app's deeper page, a tenth of a key's
 * work in a short draft. The window's columns do not scroll, so the nearest scroller is the only
 * one that can move. When that scroller is not wholly inside the window (a page laid out some
 * other way), ProseMirror's own walk does the job.
 */
export const ScrollCaretIntoView = Extension.create({
  name: 'scrollCaretIntoView',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('scrollCaretIntoView'),
        props: {
          handleScrollToSelection(view) {
            const scroller = scrollerOf(view);
            if (!scroller) return false;
            const box = scroller.getBoundingClientRect();
            if (box.top < 0 || box.left < 0 || box.bottom > window.innerHeight || box.right > window.innerWidth) return false;
            const { selection } = view.state;
            let rect: { top: number; bottom: number; left: number; right: number };
            if (selection instanceof NodeSelection) {
              const dom = view.nodeDOM(selection.from);
              if (!(dom instanceof HTMLElement)) return false;
              rect = dom.getBoundingClientRect();
            } else {
              rect = view.coordsAtPos(selection.head, 1);
            }
            // No box at all (an editor not displayed): nothing to show.
            if (!rect.top && !rect.bottom && !rect.left && !rect.right) return true;
            const dy = shift(rect.top, rect.bottom, box.top, box.bottom);
            const dx = shift(rect.left, rect.right, box.left, box.right);
            if (dy) scroller.scrollTop += dy;
            if (dx) scroller.scrollLeft += dx;
            return true;
          },
        },
      }),
    ];
  },
});
