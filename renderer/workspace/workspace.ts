import type { Editor } from '@tiptap/core';
import type { Article, ArticleContent } from '../../shared/article/article';
import { NewsroomError } from '../../shared/errors';
import type { ExportFormat } from '../../shared/ipc/contract';
import { Autosaver } from '../autosave/autosaver';
import { call, saveBeforeUnload } from '../bridge/newsroom';
import { appStore } from '../store/appStore';
import type { ArticleFields } from '../store/articleSlice';
import { downloadFile } from './downloadFile';

let editor: Editor | null = null;

const state = () => appStore.getState();

const autosaver = new Autosaver({
  save: (content) => call('draft:save', content),
  onState: (save) => state().setSaveState(save),
  onSaved: (result) => state().upsertSummary(result.summary),
});

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function report(error: unknown): void {
  state().pushNotice({ tone: 'error', text: messageOf(error) });
}

/** The open draft as it stands; until its editor is up, the body is the one loaded. */
function currentContent(): ArticleContent {
  const { article, fields } = state();
  if (!article || !fields) throw new NewsroomError('internal', 'No draft is open.');
  return { id: article.id, ...fields, body: editor ? (editor.getJSON() as Article['body']) : article.body };
}

/**
 * Opens a draft in the editor. Changes typed into the previous one while the new one was
 * loading are saved first; if they cannot be, the previous draft stays open.
 */
async function show(article: Article): Promise<void> {
  if (autosaver.isDirty && !(await autosaver.flush())) {
    state().pushNotice({ tone: 'error', text: 'Your latest changes could not be saved, so this draft stays open. Your text is still in the editor.' });
    return;
  }
  editor = null;
  state().openArticle(article);
  autosaver.attach(currentContent);
  state().setSaveState({ kind: 'idle' });
  call('settings:update', { lastDraftId: article.id }).catch(() => undefined);
}

/** Everything the UI does with drafts, in one place, off the React tree. */
export const workspace = {
  async start(): Promise<void> {
    try {
      const list = await call('draft:list');
      state().setDraftList(list);
      if (list.problems.length > 0) {
        state().pushNotice({
          tone: 'error',
          text: `${list.problems.length === 1 ? 'One draft file' : `${list.problems.length} draft files`} could not be read and ${list.problems.length === 1 ? 'was' : 'were'} left untouched: ${list.problems.map((p) => `${p.fileName} (${p.message})`).join('; ')}`,
        });
      }
      const { lastDraftId } = await call('settings:get');
      const last = state().drafts.find((d) => d.id === lastDraftId) ?? state().drafts[0];
      if (last) await workspace.open(last.id);
    } catch (error) {
      report(error);
    }
  },

  attachEditor(instance: Editor | null): void {
    editor = instance;
  },

  changed(): void {
    autosaver.markDirty();
  },

  setField<K extends keyof ArticleFields>(key: K, value: ArticleFields[K]): void {
    state().setField(key, value);
    autosaver.markDirty();
  },

  async saveNow(): Promise<boolean> {
    return autosaver.flush();
  },

  async open(id: string): Promise<void> {
    if (state().article?.id === id) return;
    if (!(await autosaver.flush())) return;
    try {
      await show(await call('draft:open', id));
    } catch (error) {
      report(error);
    }
  },

  async create(): Promise<void> {
    if (!(await autosaver.flush())) return;
    try {
      const article = await call('draft:create');
      state().upsertSummary({ id: article.id, headline: '', status: article.status, language: article.language, updatedAt: article.updatedAt, wordCount: 0 });
      await show(article);
    } catch (error) {
      report(error);
    }
  },

  async remove(id: string): Promise<void> {
    const wasOpen = state().article?.id === id;
    if (wasOpen && !(await autosaver.flush())) return;
    try {
      await call('draft:delete', id);
    } catch (error) {
      report(error);
      return;
    }
    const headline = state().drafts.find((d) => d.id === id)?.headline || 'Untitled';
    state().removeSummary(id);
    if (wasOpen) {
      autosaver.detach();
      editor = null;
      state().closeArticle();
      const next = state().drafts[0];
      if (next) await workspace.open(next.id);
    }
    state().pushNotice({ tone: 'info', text: `“${headline}” moved to the trash.`, action: { label: 'Undo', run: () => void workspace.restore(id) } });
    if (state().trashOpen) await workspace.loadTrash();
  },

  async loadTrash(): Promise<void> {
    try {
      state().setTrash(await call('trash:list'));
    } catch (error) {
      report(error);
    }
  },

  async restore(id: string): Promise<void> {
    try {
      const summary = await call('trash:restore', id);
      state().upsertSummary(summary);
      state().setTrash(state().trash.filter((d) => d.id !== id));
      await workspace.open(id);
      state().pushNotice({ tone: 'info', text: `“${summary.headline || 'Untitled'}” restored from the trash.` });
    } catch (error) {
      report(error);
    }
  },

  async importText(fileName: string, text: string): Promise<void> {
    if (!(await autosaver.flush())) return;
    try {
      const { article, replacedId } = await call('draft:import', { fileName, text });
      state().upsertSummary({
        id: article.id,
        headline: article.headline,
        status: article.status,
        language: article.language,
        updatedAt: article.updatedAt,
        wordCount: 0,
      });
      state().setDraftList(await call('draft:list'));
      await show(article);
      const title = article.headline || 'Untitled';
      state().pushNotice({
        tone: 'info',
        text: replacedId
          ? `Imported “${title}” as a new draft: a draft with the same id already exists and was left unchanged.`
          : `Imported “${title}”.`,
      });
    } catch (error) {
      state().pushNotice({ tone: 'error', text: `Could not import ${fileName}: ${messageOf(error)}` });
    }
  },

  async exportCurrent(format: ExportFormat): Promise<void> {
    const article = state().article;
    if (!article) return;
    if (!(await autosaver.flush())) {
      state().pushNotice({ tone: 'error', text: 'The draft could not be saved, so it was not exported. Your text is still in the editor.' });
      return;
    }
    try {
      const result = await call('export:draft', article.id, format);
      if (result.kind === 'download') downloadFile(result.fileName, result.mimeType, result.content);
      if (result.kind === 'saved') state().pushNotice({ tone: 'info', text: `Exported to ${result.path}` });
    } catch (error) {
      report(error);
    }
  },

  /** Called from beforeunload: true when nothing is left unsaved. */
  saveBeforeUnload(): boolean {
    const pending = editor ? autosaver.takePending() : null;
    return pending === null || saveBeforeUnload(pending);
  },
};
