import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/appStore';
import { formatWhen } from '../i18n/formatWhen';
import { workspace } from '../workspace/workspace';

export function TrashPanel() {
  const { t, i18n } = useTranslation();
  const trash = useAppStore((s) => s.trash);
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="trash" aria-label={t('sidebar.trash')}>
      <h2 className="sidebar-title">{t('sidebar.trash')}</h2>
      {trash.length > 0 && !confirming ? (
        <button type="button" className="danger small trash-empty" onClick={() => setConfirming(true)}>
          {t('sidebar.emptyTrash')}
        </button>
      ) : null}
      {confirming ? (
        <div className="confirm" role="alertdialog" aria-label={t('sidebar.emptyTrash')}>
          <p>{t('sidebar.emptyTrashConfirm', { count: trash.length })}</p>
          <div className="item-controls">
            <button type="button" className="danger" onClick={() => void workspace.emptyTrash().then(() => setConfirming(false))}>
              {t('sidebar.emptyTrashYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('sidebar.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {trash.length === 0 ? (
        <p className="muted">{t('sidebar.trashEmpty')}</p>
      ) : (
        <ul className="draft-list">
          {trash.map((draft, index) => {
            const title = draft.headline.trim() || t('untitled');
            return (
              <li key={`${draft.id}-${index}`} className="trash-item">
                <span className="draft-title">{title}</span>
                <span className="draft-meta">{t('sidebar.deleted', { when: formatWhen(draft.deletedAt, i18n.language) })}</span>
                <button type="button" aria-label={t('sidebar.restoreNamed', { title })} onClick={() => void workspace.restore(draft.id)}>
                  {t('sidebar.restore')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
