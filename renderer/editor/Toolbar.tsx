import type { Editor } from '@tiptap/core';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { QUOTE_MARK } from '../../shared/article/vocabulary';
import { workspace } from '../workspace/workspace';

interface Props {
  editor: Editor;
  onLink: () => void;
}

export function Toolbar({ editor, onLink }: Props) {
  const { t } = useTranslation();
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      inlineQuote: e.isActive(QUOTE_MARK),
      link: e.isActive('link'),
      hasSelection: !e.state.selection.empty,
      // The history's depth, not e.can(): that builds every command on every keystroke.
      canUndo: undoDepth(e.state) > 0,
      canRedo: redoDepth(e.state) > 0,
    }),
  });
  const chain = () => editor.chain().focus();
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <ToggleButton label={t('toolbar.bold')} shortcut="Ctrl+B" pressed={active.bold} onClick={() => chain().toggleBold().run()} className="b" />
      <ToggleButton label={t('toolbar.italic')} shortcut="Ctrl+I" pressed={active.italic} onClick={() => chain().toggleItalic().run()} className="i" />
      <span className="toolbar-sep" />
      <ToggleButton label={t('toolbar.heading')} pressed={active.h2} onClick={() => chain().toggleHeading({ level: 2 }).run()} />
      <ToggleButton label={t('toolbar.subheading')} pressed={active.h3} onClick={() => chain().toggleHeading({ level: 3 }).run()} />
      <ToggleButton label={t('toolbar.bulletList')} pressed={active.bulletList} onClick={() => chain().toggleBulletList().run()} />
      <ToggleButton label={t('toolbar.orderedList')} pressed={active.orderedList} onClick={() => chain().toggleOrderedList().run()} />
      <span className="toolbar-sep" />
      <button type="button" title="Ctrl+Shift+Q" onMouseDown={(event) => event.preventDefault()} onClick={() => workspace.insertQuote()}>
        {t('toolbar.addQuote')}
      </button>
      <ToggleButton
        label={t('toolbar.quoteInSentence')}
        pressed={active.inlineQuote}
        disabled={!active.hasSelection && !active.inlineQuote}
        onClick={() => workspace.markInlineQuote()}
      />
      <ToggleButton label={t('toolbar.link')} shortcut="Ctrl+K" pressed={active.link} onClick={onLink} />
      <span className="toolbar-sep" />
      <button type="button" disabled={!active.canUndo} onMouseDown={(event) => event.preventDefault()} onClick={() => chain().undo().run()} title="Ctrl+Z">
        {t('toolbar.undo')}
      </button>
      <button type="button" disabled={!active.canRedo} onMouseDown={(event) => event.preventDefault()} onClick={() => chain().redo().run()} title="Ctrl+Shift+Z">
        {t('toolbar.redo')}
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
  disabled?: boolean;
}

function ToggleButton({ label, pressed, onClick, shortcut, className, disabled }: ToggleProps) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      className={className}
      title={shortcut}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {label}
    </button>
  );
}
