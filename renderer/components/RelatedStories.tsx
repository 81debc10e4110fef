import { NO_ITEMS } from '../store/articleSlice';
import { useTranslation } from 'react-i18next';
import { isWebUrl } from '../../shared/export/isWebUrl';
import { useAppStore } from '../store/appStore';
import { workspace } from '../workspace/workspace';
import { ItemControls } from './ItemControls';
import { TextField } from './TextField';

export function RelatedStories() {
  const { t } = useTranslation();
  const stories = useAppStore((s) => s.fields?.related ?? NO_ITEMS);
  return (
    <section className="part" aria-labelledby="related-heading">
      <h2 id="related-heading" className="part-title">
        {t('related.title')}
      </h2>
      {stories.length === 0 ? <p className="muted">{t('related.none')}</p> : null}
      <ol className="part-list">
        {stories.map((story, index) => (
          <li key={story.id} className="part-item" aria-label={story.title.trim() || `${t('related.title')} ${index + 1}`}>
            <TextField label={t('related.storyTitle')} value={story.title} onChange={(title) => workspace.updateItem('related', index, { title })} />
            <TextField
              label={t('related.url')}
              type="url"
              value={story.url}
              placeholder="https://"
              error={story.url.trim() && !isWebUrl(story.url) ? t('related.urlInvalid') : null}
              onChange={(url) => workspace.updateItem('related', index, { url })}
            />
            <TextField label={t('related.teaser')} multiline value={story.teaser} onChange={(teaser) => workspace.updateItem('related', index, { teaser })} />
            <ItemControls
              index={index}
              count={stories.length}
              onMove={(delta) => workspace.moveItem('related', index, delta)}
              onRemove={() => workspace.removeItem('related', index)}
              removeLabel={t('related.remove')}
            />
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => workspace.addItem('related', { title: '', url: '', teaser: '' })}>
        {t('related.add')}
      </button>
    </section>
  );
}
