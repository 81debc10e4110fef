import { Extension } from '@tiptap/core';

/**
 * Keeps the document drawn once. When TipTap's React `EditorContent` mounts, it gives the view
 * its node views a second time (`editor.createNodeViews()`), as new functions, and ProseMirror
 * redraws the whole document for them. That second pass is for React node views, which need the
 * mounted content component. This editor's node views (the attributed quote's) are plain DOM ones,
 * given to the view when it was made, so the pass only cost time: 110 ms at 100,000 words and
 * 25 ms at 2,000, before the writer saw anything. Any React node view added here would need it back.
 */
export const KeepNodeViews = Extension.create({
  name: 'keepNodeViews',

  onBeforeCreate() {
    this.editor.createNodeViews = () => {};
  },
});
