import { useAppStore } from '../store/appStore';
import { workspace } from '../workspace/workspace';
import { AutoGrowTextarea } from './AutoGrowTextarea';

export function ArticleHeader() {
  const headline = useAppStore((s) => s.fields?.headline ?? '');
  const standfirst = useAppStore((s) => s.fields?.standfirst ?? '');
  return (
    <header className="article-header">
      <AutoGrowTextarea
        label="Headline"
        className="headline-input"
        value={headline}
        placeholder="What happened?"
        onChange={(value) => workspace.setField('headline', value)}
      />
      <AutoGrowTextarea
        label="Standfirst"
        className="standfirst-input"
        value={standfirst}
        placeholder="The lead: the news in a sentence or two, and who it comes from."
        onChange={(value) => workspace.setField('standfirst', value)}
      />
    </header>
  );
}
