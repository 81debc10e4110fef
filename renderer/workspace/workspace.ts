import type { Editor } from '@tiptap/core';
import type { Article, ArticleContent, BodyNode } from '../../shared/article/article';
import { bodyText } from '../../shared/article/countWords';
import { EMPTY_QUOTE_ATTRS, readQuoteAttrs, type QuoteAttrs } from '../../shared/article/quoteAttrs';
import { NewsroomError } from '../../shared/errors';
import type { DraftProblem, DraftSummary, ExportFormat } from '../../shared/ipc/contract';
import type { UiLanguage } from '../../shared/settings';
import { Autosaver } from '../autosave/autosaver';
import { bodyBlocks, bodyJsonText, diffBlocks } from '../autosave/serializeBody';
import { call, saveBeforeUnload, startCall } from '../bridge/newsroom';
import { i18n, setUiLanguage, systemLanguage } from '../i18n/i18n';
import { errorMessage, problemMessage } from '../i18n/errorMessage';
import { appStore } from '../store/appStore';
import { afterFirstPaint } from '../useAfterFirstPaint';
import type { ArticleFields } from '../store/articleSlice';
import type { SaveState } from '../store/saveSlice';
import { EMPTY_MEASURED, type InspectorTab, type QuoteEditing, type QuoteItem } from '../store/uiSlice';
import { downloadFile } from './downloadFile';
import { measureDraft } from './measureDraft';

type ListKey = 'byline' | 'sources' | 'background' | 'related';
type ItemOf<K extends ListKey> = ArticleFields[K][number];

const MEASURE_DELAY_MS = 300;

let editor: Editor | null = null;
/** The updatedAt of the version on disk that the editor's text grew from: a save from another version is a conflict. */
let baseUpdatedAt: string | null = null;
const backgroundEditors = new Map<string, Editor>();
let measureTimer: ReturnType<typeof setTimeout> | null = null;
/** Set once the user picks a language, so a slow start-up never switches it back. */
let uiLanguageChosen = false;

const state = () => appStore.getState();
const t = i18n.t.bind(i18n);

/** The open draft for a save: every field but the body as JSON text, and the body's blocks. */
interface DraftSnapshot {
  head: string;
  blocks: string[];
}

/** The blocks of the last save the store confirmed, and the version it made of them. */
let lastSaved: { updatedAt: string; blocks: string[] } | null = null;

function snapshotText({ head, blocks }: DraftSnapshot): string {
  return `${head.slice(0, -1)},"body":${bodyJsonText(blocks)}}`;
}

/**
 * Sends what changed in the body since the last confirmed save (a long draft changes a paragraph
 * at a time); the whole draft when there is no such save, or the store no longer holds it.
 */
async function saveSnapshot(snapshot: DraftSnapshot) {
  const base = baseUpdatedAt;
  const previous = lastSaved;
  let result: Awaited<ReturnType<typeof call<'draft:saveText'>>> | null = null;
  if (previous && base !== null && previous.updatedAt === base) {
    try {
      result = await call('draft:saveDelta', snapshot.head, diffBlocks(previous.blocks, snapshot.blocks), { baseUpdatedAt: base });
    } catch (error) {
      if (!(error instanceof NewsroomError && error.code === 'stale')) throw error;
    }
  }
  result ??= await call('draft:saveText', snapshotText(snapshot), { baseUpdatedAt: base });
  lastSaved = { updatedAt: result.updatedAt, blocks: snapshot.blocks };
  return result;
}

/**
 * A save is shown as "Saving…" only once it has taken this long. Most saves take a few
 * milliseconds: a label flashing on each one (and read out by a screen reader each time) told the
 * writer nothing, and redrawing it cost the typing a frame. Until then the status keeps what it
 * said before the save began.
 */
const SHOW_SAVING_AFTER_MS = 700;
/**
 * "Saved" waits until the writer has not typed for this long. A save made while the writer types
 * on (Ctrl+S in mid-sentence) is answered within milliseconds, between two keys: shown at once,
 * "Saved" stood for that moment, the next key turned it back into "Unsaved changes", and the
 * redrawn label (and a screen reader's announcement) cost that key a frame. A writer who stops
 * sees it this long after the last key at most.
 */
const SHOW_SAVED_AFTER_TYPING_MS = 300;
let statusLater: ReturnType<typeof setTimeout> | undefined;

function showSaveState(save: SaveState): void {
  clearTimeout(statusLater);
  const sinceTyped = Date.now() - autosaver.lastChangeAt;
  const wait = save.kind === 'saving' ? SHOW_SAVING_AFTER_MS : save.kind === 'saved' ? SHOW_SAVED_AFTER_TYPING_MS - sinceTyped : 0;
  if (wait > 0) statusLater = setTimeout(() => state().setSaveState(save), wait);
  else state().setSaveState(save);
}

/**
 * While typing goes on, the drafts list keeps the draft's last figures (words, time): redrawing
 * them on a save cost a frame that a key typed just then waited for. A save's figures are shown
 * once the writer has paused this long; typed on meanwhile, the save after the typing brings
 * newer ones. Waiting for a key typed during the save was not enough: a quick answer (a few
 * milliseconds) comes before the next key, and the list was redrawn as it was typed.
 */
const SUMMARY_QUIET_MS = 500;
/** One per draft, so a save of the next draft does not cancel the last one's figures. */
const summaryTimers = new Map<string, ReturnType<typeof setTimeout>>();

function showSummaryOncePaused(summary: DraftSummary): void {
  clearTimeout(summaryTimers.get(summary.id));
  const changes = autosaver.changeCount;
  summaryTimers.set(summary.id, setTimeout(() => {
    summaryTimers.delete(summary.id);
    // Edits count only in this draft: the writer may have gone on to another one.
    if (autosaver.changeCount !== changes && state().article?.id === summary.id) return;
    // A draft moved to the trash meanwhile is not put back in the list.
    if (state().drafts.some((draft) => draft.id === summary.id)) state().upsertSummary(summary);
  }, SUMMARY_QUIET_MS));
}

const autosaver = new Autosaver<DraftSnapshot>({
  save: saveSnapshot,
  describeError: errorMessage,
  onState: showSaveState,
  onSaved: (result) => {
    baseUpdatedAt = result.updatedAt;
    if (!result.conflict) {
      if (!autosaver.isDirty) showSummaryOncePaused(result.summary);
    } else {
      state().upsertSummary(result.summary);
      state().upsertSummary(result.conflict.keptAs);
      const keptId = result.conflict.keptAs.id;
      state().pushNotice({
        tone: 'error',
        text: t('notices.conflict', { title: titleOf(result.conflict.keptAs.headline) }),
        action: { label: t('notices.openCopy'), run: () => void workspace.open(keptId) },
      });
    }
  },
});

function report(error: unknown): void {
  state().pushNotice({ tone: 'error', text: errorMessage(error) });
}

function titleOf(headline: string): string {
  return headline.trim() || t('untitled');
}

/**
 * The open draft for a save. The body is serialised block by block with a cache, so a save of a
 * long draft costs what changed, not the whole document.
 */
function currentSnapshot(): DraftSnapshot {
  const { article, fields } = state();
  if (!article || !fields) throw new NewsroomError('internal', 'No draft is open.');
  const head = JSON.stringify({ id: article.id, ...fields, background: currentBackground() });
  return { head, blocks: editor ? bodyBlocks(editor.state.doc) : (article.body.content ?? []).map((block) => JSON.stringify(block)) };
}

/** The background sections as they stand, each body from its editor when it has one. */
function currentBackground(): ArticleContent['background'] {
  return (state().fields?.background ?? []).map((section) => {
    const sectionEditor = backgroundEditors.get(section.id);
    return sectionEditor ? { ...section, body: sectionEditor.getJSON() as BodyNode } : section;
  });
}

/** The open draft as it stands; until an editor is up, its text is the one loaded. */
function currentContent(): ArticleContent {
  const { article, fields } = state();
  if (!article || !fields) throw new NewsroomError('internal', 'No draft is open.');
  return { id: article.id, ...fields, background: currentBackground(), body: editor ? (editor.getJSON() as BodyNode) : article.body };
}

function measureNow(): void {
  measureTimer = null;
  const fields = state().fields;
  if (!editor || !fields) return;
  state().setMeasured(
    measureDraft(
      editor.state.doc,
      fields.background.map((section) => {
        const doc = backgroundEditors.get(section.id)?.state.doc ?? null;
        return { title: section.title, doc, text: doc ? '' : bodyText(section.body) };
      }),
    ),
  );
}

function scheduleMeasure(): void {
  if (measureTimer !== null) clearTimeout(measureTimer);
  measureTimer = setTimeout(measureNow, MEASURE_DELAY_MS);
}

/**
 * Opens a draft in the editor. Changes typed into the previous one while the new one was
 * loading are saved first; if they cannot be, the previous draft stays open.
 */
async function show(article: Article): Promise<void> {
  if (autosaver.isDirty && !(await autosaver.flush())) {
    state().pushNotice({ tone: 'error', text: t('notices.switchFailed') });
    return;
  }
  editor = null;
  baseUpdatedAt = article.updatedAt;
  backgroundEditors.clear();
  state().setMeasured(EMPTY_MEASURED);
  state().setQuoteEditing(null);
  state().openArticle(article);
  lastSaved = null;
  autosaver.attach(currentSnapshot);
  showSaveState({ kind: 'idle' });
}

function summaryOf(article: Article) {
  return { id: article.id, headline: article.headline, status: article.status, language: article.language, updatedAt: article.updatedAt, wordCount: 0, readOnly: false };
}

function newPartId(): string {
  return crypto.randomUUID();
}

/** Everything the UI does with drafts, in one place, off the React tree. */
export const workspace = {
  /**
   * Opens the app on the last draft. With the start data in the page, everything up to the
   * first render happens at once, before React draws anything.
   */
  async start(): Promise<void> {
    try {
      const started = startCall();
      const { settings, list, open } = started instanceof Promise ? await started : started;
      if (!uiLanguageChosen) workspace.applyUiLanguage(settings.uiLanguage ?? systemLanguage());
      state().setDraftList(list);
      if (open) await show(open);
      if (!list.complete) await workspace.refreshList();
      else workspace.reportProblems(list.problems);
    } catch (error) {
      report(error);
    }
  },

  /** Lists the drafts again after checking their files, and names any that could not be read. */
  async refreshList(): Promise<void> {
    const list = await call('draft:list');
    state().setDraftList(list);
    workspace.reportProblems(list.problems);
  },

  reportProblems(problems: DraftProblem[]): void {
    if (problems.length === 0) return;
    const details = problems.map((p) => `${p.fileName} (${problemMessage(p)})`).join('; ');
    state().pushNotice({ tone: 'error', text: t('notices.problems', { count: problems.length, list: details }) });
  },

  applyUiLanguage(language: UiLanguage): void {
    setUiLanguage(language);
    state().setUiLanguageState(language);
  },

  async chooseUiLanguage(language: UiLanguage): Promise<void> {
    uiLanguageChosen = true;
    workspace.applyUiLanguage(language);
    try {
      await call('settings:update', { uiLanguage: language });
    } catch (error) {
      report(error);
    }
  },

  /** The counts and quotes of a draft just opened are measured once it is on screen. */
  attachEditor(instance: Editor | null): void {
    editor = instance;
    if (!instance) return;
    afterFirstPaint(() => editor === instance && measureNow());
  },

  attachBackgroundEditor(id: string, instance: Editor | null): void {
    if (instance) backgroundEditors.set(id, instance);
    else backgroundEditors.delete(id);
  },

  /** Anything in the body or a background section changed. */
  changed(): void {
    autosaver.markDirty();
    scheduleMeasure();
  },

  setField<K extends keyof ArticleFields>(key: K, value: ArticleFields[K]): void {
    state().setField(key, value);
    autosaver.markDirty();
    if (key === 'background') scheduleMeasure();
  },

  addItem<K extends ListKey>(key: K, item: Omit<ItemOf<K>, 'id'> & { id?: string }): void {
    const list = state().fields?.[key] ?? [];
    const withId = key === 'byline' ? item : { id: newPartId(), ...item };
    workspace.setField(key, [...list, withId] as ArticleFields[K]);
  },

  updateItem<K extends ListKey>(key: K, index: number, patch: Partial<ItemOf<K>>): void {
    const list = (state().fields?.[key] ?? []) as ItemOf<K>[];
    workspace.setField(key, list.map((item, i) => (i === index ? { ...item, ...patch } : item)) as ArticleFields[K]);
  },

  moveItem(key: ListKey, index: number, delta: -1 | 1): void {
    const list = [...(state().fields?.[key] ?? [])];
    const target = index + delta;
    if (target < 0 || target >= list.length) return;
    [list[index], list[target]] = [list[target]!, list[index]!];
    workspace.setField(key, list as ArticleFields[typeof key]);
  },

  /** Removes an author, source, section or story; a notice offers to put it back. */
  removeItem(key: ListKey, index: number): void {
    const list = key === 'background' ? currentContent().background : (state().fields?.[key] ?? []);
    const removed = list[index];
    if (!removed) return;
    const articleId = state().article?.id;
    workspace.setField(key, list.filter((_, i) => i !== index) as ArticleFields[typeof key]);
    const undo = () => {
      const now = state().fields?.[key];
      if (!now || state().article?.id !== articleId) return;
      workspace.setField(key, [...now.slice(0, index), removed, ...now.slice(index)] as ArticleFields[typeof key]);
    };
    state().pushNotice({ tone: 'info', text: t('notices.removed'), action: { label: t('notices.undo'), run: undo } });
  },

  /** Ctrl+S: saves what is typed so far; keys typed meanwhile are left to the autosave. */
  async saveNow(): Promise<boolean> {
    return autosaver.saveTyped();
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

  async create(sample?: 'uk' | 'en'): Promise<void> {
    if (!(await autosaver.flush())) return;
    try {
      const article = sample ? await call('draft:createSample', sample) : await call('draft:create');
      state().setDraftList(await call('draft:list'));
      await show(article);
      if (sample) state().pushNotice({ tone: 'info', text: t('notices.sampleCreated') });
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
    const title = titleOf(state().drafts.find((d) => d.id === id)?.headline ?? '');
    state().removeSummary(id);
    if (wasOpen) {
      autosaver.detach();
      editor = null;
      backgroundEditors.clear();
      state().closeArticle();
      const next = state().drafts[0];
      if (next) await workspace.open(next.id);
    }
    state().pushNotice({ tone: 'info', text: t('notices.movedToTrash', { title }), action: { label: t('notices.undo'), run: () => void workspace.restore(id) } });
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
      state().pushNotice({ tone: 'info', text: t('notices.restored', { title: titleOf(summary.headline) }) });
    } catch (error) {
      report(error);
    }
  },

  /** Says why a file could not be imported. */
  refuseImport(fileName: string, error: unknown): void {
    state().pushNotice({ tone: 'error', text: t('notices.importFailed', { file: fileName, message: errorMessage(error) }) });
  },

  async importText(fileName: string, text: string): Promise<void> {
    if (!(await autosaver.flush())) return;
    try {
      const { article, replacedId } = await call('draft:import', { fileName, text });
      state().upsertSummary(summaryOf(article));
      state().setDraftList(await call('draft:list'));
      await show(article);
      const title = titleOf(article.headline);
      state().pushNotice({ tone: 'info', text: replacedId ? t('notices.importedNewId', { title }) : t('notices.imported', { title }) });
    } catch (error) {
      workspace.refuseImport(fileName, error);
    }
  },

  async exportCurrent(format: ExportFormat): Promise<void> {
    const article = state().article;
    if (!article) return;
    if (!(await autosaver.flush())) {
      state().pushNotice({ tone: 'error', text: t('notices.exportNotSaved') });
      return;
    }
    try {
      const result = await call('export:draft', article.id, format);
      if (result.kind === 'download') downloadFile(result.fileName, result.mimeType, result.content);
      if (result.kind === 'saved') state().pushNotice({ tone: 'info', text: t('notices.exported', { path: result.path }) });
    } catch (error) {
      report(error);
    }
  },

  showInspectorTab(tab: InspectorTab): void {
    state().setInspectorTab(tab);
  },

  insertQuote(): void {
    editor?.chain().focus().insertAttributedQuote().run();
  },

  markInlineQuote(): void {
    if (!editor || editor.state.selection.empty) return;
    const { from, to } = editor.state.selection;
    editor.chain().focus().setInlineQuote({}).run();
    state().setQuoteEditing({ kind: 'inline', from, to, attrs: EMPTY_QUOTE_ATTRS });
  },

  goToQuote(quote: QuoteItem): void {
    if (!editor) return;
    const inside = quote.kind === 'block' ? quote.from + 2 : quote.from;
    editor.chain().focus().setTextSelection(Math.min(inside, editor.state.doc.content.size)).run();
    const dom = editor.view.nodeDOM(quote.from);
    (dom instanceof HTMLElement ? dom : editor.view.dom).scrollIntoView({ block: 'center' });
  },

  editBlockQuoteAt(pos: number): void {
    const node = editor?.state.doc.nodeAt(pos);
    if (!node) return;
    state().setQuoteEditing({ kind: 'block', from: pos, to: pos + node.nodeSize, attrs: readQuoteAttrs(node.attrs) });
  },

  editQuote(editing: QuoteEditing): void {
    state().setQuoteEditing(editing);
  },

  saveQuote(editing: QuoteEditing, attrs: QuoteAttrs): void {
    if (!editor) return;
    if (editing.kind === 'block') editor.commands.updateAttributedQuote(editing.from, attrs);
    else editor.commands.updateInlineQuote(editing.from, editing.to, attrs);
    state().setQuoteEditing(null);
    editor.commands.focus();
  },

  /** Called from beforeunload: true when nothing is left unsaved. */
  saveBeforeUnload(): boolean {
    const failing = state().save.kind === 'error';
    const pending = autosaver.takePending();
    const sent = pending === null || saveBeforeUnload(snapshotText(pending), { baseUpdatedAt });
    return sent && !failing;
  },

  explainReadOnly(): void {
    state().pushNotice({ tone: 'info', text: t('notices.readOnly') });
  },

  async emptyTrash(): Promise<void> {
    try {
      const { removed } = await call('trash:empty');
      state().setTrash([]);
      state().pushNotice({ tone: 'info', text: t('notices.trashEmptied', { count: removed }) });
    } catch (error) {
      report(error);
    }
  },

  async loadHistory(): Promise<void> {
    const id = state().article?.id;
    if (!id) return;
    try {
      state().setRevisions(await call('history:list', id));
    } catch (error) {
      report(error);
    }
  },

  async restoreRevision(revisionId: string): Promise<void> {
    const id = state().article?.id;
    if (!id || !(await autosaver.flush())) return;
    try {
      const restored = await call('history:restore', id, revisionId);
      await show(restored);
      state().upsertSummary({ ...summaryOf(restored), wordCount: state().drafts.find((d) => d.id === id)?.wordCount ?? 0 });
      state().setDraftList(await call('draft:list'));
      await workspace.loadHistory();
      state().pushNotice({ tone: 'info', text: t('notices.revisionRestored') });
    } catch (error) {
      report(error);
    }
  },
};
