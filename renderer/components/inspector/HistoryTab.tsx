import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/formatWhen';
import { useAppStore } from '../../store/appStore';
import { workspace } from '../../workspace/workspace';

export function HistoryTab() {
  const { t, i18n } = useTranslation();
  const revisions = useAppStore((s) => s.revisions);
  const articleId = useAppStore((s) => s.article?.id);
  const [confirming, setConfirming] = useState<string | null>(null);

  useEffect(() => {
    void workspace.loadHistory();
  }, [articleId]);

  const when = (iso: string) => formatDateTime(iso, i18n.language);

  return (
    <div className="tab-content">
      {revisions.length === 0 ? <p className="muted">{t('history.none')}</p> : null}
      <ol className="revision-list">
        {revisions.map((revision) => (
          <li key={revision.revisionId} className="revision-item">
            <p className="revision-when">{when(revision.createdAt)}</p>
            <p className="muted revision-meta">
              {t(`history.reasons.${revision.reason}`)} · {t('counts.words', { count: revision.wordCount })} · {t(`status.${revision.status}`)}
            </p>
            {confirming === revision.revisionId ? (
              <div className="confirm" role="group" aria-label={t('history.confirm')}>
                <p>{t('history.confirm')}</p>
                <div className="item-controls">
                  <button type="button" className="primary" onClick={() => void workspace.restoreRevision(revision.revisionId).then(() => setConfirming(null))}>
                    {t('history.confirmYes')}
                  </button>
                  <button type="button" onClick={() => setConfirming(null)}>
                    {t('history.cancel')}
                  </button>
                </div>
              </div>
            ) : (
              <button type="button" className="small" aria-label={t('history.restoreNamed', { time: when(revision.createdAt) })} onClick={() => setConfirming(revision.revisionId)}>
                {t('history.restore')}
              </button>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
