import { useId } from 'react';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../shared/article/article';
import { STATUS_LABELS } from '../store/articleSlice';
import { useAppStore } from '../store/appStore';
import { workspace } from '../workspace/workspace';

const LANGUAGES = [
  { tag: 'uk', name: 'Ukrainian (українська)' },
  { tag: 'en', name: 'English' },
];

export function Inspector() {
  const fields = useAppStore((s) => s.fields);
  const languageId = useId();
  const statusId = useId();
  if (!fields) return null;
  const languages = LANGUAGES.some((l) => l.tag === fields.language) ? LANGUAGES : [...LANGUAGES, { tag: fields.language, name: fields.language }];
  return (
    <aside className="inspector" aria-label="Article details">
      <h2 className="inspector-title">Article</h2>
      <div className="field">
        <label htmlFor={languageId}>Language</label>
        <select id={languageId} value={fields.language} onChange={(event) => workspace.setField('language', event.target.value)}>
          {languages.map((language) => (
            <option key={language.tag} value={language.tag}>
              {language.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={statusId}>Status</label>
        <select
          id={statusId}
          value={fields.status}
          onChange={(event) => workspace.setField('status', event.target.value as ArticleStatus)}
        >
          {ARTICLE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
    </aside>
  );
}
