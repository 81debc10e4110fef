import type { ArticleContent } from '../../shared/article/article';
import { parseArticleJson } from '../../shared/article/parseArticle';
import { NewsroomError } from '../../shared/errors';
import { contentOf } from '../../shared/article/contentOf';
import type { ChannelHandlers, ExportFormat, ExportResult } from '../../shared/ipc/contract';
import type { SettingsPatch } from '../../shared/settings';
import { exportHtml } from '../../shared/export/exportHtml';
import { exportJson } from '../../shared/export/exportJson';
import { exportFileName } from '../../shared/export/exportFileName';
import { sampleArticle } from '../../shared/samples/sampleArticle';
import type { DraftStore } from './draftStore';
import type { RevisionStore } from './revisionStore';
import type { SettingsAccess } from './settingsAccess';

export interface ExportFile {
  fileName: string;
  mimeType: string;
  content: string;
}

export interface ChannelHandlerDeps {
  store: DraftStore;
  history: RevisionStore;
  settings: SettingsAccess;
  /** The desktop app shows a save dialog and writes the file; the HTTP host hands it to the browser. */
  deliverExport: (file: ExportFile) => Promise<ExportResult>;
  /** Told of what failed without failing the call (remembering the open draft). */
  logError?: (error: unknown) => void;
  /** Told after the writer changed a setting (the desktop app makes its menu again in the new language). */
  onSettingsChanged?: (patch: SettingsPatch) => void;
}

const MIME_TYPES: Record<ExportFormat, string> = {
  html: 'text/html;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

/**
 * The one implementation of the IPC table. The store runs one operation at a time in arrival
 * order, so a save sent while a window unloads lands before the reopened window reads the draft.
 */
/** The editor's content as JSON text; the store checks it against the schema when it saves. */
function parseContentText(text: string): ArticleContent {
  try {
    return JSON.parse(text) as ArticleContent;
  } catch {
    throw new NewsroomError('invalid-input', 'The draft could not be saved: its text did not arrive whole.');
  }
}

export function createChannelHandlers({
  store,
  history,
  settings,
  deliverExport,
  logError = () => {},
  onSettingsChanged = () => {},
}: ChannelHandlerDeps): ChannelHandlers {
  /**
   * Remembers the draft the editor is about to show, for the next start, before the answer goes:
   * once the page has it, a quit or a crash starts the app on it. The editor saves the draft it
   * leaves before it asks for another. A settings file that cannot be written costs the next
   * start its draft, not this call. (About 0.6 ms a write; only when the draft changes.)
   */
  const remember = <T extends { id: string }>(article: T): T => {
    try {
      if (settings.read().lastDraftId !== article.id) settings.update({ lastDraftId: article.id });
    } catch (error) {
      logError(error);
    }
    return article;
  };
  return {
    'app:start': async () => {
      const remembered = settings.read();
      const list = await store.list();
      const last = remembered.lastDraftId;
      // The first list may hold only the newest drafts: the last one open can be older than those.
      const lastOpen = last !== null && !list.drafts.some((d) => d.id === last && d.readOnly) ? await store.open(last).catch(() => null) : null;
      if (lastOpen) return { settings: remembered, list, open: lastOpen };
      const candidate = list.drafts.find((d) => !d.readOnly);
      const open = candidate ? await store.open(candidate.id).catch(() => null) : null;
      return { settings: remembered, list, open: open && remember(open) };
    },
    'draft:list': () => store.list(),
    'draft:create': async () => remember(await store.create()),
    'draft:createSample': async (language) => remember(await store.create((id, now) => sampleArticle(language, id, now))),
    'draft:open': async (id) => remember(await store.open(id)),
    'draft:save': (content, options) => store.save(content, options),
    'draft:saveText': (text, options) => store.save(parseContentText(text), options),
    'draft:saveDelta': (head, delta, options) => store.saveDelta(head, delta, options),
    'draft:delete': async (id) => {
      await store.delete(id);
      return null;
    },
    'draft:import': async ({ text }) => {
      const imported = await store.importArticle(parseArticleJson(text));
      remember(imported.article);
      return imported;
    },
    'trash:list': () => store.listTrash(),
    'trash:restore': (id) => store.restore(id),
    'trash:empty': async () => {
      const { removed, ids } = await store.emptyTrash();
      const live = new Set((await store.list()).drafts.map((draft) => draft.id));
      for (const id of new Set(ids)) if (!live.has(id)) await history.removeDraft(id);
      return { removed };
    },
    'history:list': (id) => history.list(id),
    'history:restore': async (id, revisionId) => {
      const current = await store.open(id);
      const revision = await history.read(id, revisionId);
      await history.record(current, 'before-restore');
      await store.save({ ...contentOf(revision), id }, { baseUpdatedAt: current.updatedAt });
      const restored = await store.open(id);
      await history.record(restored, 'restore');
      return restored;
    },
    'settings:get': async () => settings.read(),
    'settings:update': async (patch) => {
      const updated = settings.update(patch);
      onSettingsChanged(patch);
      return updated;
    },
    'export:draft': async (id, format) => {
      const article = await store.open(id);
      await history.record(article, 'export');
      const content = format === 'html' ? exportHtml(article) : exportJson(article);
      return deliverExport({ fileName: exportFileName(article, format), mimeType: MIME_TYPES[format], content });
    },
  };
}
