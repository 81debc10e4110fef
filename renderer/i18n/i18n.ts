import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { uiLanguageFor, type UiLanguage } from '../../shared/article/vocabulary';
import { en } from './en';
import { uk } from './uk';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}

export function systemLanguage(): UiLanguage {
  return uiLanguageFor(navigator.languages);
}

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, uk: { translation: uk } },
  lng: systemLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function setUiLanguage(language: UiLanguage): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export const i18n = i18next;
