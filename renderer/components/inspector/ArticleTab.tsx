import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isTimeZone } from '../../../shared/article/isTimeZone';
import { slugify } from '../../../shared/article/slugify';
import { ARTICLE_LANGUAGES, ARTICLE_STATUSES, type ArticleStatus } from '../../../shared/article/vocabulary';
import { useAppStore } from '../../store/appStore';
import { workspace } from '../../workspace/workspace';
import { TextField } from '../TextField';
import { BylineEditor } from './BylineEditor';
import { CountsPanel } from './CountsPanel';

export function ArticleTab() {
  const { t } = useTranslation();
  const fields = useAppStore((s) => s.fields);
  const openSerial = useAppStore((s) => s.openSerial);
  const languageId = useId();
  const statusId = useId();
  if (!fields) return null;
  const { dateline } = fields;
  const languages: string[] = (ARTICLE_LANGUAGES as readonly string[]).includes(fields.language) ? [...ARTICLE_LANGUAGES] : [...ARTICLE_LANGUAGES, fields.language];
  const autoSlug = slugify(fields.headline, fields.language);
  const slugValid = /^[a-z0-9-]*$/.test(fields.slug);
  return (
    <div className="tab-content">
      <div className="field">
        <label htmlFor={statusId}>{t('article.status')}</label>
        <select id={statusId} value={fields.status} onChange={(event) => workspace.setField('status', event.target.value as ArticleStatus)}>
          {ARTICLE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <BylineEditor />
      <fieldset className="group">
        <legend>{t('article.dateline')}</legend>
        <TextField label={t('article.place')} value={dateline.place} onChange={(place) => workspace.setField('dateline', { ...dateline, place })} />
        <TextField
          label={t('article.dateTime')}
          type="datetime-local"
          value={dateline.localTime ?? ''}
          onChange={(value) => workspace.setField('dateline', { ...dateline, localTime: value ? value.slice(0, 16) : null })}
        />
        <TimeZoneField value={dateline.timeZone} onChange={(timeZone) => workspace.setField('dateline', { ...dateline, timeZone })} />
      </fieldset>
      <div className="field">
        <label htmlFor={languageId}>{t('article.language')}</label>
        <select id={languageId} value={fields.language} onChange={(event) => workspace.setField('language', event.target.value)}>
          {languages.map((tag) => (
            <option key={tag} value={tag}>
              {tag === 'uk' || tag === 'en' ? t(`languages.${tag}`) : tag}
            </option>
          ))}
        </select>
      </div>
      <TextField label={t('article.section')} value={fields.section} onChange={(section) => workspace.setField('section', section)} />
      <TagsField key={openSerial} initial={fields.tags} />
      <TextField
        label={t('article.slug')}
        value={fields.slug}
        placeholder={autoSlug}
        hint={fields.slug ? undefined : t('article.slugAuto', { slug: autoSlug })}
        error={slugValid ? null : t('article.slugInvalid')}
        onChange={(slug) => workspace.setField('slug', slug)}
      />
      <TextField
        label={t('article.editorNote')}
        multiline
        hint={t('article.editorNoteHint')}
        value={fields.editorNote}
        onChange={(editorNote) => workspace.setField('editorNote', editorNote)}
      />
      <CountsPanel />
    </div>
  );
}

function TimeZoneField({ value, onChange }: { value: string; onChange: (zone: string) => void }) {
  const { t } = useTranslation();
  return <TextField label={t('article.timeZone')} value={value} error={isTimeZone(value) ? null : t('article.timeZoneInvalid')} onChange={onChange} />;
}

/** Tags as typed, commas and all; the article keeps the trimmed list. */
function TagsField({ initial }: { initial: string[] }) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => initial.join(', '));
  return (
    <TextField
      label={t('article.tags')}
      hint={t('article.tagsHint')}
      value={text}
      onChange={(text) => {
        setText(text);
        workspace.setField('tags', text.split(',').map((tag) => tag.trim()).filter(Boolean));
      }}
    />
  );
}
