import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/appStore';
import { workspace } from '../../workspace/workspace';

export function QuotesTab() {
  const { t } = useTranslation();
  const quotes = useAppStore((s) => s.measured.quotes);
  const missing = quotes.filter((quote) => !quote.attrs.speaker.trim()).length;
  return (
    <div className="tab-content">
      <button type="button" onClick={() => workspace.insertQuote()}>
        {t('quotes.add')}
      </button>
      {missing > 0 ? (
        <p className="warning-text" role="note">
          {t('quotes.missingCount', { count: missing })}
        </p>
      ) : null}
      {quotes.length === 0 ? <p className="muted">{t('quotes.none')}</p> : null}
      <ol className="quote-list">
        {quotes.map((quote) => {
          const speaker = quote.attrs.speaker.trim();
          return (
            <li key={`${quote.kind}-${quote.from}`} className={speaker ? 'quote-item' : 'quote-item missing'}>
              <p className="quote-text">{quote.text.length > 140 ? `${quote.text.slice(0, 140)}…` : quote.text}</p>
              <p className="quote-speaker">
                {speaker ? [speaker, quote.attrs.role.trim()].filter(Boolean).join(', ') : <strong>{t('quotes.missingSpeaker')}</strong>}
                <span className="muted"> · {t(quote.kind === 'block' ? 'quotes.block' : 'quotes.inline')}</span>
              </p>
              <div className="item-controls">
                <button type="button" onClick={() => workspace.goToQuote(quote)}>
                  {t('quotes.goTo')}
                </button>
                <button type="button" onClick={() => workspace.editQuote({ kind: quote.kind, from: quote.from, to: quote.to, attrs: quote.attrs })}>
                  {t('quotes.edit')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
