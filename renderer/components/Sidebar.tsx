import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftSummary } from '../../shared/ipc/contract';
import { i18n } from '../i18n/i18n';
import { prepareDateFormats } from '../i18n/formatWhen';
import { useAppStore } from '../store/appStore';
import { useAfterFirstPaint } from '../useAfterFirstPaint';
import { workspace } from '../workspace/workspace';
import { DraftListItem } from './DraftListItem';
import { ImportButton } from './ImportButton';
import { TrashPanel } from './TrashPanel';
import { UiLanguagePicker } from './UiLanguagePicker';

/** A draft with a one-line headline; two-line headlines are measured once they are drawn. */
const ESTIMATED_ITEM_HEIGHT = 60;
/** Items drawn above and below the visible ones, so scrolling never reaches an empty row. */
const OVERSCAN = 8;
/** How far the arrow and page keys move the focus in the drafts list. */
const KEY_STEPS: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };

/** `indexes` (ascending) with `extra` in its place, when it is an index and not there yet. */
function withIndex(indexes: number[], extra: number): number[] {
  if (extra < 0 || indexes.includes(extra)) return indexes;
  const at = indexes.findIndex((index) => index > extra);
  return at < 0 ? [...indexes, extra] : [...indexes.slice(0, at), extra, ...indexes.slice(at)];
}

export function Sidebar() {
  const { t } = useTranslation();
  const drafts = useAppStore((s) => s.drafts);
  const openId = useAppStore((s) => s.article?.id);
  const trashOpen = useAppStore((s) => s.trashOpen);
  const setTrashOpen = useAppStore((s) => s.setTrashOpen);
  const uiLanguage = useAppStore((s) => s.uiLanguage);
  // The list, and the dates in it, are drawn after the draft is on screen: a writer opening the
  // app looks at the draft first, and the list (a forced layout to measure its scroller, the
  // first date formatter) would hold that up. The column is there from the start, so nothing moves.
  const painted = useAfterFirstPaint(() => prepareDateFormats(i18n.language));

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
      ) : painted ? (
        <DraftList drafts={drafts} openId={openId} />
      ) : (
        <div className="draft-scroller" aria-busy="true" />
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

/**
 * The drafts, newest first, in a scrolling box that holds only the items in and near view
 * (ten thousand drafts would otherwise be ten thousand buttons). Each item tells assistive
 * technology its place in the whole list (`aria-posinset` of `aria-setsize`). The list is one Tab
 * stop (the focused draft, else the open one); the arrow keys, Page Up/Down, Home and End move
 * through it, scrolling the draft they reach into view, so a keyboard reaches every draft.
 */
function DraftList({ drafts, openId }: { drafts: DraftSummary[]; openId: string | undefined }) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  /** A draft the keyboard moved to, focused once its item is drawn. */
  const [focusWanted, setFocusWanted] = useState<string | null>(null);
  const indexOf = (id: string | null | undefined) => (id == null ? -1 : drafts.findIndex((d) => d.id === id));
  const focusedIndex = indexOf(focusedId);
  const openIndex = indexOf(openId);
  const tabStopIndex = focusedIndex >= 0 ? focusedIndex : Math.max(openIndex, 0);
  const wantedIndex = indexOf(focusWanted);

  const getItemKey = useCallback((index: number) => drafts[index]?.id ?? index, [drafts]);
  // The Tab stop and a draft about to be focused stay drawn while out of view, so focus is never lost.
  const rangeExtractor = useCallback(
    (range: Range) => withIndex(withIndex(defaultRangeExtractor(range), tabStopIndex), wantedIndex),
    [tabStopIndex, wantedIndex],
  );
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLLIElement>({
    count: drafts.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => ESTIMATED_ITEM_HEIGHT,
    overscan: OVERSCAN,
    getItemKey,
    rangeExtractor,
  });

  // Bring the open draft into view when another one opens (a new draft, or the app starting on
  // one far down the list); not when the open draft merely moves up the list as it is saved.
  const scrolledTo = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    if (openId === undefined || openIndex < 0 || scrolledTo.current === openId) return;
    scrolledTo.current = openId;
    virtualizer.scrollToIndex(openIndex, { align: 'auto' });
  }, [openId, openIndex, virtualizer]);

  const onFocus = (event: FocusEvent<HTMLUListElement>) => {
    const id = (event.target as HTMLElement).closest<HTMLElement>('[data-draft-id]')?.dataset.draftId;
    if (id !== undefined) setFocusedId(id);
  };
  const onBlur = (event: FocusEvent<HTMLUListElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusedId(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const step = KEY_STEPS[event.key];
    const last = drafts.length - 1;
    const to = event.key === 'Home' ? 0 : event.key === 'End' ? last : step === undefined ? null : Math.min(last, Math.max(0, tabStopIndex + step));
    if (to === null || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    virtualizer.scrollToIndex(to, { align: 'auto' });
    setFocusWanted(drafts[to]!.id);
  };
  useEffect(() => {
    if (focusWanted === null) return;
    const item = scrollerRef.current?.querySelector<HTMLElement>(`[data-draft-id="${CSS.escape(focusWanted)}"] button`);
    item?.focus({ preventScroll: true });
    setFocusWanted(null);
  }, [focusWanted]);

  return (
    <div className="draft-scroller" ref={scrollerRef}>
      <ul className="draft-list" style={{ height: virtualizer.getTotalSize() }} onFocus={onFocus} onBlur={onBlur} onKeyDown={onKeyDown}>
        {virtualizer.getVirtualItems().map((item) => {
          const draft = drafts[item.index];
          if (!draft) return null;
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              data-draft-id={draft.id}
              aria-setsize={drafts.length}
              aria-posinset={item.index + 1}
              className="draft-row"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <DraftListItem draft={draft} current={draft.id === openId} tabStop={item.index === tabStopIndex} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
