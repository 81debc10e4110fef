import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/appStore';
import { workspace } from '../workspace/workspace';
import { DraftListItem } from './DraftListItem';
import { ImportButton } from './ImportButton';
import { TrashPanel } from './TrashPanel';
import { UiLanguagePicker } from './UiLanguagePicker';

export function Sidebar() {
  const { t } = useTranslation();
  const drafts = useAppStore((s) => s.drafts);
  const openId = useAppStore((s) => s.article?.id);
  const trashOpen = useAppStore((s) => s.trashOpen);
  const setTrashOpen = useAppStore((s) => s.setTrashOpen);
  const uiLanguage = useAppStore((s) => s.uiLanguage);

  const toggleTrash = () => {
    if (!trashOpen) void workspace.loadTrash();
    setTrashOpen(!trashOpen);
  };

  return (
    <nav className="sidebar" aria-label={t('sidebar.drafts')}>
      <div className="sidebar-head">
        <h1 className="brand">{t('app.name')}</h1>
        <div className="sidebar-actions">
          <button type="button" className="primary" onClick={() => void workspace.create()}>
            {t('sidebar.newDraft')}
          </button>
          <ImportButton label={t('sidebar.import')} />
        </div>
        <button type="button" className="link-button" onClick={() => void workspace.create(uiLanguage)}>
          {t('sidebar.newFromSample')}
        </button>
      </div>
      <h2 className="sidebar-title">{t('sidebar.drafts')}</h2>
      {drafts.length === 0 ? (
        <p className="muted sidebar-empty">{t('sidebar.noDrafts')}</p>
      ) : (
        <ul className="draft-list">
          {drafts.map((draft) => (
            <DraftListItem key={draft.id} draft={draft} current={draft.id === openId} />
          ))}
        </ul>
      )}
      <div className="sidebar-foot">
        <button type="button" aria-expanded={trashOpen} onClick={toggleTrash}>
          {t('sidebar.trash')}
        </button>
        <UiLanguagePicker />
      </div>
      {trashOpen ? <TrashPanel /> : null}
    </nav>
  );
}
