import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NewsroomError } from '../../shared/errors';
import { MAX_IMPORT_BYTES } from '../../shared/errorText';
import { workspace } from '../workspace/workspace';

export function ImportButton({ label, className }: { label: string; className?: string }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    // Refused before it is read or sent: no article is that large.
    if (file.size > MAX_IMPORT_BYTES) workspace.refuseImport(file.name, NewsroomError.of('invalid-input', { key: 'tooLargeToImport' }));
    else await workspace.importText(file.name, await file.text());
    if (input.current) input.current.value = '';
  };
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={t('sidebar.importFileLabel')}
        onChange={(event) => void onFile(event.target.files?.[0])}
      />
    </>
  );
}
