import { CloseOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { VALUE_CLASSES } from '../../../shared/process';
import { FLAG_ICONS } from '../nodes/StepMarksView';
import { VALUE_COLOURS } from './stepMarks';

const ROW = { display: 'flex', alignItems: 'center', gap: 8, whiteSpace: 'nowrap' } as const;

/** What the colour bands and icons on the steps mean (value class; approval, inspection, hand-off). */
export function Legend({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <section
      aria-label={t('processView.legend')}
      style={{
        background: 'rgba(255, 255, 255, 0.95)',
        border: '1px solid #d5dce4',
        borderRadius: 6,
        padding: '2px 4px 6px 10px',
        fontSize: 12,
        boxShadow: '0 1px 4px #0001',
      }}
    >
      <div style={{ ...ROW, justifyContent: 'space-between' }}>
        <Typography.Text strong style={{ fontSize: 12 }}>
          {t('processView.legend')}
        </Typography.Text>
        <Button
          type="text"
          size="small"
          icon={<CloseOutlined />}
          aria-label={t('processView.hideLegend')}
          onClick={onClose}
        />
      </div>
      <ul style={{ listStyle: 'none', margin: 0, padding: '0 6px 0 0', lineHeight: '20px' }}>
        {VALUE_CLASSES.map((valueClass) => (
          <li key={valueClass} style={ROW}>
            <span
              style={{
                width: 18,
                height: 4,
                borderRadius: 2,
                background: VALUE_COLOURS[valueClass],
                flex: 'none',
              }}
            />
            {t(`processView.valueClass.${valueClass}`)}
          </li>
        ))}
        {(['approval', 'inspection', 'handOff'] as const).map((flag) => {
          const Icon = FLAG_ICONS[flag];
          return (
            <li key={flag} style={ROW}>
              <span style={{ width: 18, textAlign: 'center', color: '#8a5a00', flex: 'none' }}>
                <Icon aria-hidden />
              </span>
              {t(`processView.flags.${flag}`)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
