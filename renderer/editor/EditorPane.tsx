import { useEffect, useRef, useState } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import type { Article } from '../../shared/article/article';
import { countWords } from '../../shared/article/countWords';
import { appStore } from '../store/appStore';
import { workspace } from '../workspace/workspace';
import { createExtensions } from './createExtensions';
import { LinkForm } from './LinkForm';
import { Toolbar } from './Toolbar';

const COUNT_DELAY_MS = 400;

export function EditorPane({ article }: { article: Article }) {
  const [linkFormOpen, setLinkFormOpen] = useState(false);
  const countTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const editor = useEditor({
    extensions: createExtensions({ onLinkShortcut: () => setLinkFormOpen(true) }),
    content: article.body,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        'aria-label': 'Article body',
        role: 'textbox',
        'aria-multiline': 'true',
        spellcheck: 'true',
        class: 'body-editor',
      },
    },
    onUpdate: ({ editor: instance }) => {
      workspace.changed();
      if (countTimer.current) clearTimeout(countTimer.current);
      countTimer.current = setTimeout(() => {
        appStore.getState().setWordCount(countWords(instance.getText({ blockSeparator: '\n' })));
      }, COUNT_DELAY_MS);
    },
  });

  useEffect(() => {
    workspace.attachEditor(editor);
    appStore.getState().setWordCount(countWords(editor.getText({ blockSeparator: '\n' })));
    return () => {
      if (countTimer.current) clearTimeout(countTimer.current);
      workspace.attachEditor(null);
    };
  }, [editor]);

  return (
    <section className="body-section" aria-label="Body">
      <Toolbar editor={editor} onLink={() => setLinkFormOpen(true)} />
      {linkFormOpen ? <LinkForm editor={editor} onClose={() => setLinkFormOpen(false)} /> : null}
      <div className="field-label-row">
        <span className="body-label" aria-hidden="true">
          Body
        </span>
      </div>
      <EditorContent editor={editor} />
    </section>
  );
}
