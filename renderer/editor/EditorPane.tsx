import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorContent, useEditor, type UseEditorOptions } from '@tiptap/react';
import type { Article } from '../../shared/article/article';
import { appStore, useAppStore } from '../store/appStore';
import { afterFirstPaint } from '../useAfterFirstPaint';
import { workspace } from '../workspace/workspace';
import { i18n } from '../i18n/i18n';
import { createExtensions } from './createExtensions';
import { refreshQuoteCaptions } from './extensions/attributed-quote';
import { LinkForm } from './LinkForm';
import { Toolbar } from './Toolbar';
import { warmUpTyping } from './warmUpTyping';

export function EditorPane({ article }: { article: Article }) {
  const { t } = useTranslation();
  const [linkFormOpen, setLinkFormOpen] = useState(false);
  const language = useAppStore((s) => s.fields?.language ?? article.language);

  const extensions = useMemo(
    () =>
      createExtensions({
        variant: 'body',
        onLinkShortcut: () => setLinkFormOpen(true),
        onEditQuote: (pos) => workspace.editBlockQuoteAt(pos),
        onMarkInlineQuote: (from, to, attrs) => workspace.editQuote({ kind: 'inline', from, to, attrs }),
        quoteLabels: {
          get noSpeaker() {
            return i18n.t('quotes.noSpeakerCaption');
          },
          get edit() {
            return i18n.t('quotes.editCaption');
          },
        },
        typingAidsEnabled: () => (appStore.getState().fields?.language ?? '').startsWith('uk'),
      }),
    // The extensions live as long as the editor; labels and the language are read when used.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  // Made once. TipTap compares the options on every render and, when any differs (a new
  // editorProps object is enough), resets the view: a letter typed just then, not yet read from
  // the page, ended up after the ones typed next. The label follows the language in an effect below.
  const [options] = useState<UseEditorOptions>(() => ({
    extensions,
    content: article.body,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        'aria-label': t('fields.bodyLabel'),
        role: 'textbox',
        'aria-multiline': 'true',
        spellcheck: 'true',
        class: 'body-editor',
      },
    },
    onUpdate: () => workspace.changed(),
  }));
  const editor = useEditor(options);

  useEffect(() => {
    workspace.attachEditor(editor);
    return () => workspace.attachEditor(null);
  }, [editor]);

  useEffect(() => afterFirstPaint(() => warmUpTyping(warmUpExtensions)), []);

  useEffect(() => {
    editor.view.dom.setAttribute('lang', language);
    editor.view.dom.setAttribute('aria-label', t('fields.bodyLabel'));
    refreshQuoteCaptions();
  }, [editor, language, t]);

  return (
    <section className="body-section" aria-label={t('fields.body')}>
      <Toolbar editor={editor} onLink={() => setLinkFormOpen(true)} />
      {linkFormOpen ? <LinkForm editor={editor} onClose={() => setLinkFormOpen(false)} /> : null}
      <EditorContent editor={editor} />
    </section>
  );
}

/** The body editor's extensions for the typing warm-up, which has no draft to act on. */
function warmUpExtensions() {
  const nothing = () => undefined;
  return createExtensions({
    variant: 'body',
    onLinkShortcut: nothing,
    onEditQuote: nothing,
    onMarkInlineQuote: nothing,
    quoteLabels: { noSpeaker: '', edit: '' },
    typingAidsEnabled: () => true,
  });
}
