import { Modal, Select, Typography } from 'antd';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../shared/contract';
import { call } from '../../api/client';
import { Field } from '../../ui/Field';
import { focusOnOpen } from '../../ui/focusOnOpen';
import { useReportError } from '../../ui/useReportError';

/*
 * The library's time zone: the day on which a period ends, an inspection falls due and an
 * action is late is judged in it, so colleagues sharing one library file in Shanghai and in
 * Frankfurt see the same dashboard. "This computer's" stores nothing (the zone follows the
 * machine that opens the file).
 */

type Props = { onClose: () => void; onSaved: () => void };

const Z = 'inspectionView.timeZone';
const COMPUTER = '';

export function TimeZoneDialog({ onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const report = useReportError();
  const firstId = useId();
  const [setting, setSetting] = useState<ResponseOf<'inspection:timeZone'> | null>(null);
  const [chosen, setChosen] = useState(COMPUTER);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call('inspection:timeZone', {}).then((answer) => {
      setSetting(answer);
      setChosen(answer.stored ?? COMPUTER);
    }, report);
  }, [report]);

  const save = () => {
    setBusy(true);
    call('inspection:setTimeZone', { timeZone: chosen === COMPUTER ? null : chosen })
      .then(onSaved, report)
      .finally(() => setBusy(false));
  };
  const zones = Intl.supportedValuesOf('timeZone');

  return (
    <Modal
      open
      title={t(`${Z}.title`)}
      okText={t('improvementView.common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      okButtonProps={{ disabled: setting === null }}
      onOk={save}
      onCancel={onClose}
      afterOpenChange={focusOnOpen(firstId)}
    >
      <Typography.Paragraph type="secondary">{t(`${Z}.why`)}</Typography.Paragraph>
      <Field id={firstId} label={t(`${Z}.label`)}>
        {(id) => (
          <Select
            id={id}
            showSearch
            style={{ width: '100%' }}
            value={chosen}
            onChange={setChosen}
            options={[
              { value: COMPUTER, label: t(`${Z}.computer`, { zone: setting?.system ?? '' }) },
              ...zones.map((zone) => ({ value: zone, label: zone })),
            ]}
          />
        )}
      </Field>
    </Modal>
  );
}
