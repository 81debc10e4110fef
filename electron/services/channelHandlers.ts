import { parseArticleJson } from '../../shared/article/parseArticle';
import type { ChannelHandlers, ExportFormat, ExportResult } from '../../shared/ipc/contract';
import { exportHtml } from '../../shared/export/exportHtml';
import { exportJson } from '../../shared/export/exportJson';
import { exportFileName } from '../../shared/export/exportFileName';
import { sampleArticle } from '../../shared/samples/sampleArticle';
import type { DraftStore } from './draftStore';
import type { SettingsAccess } from './settingsAccess';

export interface ExportFile {
  fileName: string;
  mimeType: string;
  content: string;
}

export interface ChannelHandlerDeps {
  store: DraftStore;
  settings: SettingsAccess;
  /** The desktop app shows a save dialog and writes the file; the HTTP host hands it to the browser. */
  deliverExport: (file: ExportFile) => Promise<ExportResult>;
}

const MIME_TYPES: Record<ExportFormat, string> = {
  html: 'text/html;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

/**
 * The one implementation of the IPC table. The store runs one operation at a time in arrival
 * order, so a save sent while a window unloads lands before the reopened window reads the draft.
 */
export function createChannelHandlers({ store, settings, deliverExport }: ChannelHandlerDeps): ChannelHandlers {
  return {
    'draft:list': () => store.list(),
    'draft:create': () => store.create(),
    'draft:createSample': (language) => store.create((id, now) => sampleArticle(language, id, now)),
    'draft:open': (id) => store.open(id),
    'draft:save': (content) => store.save(content),
    'draft:delete': async (id) => {
      await store.delete(id);
      return null;
    },
    'draft:import': ({ text }) => store.importArticle(parseArticleJson(text)),
    'trash:list': () => store.listTrash(),
    'trash:restore': (id) => store.restore(id),
    'settings:get': async () => settings.read(),
    'settings:update': async (patch) => settings.update(patch),
    'export:draft': async (id, format) => {
      const article = await store.open(id);
      const content = format === 'html' ? exportHtml(article) : exportJson(article);
      return deliverExport({ fileName: exportFileName(article, format), mimeType: MIME_TYPES[format], content });
    },
  };
}
