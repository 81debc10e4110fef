import { useId, useState, type FormEvent } from 'react';
import type { Editor } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import { isSafeLinkUrl } from '../../shared/export/isSafeLinkUrl';

interface Props {
  editor: Editor;
  onClose: () => void;
}

/** Add, change or remove the link on the selected text. Electron has no window.prompt. */
export function LinkForm({ editor, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [url, setUrl] = useState(() => (editor.getAttributes('link').href as string | undefined) ?? '');
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    onClose();
    editor.commands.focus();
  };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const href = url.trim();
    if (!isSafeLinkUrl(href)) {
      setError(t('link.invalid'));
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    else chain.setLink({ href }).run();
    onClose();
  };

  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };

  return (
    <form className="link-form" onSubmit={apply} onKeyDown={(event) => event.key === 'Escape' && close()}>
      <label htmlFor={id}>{t('link.address')}</label>
      <input
        id={id}
        autoFocus
        type="url"
        inputMode="url"
        value={url}
        placeholder="https://"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          setUrl(event.target.value);
          setError(null);
        }}
      />
      <button type="submit" className="primary">
        {t('link.apply')}
      </button>
      {editor.isActive('link') ? (
        <button type="button" onClick={remove}>
          {t('link.remove')}
        </button>
      ) : null}
      <button type="button" onClick={close}>
        {t('link.cancel')}
      </button>
      {error ? (
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      ) : null}
    </form>
  );
}
