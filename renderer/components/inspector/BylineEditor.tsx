import { NO_ITEMS } from '../../store/articleSlice';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/appStore';
import { workspace } from '../../workspace/workspace';
import { TextField } from '../TextField';

export function BylineEditor() {
  const { t } = useTranslation();
  const byline = useAppStore((s) => s.fields?.byline ?? NO_ITEMS);
  return (
    <fieldset className="group">
      <legend>{t('article.byline')}</legend>
      {byline.map((author, index) => (
        <div key={index} className="group-item">
          <TextField label={t('article.author')} value={author.name} onChange={(name) => workspace.updateItem('byline', index, { name })} />
          <TextField label={t('article.authorRole')} value={author.role} onChange={(role) => workspace.updateItem('byline', index, { role })} />
          {/* The name is in the field above: spoken, not shown again, so the button keeps to one line. */}
          <button
            type="button"
            className="danger small"
            aria-label={t('article.removeAuthor', { name: author.name.trim() })}
            onClick={() => workspace.removeItem('byline', index)}
          >
            {t('article.removeAuthorShort')}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => workspace.addItem('byline', { name: '', role: '' })}>
        {t('article.addAuthor')}
      </button>
    </fieldset>
  );
}
