import { useId, useLayoutEffect, useRef } from 'react';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  className?: string;
  placeholder?: string;
}

/** A labelled multi-line field that grows with its text and shows its length. */
export function AutoGrowTextarea({ label, value, onChange, className, placeholder }: Props) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight}px`;
  }, [value]);
  const length = [...value].length;
  return (
    <div className="field">
      <div className="field-label-row">
        <label htmlFor={id}>{label}</label>
        <span className="muted field-count" aria-live="off">
          {length.toLocaleString()} {length === 1 ? 'character' : 'characters'}
        </span>
      </div>
      <textarea
        id={id}
        ref={ref}
        rows={1}
        className={className}
        value={value}
        placeholder={placeholder}
        spellCheck
        onChange={(event) => onChange(event.target.value.replace(/\r?\n/g, ' '))}
      />
    </div>
  );
}
