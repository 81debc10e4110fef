import { useTranslation } from 'react-i18next';
import { formatTime } from '../i18n/formatWhen';
import { useAppStore } from '../store/appStore';

/** The save state as the workspace shows it ("Saving…" only for a slow save, see SHOW_SAVING_AFTER_MS). */
export function SaveStatus() {
  const { t, i18n } = useTranslation();
  const save = useAppStore((s) => s.save);
  const text =
    save.kind === 'saved'
      ? t('save.saved', { time: formatTime(save.at, i18n.language) })
      : save.kind === 'error'
        ? t('save.error', { message: save.message })
        : t(`save.${save.kind}`);
  return (
    <span role="status" aria-label={t('save.label')} className={`save-status ${save.kind}`}>
      {text}
    </span>
  );
}
