import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  className?: string;
  placeholder?: string;
  /** Single-line fields (a headline) turn pasted line breaks into spaces. */
  multiline?: boolean;
}

/** A labelled field that grows with its text (CSS `field-sizing`) and shows its length; nothing typed is ever cut. */
export function AutoGrowTextarea({ label, value, onChange, className, placeholder, multiline = false }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const length = [...value].length;
  return (
    <div className="field">
      <div className="field-label-row">
        <label htmlFor={id}>{label}</label>
        <span className="muted field-count" id={`${id}-count`}>
          {t('counts.characters', { count: length })}
        </span>
      </div>
      <textarea
        id={id}
        rows={1}
        className={className}
        value={value}
        placeholder={placeholder}
        aria-describedby={`${id}-count`}
        spellCheck
        onChange={(event) => onChange(multiline ? event.target.value : event.target.value.replace(/\r?\n/g, ' '))}
      />
    </div>
  );
}
