import { NO_ITEMS } from '../../store/articleSlice';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SOURCE_KINDS, type SourceKind } from '../../../shared/article/vocabulary';
import { useAppStore } from '../../store/appStore';
import { workspace } from '../../workspace/workspace';
import { isWebUrl } from '../../../shared/export/isWebUrl';
import { TextField } from '../TextField';

export function SourcesTab() {
  const { t } = useTranslation();
  const sources = useAppStore((s) => s.fields?.sources ?? NO_ITEMS);
  const kindId = useId();
  return (
    <div className="tab-content">
      {sources.length === 0 ? <p className="muted">{t('sources.none')}</p> : null}
      <ul className="part-list">
        {sources.map((source, index) => (
          <li key={source.id} className="group-item" aria-label={source.name.trim() || t('sources.unnamed')}>
            <TextField label={t('sources.name')} value={source.name} onChange={(name) => workspace.updateItem('sources', index, { name })} />
            <div className="field">
              <label htmlFor={`${kindId}-${index}`}>{t('sources.kind')}</label>
              <select
                id={`${kindId}-${index}`}
                value={source.kind}
                onChange={(event) => workspace.updateItem('sources', index, { kind: event.target.value as SourceKind })}
              >
                {SOURCE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`sources.kinds.${kind}`)}
                  </option>
                ))}
              </select>
            </div>
            <TextField
              label={t('sources.url')}
              type="url"
              value={source.url}
              placeholder="https://"
              error={source.url.trim() && !isWebUrl(source.url) ? t('sources.urlInvalid') : null}
              onChange={(url) => workspace.updateItem('sources', index, { url })}
            />
            <TextField label={t('sources.note')} multiline value={source.note} onChange={(note) => workspace.updateItem('sources', index, { note })} />
            {/* The name is in the field above: spoken, not shown again, so the button keeps to one line. */}
            <button
              type="button"
              className="danger small"
              aria-label={t('sources.remove', { name: source.name.trim() || t('sources.unnamed') })}
              onClick={() => workspace.removeItem('sources', index)}
            >
              {t('sources.removeShort')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => workspace.addItem('sources', { name: '', kind: 'agency', url: '', note: '' })}>
        {t('sources.add')}
      </button>
    </div>
  );
}
