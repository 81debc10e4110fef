import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/appStore';
import { workspace } from '../workspace/workspace';
import { AutoGrowTextarea } from './AutoGrowTextarea';

export function ArticleHeader() {
  const { t } = useTranslation();
  const headline = useAppStore((s) => s.fields?.headline ?? '');
  const standfirst = useAppStore((s) => s.fields?.standfirst ?? '');
  const sourceNames = useAppStore((s) => s.fields?.sources.map((source) => source.name.trim()).filter(Boolean).join(', ') ?? '');
  return (
    <header className="article-header">
      <AutoGrowTextarea
        label={t('fields.headline')}
        className="headline-input"
        value={headline}
        placeholder={t('fields.headlinePlaceholder')}
        onChange={(value) => workspace.setField('headline', value)}
      />
      <AutoGrowTextarea
        label={t('fields.standfirst')}
        className="standfirst-input"
        value={standfirst}
        placeholder={t('fields.standfirstPlaceholder')}
        onChange={(value) => workspace.setField('standfirst', value)}
      />
      {sourceNames ? (
        <p className="attribution-line">
          <button type="button" className="link-button" onClick={() => workspace.showInspectorTab('sources')}>
            {t('sources.citing', { names: sourceNames })}
          </button>
        </p>
      ) : null}
    </header>
  );
}
