import { useEffect, useId, useState } from 'react';
import { EditorContent, useEditor, type UseEditorOptions } from '@tiptap/react';
import type { BodyNode } from '../../shared/article/article';
import { appStore, useAppStore } from '../store/appStore';
import { workspace } from '../workspace/workspace';
import { createExtensions } from './createExtensions';

interface Props {
  sectionId: string;
  body: BodyNode;
  label: string;
}

/** The rich text of one background section: its own small editor, saved with the draft. */
export function BackgroundEditor({ sectionId, body, label }: Props) {
  const labelId = useId();
  const language = useAppStore((s) => s.fields?.language ?? 'uk');
  // Made once: new options on a later render would make TipTap reset the view (see EditorPane).
  const [options] = useState<UseEditorOptions>(() => ({
    extensions: createExtensions({ variant: 'background', typingAidsEnabled: () => (appStore.getState().fields?.language ?? '').startsWith('uk') }),
    content: body,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        'aria-labelledby': labelId,
        role: 'textbox',
        'aria-multiline': 'true',
        spellcheck: 'true',
        class: 'body-editor background-editor',
      },
    },
    onUpdate: () => workspace.changed(),
  }));
  const editor = useEditor(options);

  useEffect(() => {
    workspace.attachBackgroundEditor(sectionId, editor);
    return () => workspace.attachBackgroundEditor(sectionId, null);
  }, [editor, sectionId]);

  useEffect(() => {
    editor.view.dom.setAttribute('lang', language);
  }, [editor, language]);

  return (
    <div className="field">
      <span className="field-label" id={labelId}>
        {label}
      </span>
      <EditorContent editor={editor} />
    </div>
  );
}
