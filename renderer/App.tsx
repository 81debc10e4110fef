import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { fromErrorPayload } from '../shared/errors';
import { onAppEvent } from './bridge/newsroom';
import { AfterFirstPaint } from './components/AfterFirstPaint';
import { ArticleView } from './components/ArticleView';
import { EmptyState } from './components/EmptyState';
import { QuoteForm } from './components/QuoteForm';
import { Notices } from './components/Notices';
import { Sidebar } from './components/Sidebar';
import { useAppStore } from './store/appStore';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { workspace } from './workspace/workspace';

/** The inspector's code loads while the draft is drawn: it appears a moment after the text anyway. */
const Inspector = lazy(() => import('./components/inspector/Inspector').then((module) => ({ default: module.Inspector })));

export function App() {
  const { t } = useTranslation();
  const article = useAppStore((s) => s.article);
  const openSerial = useAppStore((s) => s.openSerial);
  const listLoaded = useAppStore((s) => s.listLoaded);

  useEffect(() => {
    const unsubscribe = onAppEvent('app:command', (command) => {
      if (command.type === 'new-draft') void workspace.create();
      if (command.type === 'save') void workspace.saveNow();
      if (command.type === 'export') void workspace.exportCurrent(command.format);
      if (command.type === 'import-file') void workspace.importText(command.fileName, command.text);
      if (command.type === 'import-failed') workspace.refuseImport(command.fileName, fromErrorPayload(command.error));
    });
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!workspace.saveBeforeUnload()) event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      unsubscribe();
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, []);

  useGlobalShortcuts();

  return (
    <div className="app">
      <Sidebar />
      {/* A new element for each draft opened: it starts scrolled to the top, with no forced layout. */}
      <main key={`workspace-${openSerial}`} className="workspace" aria-label={t('app.workspace')}>
        {article ? <ArticleView key={openSerial} article={article} /> : listLoaded ? <EmptyState /> : null}
      </main>
      {article ? (
        <AfterFirstPaint key={openSerial}>
          <Suspense fallback={<aside className="inspector" aria-busy="true" />}>
            <Inspector />
          </Suspense>
        </AfterFirstPaint>
      ) : null}
      <QuoteForm />
      <Notices />
    </div>
  );
}

