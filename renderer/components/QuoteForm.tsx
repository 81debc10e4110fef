import { NO_ITEMS } from '../store/articleSlice';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteAttrs } from '../../shared/article/quoteAttrs';
import { useAppStore } from '../store/appStore';
import { workspace } from '../workspace/workspace';
import { TextField } from './TextField';

/** Who said a quote: opened from a quote's caption, the toolbar or the Quotes panel. */
export function QuoteForm() {
  const { t } = useTranslation();
  const editing = useAppStore((s) => s.quoteEditing);
  const sources = useAppStore((s) => s.fields?.sources ?? NO_ITEMS);
  const close = useAppStore((s) => s.setQuoteEditing);
  const [attrs, setAttrs] = useState<QuoteAttrs | null>(editing?.attrs ?? null);
  const sourceId = useId();
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setAttrs(editing?.attrs ?? null);
    if (editing) dialog.current?.querySelector('input')?.focus();
  }, [editing]);

  if (!editing || !attrs) return null;
  const set = (patch: Partial<QuoteAttrs>) => setAttrs({ ...attrs, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    workspace.saveQuote(editing, { ...attrs, speaker: attrs.speaker.trim(), role: attrs.role.trim() });
  };
  return (
    <div
      ref={dialog}
      className="quote-form"
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${sourceId}-title`}
      onKeyDown={(event) => event.key === 'Escape' && close(null)}
    >
      <form onSubmit={submit}>
        <h2 id={`${sourceId}-title`}>{t('quotes.edit')}</h2>
        <TextField label={t('quotes.speaker')} hint={t('quotes.speakerHint')} value={attrs.speaker} onChange={(speaker) => set({ speaker })} />
        <TextField label={t('quotes.role')} value={attrs.role} onChange={(role) => set({ role })} />
        <div className="field">
          <label htmlFor={sourceId}>{t('quotes.source')}</label>
          <select id={sourceId} value={attrs.sourceId ?? ''} onChange={(event) => set({ sourceId: event.target.value || null })}>
            <option value="">{t('quotes.noSource')}</option>
            {sources.map((source) => (
              <option key={source.id} value={source.id}>
                {source.name.trim() || t('sources.unnamed')}
              </option>
            ))}
          </select>
        </div>
        <TextField label={t('quotes.saidAt')} value={attrs.saidAt} onChange={(saidAt) => set({ saidAt })} />
        <div className="item-controls">
          <button type="submit" className="primary">
            {t('quotes.done')}
          </button>
          <button type="button" onClick={() => close(null)}>
            {t('link.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
