import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../i18n/formatWhen';
import { appStore } from '../store/appStore';
import type { SaveState } from '../store/saveSlice';

/**
 * The save state as the workspace shows it ("Saving…" only for a slow save, see SHOW_SAVING_AFTER_MS).
 * The text is written straight into the element when the state changes, not through a React render:
 * the first key typed after each save changes it to "Unsaved changes", and a React commit while the
 * editor has focus walks the editor's DOM to keep the selection (about 1 ms at 100,000 words), on
 * that key.
 */
export function SaveStatus() {
  const { t, i18n } = useTranslation();
  const element = useRef<HTMLSpanElement>(null);

  useLayoutEffect(() => {
    const show = (save: SaveState) => {
      const span = element.current;
      if (!span) return;
      span.textContent =
        save.kind === 'saved'
          ? t('save.saved', { time: formatTime(save.at, i18n.language) })
          : save.kind === 'error'
            ? t('save.error', { message: save.message })
            : t(`save.${save.kind}`);
      span.className = `save-status ${save.kind}`;
    };
    show(appStore.getState().save);
    return appStore.subscribe((state, previous) => {
      if (state.save !== previous.save) show(state.save);
    });
  }, [t, i18n.language]);

  return <span ref={element} role="status" aria-label={t('save.label')} />;
}
