import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';

interface Props {
  editor: Editor;
  onLink: () => void;
}

export function Toolbar({ editor, onLink }: Props) {
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
      link: e.isActive('link'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      <ToggleButton label="Bold" shortcut="Ctrl+B" pressed={active.bold} onClick={() => chain().toggleBold().run()} className="b" />
      <ToggleButton label="Italic" shortcut="Ctrl+I" pressed={active.italic} onClick={() => chain().toggleItalic().run()} className="i" />
      <span className="toolbar-sep" />
      <ToggleButton label="Heading" pressed={active.h2} onClick={() => chain().toggleHeading({ level: 2 }).run()} />
      <ToggleButton label="Subheading" pressed={active.h3} onClick={() => chain().toggleHeading({ level: 3 }).run()} />
      <ToggleButton label="Bulleted list" pressed={active.bulletList} onClick={() => chain().toggleBulletList().run()} />
      <ToggleButton label="Numbered list" pressed={active.orderedList} onClick={() => chain().toggleOrderedList().run()} />
      <ToggleButton label="Block quote" pressed={active.blockquote} onClick={() => chain().toggleBlockquote().run()} />
      <ToggleButton label="Link" shortcut="Ctrl+K" pressed={active.link} onClick={onLink} />
      <span className="toolbar-sep" />
      <button type="button" disabled={!active.canUndo} onClick={() => chain().undo().run()} title="Ctrl+Z">
        Undo
      </button>
      <button type="button" disabled={!active.canRedo} onClick={() => chain().redo().run()} title="Ctrl+Shift+Z">
        Redo
      </button>
    </div>
  );
}

interface ToggleProps {
  label: string;
  pressed: boolean;
  onClick: () => void;
  shortcut?: string;
  className?: string;
}

function ToggleButton({ label, pressed, onClick, shortcut, className }: ToggleProps) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      className={className}
      title={shortcut}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {label}
    </button>
  );
}
