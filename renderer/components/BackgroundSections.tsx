import { NO_ITEMS } from '../store/articleSlice';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/appStore';
import { BackgroundEditor } from '../editor/BackgroundEditor';
import { workspace } from '../workspace/workspace';
import { ItemControls } from './ItemControls';
import { TextField } from './TextField';

export function BackgroundSections() {
  const { t } = useTranslation();
  const sections = useAppStore((s) => s.fields?.background ?? NO_ITEMS);
  return (
    <section className="part" aria-labelledby="background-heading">
      <h2 id="background-heading" className="part-title">
        {t('background.title')}
      </h2>
      {sections.length === 0 ? <p className="muted">{t('background.none')}</p> : null}
      {sections.map((section, index) => (
        <section key={section.id} className="part-item" aria-label={section.title.trim() || `${t('background.title')} ${index + 1}`}>
          <TextField
            label={t('background.sectionTitle')}
            value={section.title}
            onChange={(title) => workspace.updateItem('background', index, { title })}
          />
          <BackgroundEditor sectionId={section.id} body={section.body} label={t('background.sectionBody')} />
          <ItemControls
            index={index}
            count={sections.length}
            onMove={(delta) => workspace.moveItem('background', index, delta)}
            onRemove={() => workspace.removeItem('background', index)}
            removeLabel={t('background.remove')}
          />
        </section>
      ))}
      <button type="button" onClick={() => workspace.addItem('background', { title: '', body: { type: 'doc', content: [{ type: 'paragraph' }] } })}>
        {t('background.add')}
      </button>
    </section>
  );
}
