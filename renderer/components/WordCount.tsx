import { useAppStore } from '../store/appStore';
import { wordsLabel } from '../i18n/wordsLabel';

export function WordCount() {
  const count = useAppStore((s) => s.wordCount);
  return <span className="word-count muted">{wordsLabel(count)}</span>;
}
