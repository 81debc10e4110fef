import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '../../shared/article/vocabulary';
import { useAppStore } from '../store/appStore';
import { workspace } from '../workspace/workspace';

/** Each language is named in itself, so a reader of either finds their own. */
const NATIVE_NAMES: Record<UiLanguage, string> = { en: 'English', uk: 'Українська' };

export function UiLanguagePicker() {
  const { t } = useTranslation();
  const id = useId();
  const language = useAppStore((s) => s.uiLanguage);
  return (
    <div className="ui-language">
      <label htmlFor={id}>{t('sidebar.uiLanguage')}</label>
      <select id={id} value={language} onChange={(event) => void workspace.chooseUiLanguage(event.target.value as UiLanguage)}>
        {UI_LANGUAGES.map((tag) => (
          <option key={tag} value={tag} lang={tag}>
            {NATIVE_NAMES[tag]}
          </option>
        ))}
      </select>
    </div>
  );
}
