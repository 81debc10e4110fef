import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/appStore';
import type { InspectorTab } from '../../store/uiSlice';
import { ArticleTab } from './ArticleTab';
import { HistoryTab } from './HistoryTab';
import { QuotesTab } from './QuotesTab';
import { SourcesTab } from './SourcesTab';

const TABS: InspectorTab[] = ['article', 'sources', 'quotes', 'history'];

export function Inspector() {
  const { t } = useTranslation();
  const id = useId();
  const tab = useAppStore((s) => s.inspectorTab);
  const setTab = useAppStore((s) => s.setInspectorTab);
  const missingSpeakers = useAppStore((s) => s.measured.quotes.filter((q) => !q.attrs.speaker.trim()).length);

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length]!;
    setTab(next);
    document.getElementById(`${id}-${next}`)?.focus();
  };

  return (
    <aside className="inspector" aria-label={t('inspector.label')}>
      <div role="tablist" aria-label={t('inspector.label')} className="tabs" onKeyDown={onKeyDown}>
        {TABS.map((name) => (
          <button
            key={name}
            id={`${id}-${name}`}
            type="button"
            role="tab"
            aria-selected={tab === name}
            aria-controls={`${id}-${name}-panel`}
            tabIndex={tab === name ? 0 : -1}
            className="tab"
            onClick={() => setTab(name)}
          >
            {t(`inspector.${name}`)}
            {name === 'quotes' && missingSpeakers > 0 ? <span className="badge warning">{missingSpeakers}</span> : null}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-${tab}-panel`} aria-labelledby={`${id}-${tab}`} className="tab-panel">
        {tab === 'article' ? <ArticleTab /> : tab === 'sources' ? <SourcesTab /> : tab === 'quotes' ? <QuotesTab /> : <HistoryTab />}
      </div>
    </aside>
  );
}
