import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/appStore';

export function CountsPanel() {
  const { t } = useTranslation();
  const measured = useAppStore((s) => s.measured);
  const headline = useAppStore((s) => [...(s.fields?.headline ?? '')].length);
  const standfirst = useAppStore((s) => [...(s.fields?.standfirst ?? '')].length);
  return (
    <section className="counts" aria-labelledby="counts-title">
      <h3 id="counts-title">{t('counts.title')}</h3>
      <dl>
        <dt>{t('fields.body')}</dt>
        <dd>{t('counts.words', { count: measured.words })}</dd>
        <dd>{t('counts.characters', { count: measured.characters })}</dd>
        <dd>{t('counts.charactersNoSpaces', { count: measured.charactersNoSpaces })}</dd>
        <dd>{t('counts.reading', { count: measured.readingMinutes })}</dd>
        <dt>{t('counts.headline')}</dt>
        <dd>{t('counts.characters', { count: headline })}</dd>
        <dt>{t('counts.standfirst')}</dt>
        <dd>{t('counts.characters', { count: standfirst })}</dd>
      </dl>
    </section>
  );
}
