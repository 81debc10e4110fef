import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/appStore';
import { workspace } from '../workspace/workspace';
import { ImportButton } from './ImportButton';

export function EmptyState() {
  const { t } = useTranslation();
  const uiLanguage = useAppStore((s) => s.uiLanguage);
  return (
    <section className="empty-state" aria-labelledby="empty-title">
      <h2 id="empty-title">{t('empty.title')}</h2>
      <p>{t('empty.text')}</p>
      <div className="empty-actions">
        <button type="button" className="primary large" onClick={() => void workspace.create()}>
          {t('empty.create')}
        </button>
        <button type="button" className="large" onClick={() => void workspace.create(uiLanguage)}>
          {t('empty.sample')}
        </button>
        <ImportButton label={t('sidebar.importDraft')} className="large" />
      </div>
    </section>
  );
}
