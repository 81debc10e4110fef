import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../i18n/formatWhen';
import { useAppStore } from '../store/appStore';

/**
 * A save is shown as "Saving…" only once it has taken this long. Most saves take a few
 * milliseconds: a label flashing on each one (and read out by a screen reader each time) told the
 * writer nothing, and redrawing it cost a frame while they typed. Until then the status keeps
 * what it said before the save began.
 */
export const SHOW_SAVING_AFTER_MS = 700;

export function SaveStatus() {
  const { t, i18n } = useTranslation();
  const save = useAppStore((s) => s.save);
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    setSlow(false);
    if (save.kind !== 'saving') return;
    const timer = setTimeout(() => setSlow(true), SHOW_SAVING_AFTER_MS);
    return () => clearTimeout(timer);
  }, [save]);
  const shown = useRef(save);
  if (save.kind !== 'saving' || slow) shown.current = save;
  const state = shown.current;

  const text =
    state.kind === 'saved'
      ? t('save.saved', { time: formatTime(state.at, i18n.language) })
      : state.kind === 'error'
        ? t('save.error', { message: state.message })
        : t(`save.${state.kind}`);
  return (
    <span role="status" aria-label={t('save.label')} className={`save-status ${state.kind}`}>
      {text}
    </span>
  );
}
