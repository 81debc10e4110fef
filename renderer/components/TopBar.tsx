import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/appStore';
import { workspace } from '../workspace/workspace';
import { SaveStatus } from './SaveStatus';

export function TopBar({ articleId }: { articleId: string }) {
  const { t } = useTranslation();
  const ready = useAppStore((s) => s.measured.ready);
  const words = useAppStore((s) => s.measured.words);
  const minutes = useAppStore((s) => s.measured.readingMinutes);
  return (
    <div className="top-bar" role="toolbar" aria-label={t('topBar.label')}>
      <SaveStatus />
      <span className="muted top-count">{ready ? `${t('counts.words', { count: words })} · ${t('counts.reading', { count: minutes })}` : null}</span>
      <span className="spacer" />
      <button type="button" onClick={() => void workspace.exportCurrent('html')}>
        {t('topBar.exportHtml')}
      </button>
      <button type="button" onClick={() => void workspace.exportCurrent('json')}>
        {t('topBar.exportJson')}
      </button>
      <button type="button" className="danger" onClick={() => void workspace.remove(articleId)}>
        {t('topBar.delete')}
      </button>
    </div>
  );
}
