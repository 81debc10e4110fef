import { useTranslation } from 'react-i18next';

interface Props {
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  removeLabel: string;
}

/** Move up, move down and remove, for one item of an ordered list of article parts. */
export function ItemControls({ index, count, onMove, onRemove, removeLabel }: Props) {
  const { t } = useTranslation();
  return (
    <div className="item-controls">
      <button type="button" disabled={index === 0} onClick={() => onMove(-1)}>
        {t('background.moveUp')}
      </button>
      <button type="button" disabled={index === count - 1} onClick={() => onMove(1)}>
        {t('background.moveDown')}
      </button>
      <button type="button" className="danger" onClick={onRemove}>
        {removeLabel}
      </button>
    </div>
  );
}
