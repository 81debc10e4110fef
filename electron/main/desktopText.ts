import { uiLanguageFor, type UiLanguage } from '../../shared/article/vocabulary';

/**
 * What the main process itself puts on screen (the menu, its dialogs), in the interface's
 * language: the renderer's catalogues do not reach it. `{{name}}` marks a value.
 */
const en = {
  menu: {
    file: 'File',
    newDraft: 'New Draft',
    save: 'Save',
    import: 'Import…',
    exportHtml: 'Export HTML…',
    exportJson: 'Export JSON…',
    quit: 'Quit Newsroom',
    closeWindow: 'Close Window',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    pasteAndMatchStyle: 'Paste as Plain Text',
    delete: 'Delete',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    devTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    window: 'Window',
    minimize: 'Minimize',
    zoom: 'Zoom',
  },
  unsaved: {
    message: 'Your latest changes could not be saved.',
    notYet: 'The draft is not saved yet.',
    detail: '{{reason}}\n\nSave a copy of the article somewhere else before closing, or keep editing and try again.',
    saveCopy: 'Save a Copy Elsewhere…',
    closeAnyway: 'Close Without Saving',
    keepEditing: 'Keep Editing',
    copyTitle: 'Save a copy of the article',
    copyFailed: 'The copy could not be saved',
  },
  files: {
    article: 'Newsroom article (JSON)',
    webPage: 'Web page (HTML)',
    exportTitle: 'Export',
    importTitle: 'Import an article',
  },
};

type Texts = typeof en;

const uk: Texts = {
  menu: {
    file: 'Файл',
    newDraft: 'Нова чернетка',
    save: 'Зберегти',
    import: 'Імпортувати…',
    exportHtml: 'Експортувати HTML…',
    exportJson: 'Експортувати JSON…',
    quit: 'Вийти з Newsroom',
    closeWindow: 'Закрити вікно',
    edit: 'Редагування',
    undo: 'Скасувати',
    redo: 'Повторити',
    cut: 'Вирізати',
    copy: 'Копіювати',
    paste: 'Вставити',
    pasteAndMatchStyle: 'Вставити як простий текст',
    delete: 'Видалити',
    selectAll: 'Виділити все',
    view: 'Вигляд',
    reload: 'Перезавантажити',
    devTools: 'Інструменти розробника',
    resetZoom: 'Звичайний розмір',
    zoomIn: 'Збільшити',
    zoomOut: 'Зменшити',
    window: 'Вікно',
    minimize: 'Згорнути',
    zoom: 'Масштаб вікна',
  },
  unsaved: {
    message: 'Останні зміни не вдалося зберегти.',
    notYet: 'Чернетку ще не збережено.',
    detail: '{{reason}}\n\nПеред тим як закрити, збережіть копію статті деінде або редагуйте далі й спробуйте ще раз.',
    saveCopy: 'Зберегти копію деінде…',
    closeAnyway: 'Закрити без збереження',
    keepEditing: 'Редагувати далі',
    copyTitle: 'Зберегти копію статті',
    copyFailed: 'Копію не вдалося зберегти',
  },
  files: {
    article: 'Стаття Newsroom (JSON)',
    webPage: 'Вебсторінка (HTML)',
    exportTitle: 'Експорт',
    importTitle: 'Імпортувати статтю',
  },
};

export type DesktopText = Texts;

export const DESKTOP_TEXT: Record<UiLanguage, DesktopText> = { en, uk };

/** The interface's language as the main process sees it: the one chosen, else the system's. */
export function desktopLanguage(chosen: UiLanguage | null, systemLocales: readonly string[]): UiLanguage {
  return chosen ?? uiLanguageFor(systemLocales);
}
