import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** The class the top-level node holding the cursor carries (see styles.css): in the body, its chunk of blocks. */
export const CURRENT_BLOCK_CLASS = 'is-current-block';

const currentBlockKey = new PluginKey<DecorationSet>('currentBlock');

function decorate(state: EditorState): DecorationSet {
  const { $head } = state.selection;
  if ($head.depth === 0) return DecorationSet.empty;
  const start = $head.before(1);
  return DecorationSet.create(state.doc, [Decoration.node(start, start + $head.node(1).nodeSize, { class: CURRENT_BLOCK_CLASS })]);
}

/**
 * Marks the top-level node that holds the cursor: in the body editor, the chunk of blocks (see
 * bodyChunks.ts). Chunks skip rendering while off screen (`content-visibility: auto`), and one the
 * browser has just been given counts as off screen until its next frame: a letter typed into a new
 * paragraph within that frame could land in the wrong place. The marked chunk is always rendered.
 * While typing stays in one chunk the mark is only moved along, not made anew.
 */
export const CurrentBlock = Extension.create({
  name: 'currentBlock',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: currentBlockKey,
        state: {
          init: (_config, state) => decorate(state),
          apply(tr, previous, _oldState, newState) {
            if (!tr.docChanged && !tr.selectionSet) return previous;
            const { $head } = newState.selection;
            const mapped = previous.map(tr.mapping, tr.doc);
            const [mark, ...more] = mapped.find();
            const stillCurrent = mark && more.length === 0 && $head.depth > 0 && mark.from === $head.before(1) && mark.to === $head.after(1);
            return stillCurrent ? mapped : decorate(newState);
          },
        },
        props: {
          decorations: (state) => currentBlockKey.getState(state),
        },
      }),
    ];
  },
});
