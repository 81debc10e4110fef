import type { Article } from '../../shared/article/article';
import { EditorPane } from '../editor/EditorPane';
import { ArticleHeader } from './ArticleHeader';
import { TopBar } from './TopBar';

export function ArticleView({ article }: { article: Article }) {
  return (
    <>
      <TopBar articleId={article.id} />
      <div className="page" lang={article.language}>
        <ArticleHeader />
        <EditorPane article={article} />
      </div>
    </>
  );
}
