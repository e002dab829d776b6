import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { sumWeights } from '../../../../shared/weights';
import type { PasteOffer } from './useDutyPaste';

type Props = { offer: PasteOffer; onSplit: () => void; onKeep: () => void };

/**
 * The inline offer under a duty that received a pasted list: how many duties it makes, the
 * weights it read, and which lines had a weight RoleFlow would not take (left in their text).
 */
export function PasteSplitOffer({ offer, onSplit, onKeep }: Props) {
  const { t } = useTranslation();
  const count = offer.duties.length;
  const weights = offer.duties.map((line) => line.weight).filter((w): w is number => w !== null);
  const refused = offer.duties.flatMap((line, i) => (line.weightRefused ? [i + 1] : []));
  return (
    <Alert
      role="region"
      aria-label={t('dictionaryLanguages.paste.offer', { count })}
      type="info"
      showIcon
      style={{ gridColumn: '3 / 6', padding: '6px 12px' }}
      title={t('dictionaryLanguages.paste.offer', { count })}
      description={
        (weights.length > 0 || refused.length > 0) && (
          <>
            {weights.length > 0 && (
              <Typography.Text style={{ display: 'block', fontSize: 12 }}>
                {t('dictionaryLanguages.paste.weights', { total: sumWeights(weights) })}
              </Typography.Text>
            )}
            {refused.length > 0 && (
              <Typography.Text type="warning" style={{ display: 'block', fontSize: 12 }}>
                {t('dictionaryLanguages.paste.outOfRange', { lines: refused.join(', ') })}
              </Typography.Text>
            )}
          </>
        )
      }
      action={
        // A grid, not a Space: both buttons take the width of the wider one.
        <div style={{ display: 'grid', gap: 4 }}>
          <Button size="small" type="primary" onClick={onSplit}>
            {t('dictionaryLanguages.paste.split', { count })}
          </Button>
          <Button size="small" onClick={onKeep}>
            {t('dictionaryLanguages.paste.keep')}
          </Button>
        </div>
      }
    />
  );
}
