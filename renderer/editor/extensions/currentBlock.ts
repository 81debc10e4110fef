import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** The class the top-level block holding the cursor carries (see styles.css). */
export const CURRENT_BLOCK_CLASS = 'is-current-block';

/**
 * Marks the top-level block that holds the cursor. Blocks of the body skip rendering while off
 * screen (`content-visibility: auto`), and a block the browser has just been given counts as off
 * screen until its next frame: a letter typed into a new paragraph within that frame could land
 * in the wrong place. The marked block is always rendered.
 */
export const CurrentBlock = Extension.create({
  name: 'currentBlock',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('currentBlock'),
        props: {
          decorations(state) {
            const { $head } = state.selection;
            if ($head.depth === 0) return null;
            const start = $head.before(1);
            return DecorationSet.create(state.doc, [Decoration.node(start, start + $head.node(1).nodeSize, { class: CURRENT_BLOCK_CLASS })]);
          },
        },
      }),
    ];
  },
});
