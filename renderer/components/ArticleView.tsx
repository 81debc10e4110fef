import type { Article } from '../../shared/article/article';
import { EditorPane } from '../editor/EditorPane';
import { AfterFirstPaint } from './AfterFirstPaint';
import { ArticleHeader } from './ArticleHeader';
import { BackgroundSections } from './BackgroundSections';
import { RelatedStories } from './RelatedStories';
import { TopBar } from './TopBar';

export function ArticleView({ article }: { article: Article }) {
  return (
    <>
      <TopBar articleId={article.id} />
      <div className="page">
        <ArticleHeader />
        <EditorPane article={article} />
        <AfterFirstPaint>
          <BackgroundSections />
          <RelatedStories />
        </AfterFirstPaint>
      </div>
    </>
  );
}
