import { Alert, Modal, Radio, Select, Space } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodName } from '../../../shared/inspection/charts/periodNames';
import { compareDates } from '../../../shared/inspection/calendar';
import { periodsUntil } from '../../../shared/inspection/schedule';
import type { InspectionPlan } from '../../../shared/inspection/types';
import { call } from '../../api/client';
import { Field } from '../../ui/Field';
import { focusOnOpen } from '../../ui/focusOnOpen';
import { documentLocale } from '../processDocs/processDocActions';
import { useReportDownload } from './useReportDownload';

/*
 * 工作检查报告 of one plan's process to Word, or its measurements and actions to Excel, over
 * every period on record or from one period to another (both inclusive; the range sent ends
 * where the last period ends).
 */

type Props = { plan: InspectionPlan; today: string; onClose: () => void };

const R = 'inspectionView.report';

export function ReportExportDialog({ plan, today, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const firstId = useId();
  const periods = periodsUntil(plan, today);
  const [format, setFormat] = useState<'docx' | 'xlsx'>('docx');
  const [scope, setScope] = useState<'all' | 'between'>('all');
  const [from, setFrom] = useState(periods[0]?.start ?? '');
  const [to, setTo] = useState(periods.at(-1)?.start ?? '');
  const { busy, saved, run } = useReportDownload();
  const last = periods.find((p) => p.start === to);
  const backwards = scope === 'between' && compareDates(to, from) < 0;

  const exportReport = () => {
    if (backwards || (scope === 'between' && !last)) return;
    run(format, () =>
      call('export:inspectionReport', {
        planKey: plan.key,
        range: scope === 'all' || !last ? null : { start: from, end: last.end },
        locale: documentLocale(i18n.language),
        format,
      }),
    );
  };
  const options = periods.map((p) => ({ value: p.start, label: periodName(p, t) }));

  return (
    <Modal
      open
      title={t(`${R}.title`)}
      okText={t(`${R}.export`)}
      cancelText={t('common.close')}
      confirmLoading={busy}
      onOk={exportReport}
      onCancel={onClose}
      afterOpenChange={focusOnOpen(firstId)}
    >
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontSize: 14 }}>{t(`${R}.format`)}</legend>
          <Radio.Group
            value={format}
            onChange={(e) => setFormat(e.target.value as 'docx' | 'xlsx')}
          >
            <Space direction="vertical">
              <Radio id={firstId} value="docx">
                {t(`${R}.docx`)}
              </Radio>
              <Radio value="xlsx">{t(`${R}.xlsx`)}</Radio>
            </Space>
          </Radio.Group>
        </fieldset>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontSize: 14 }}>{t(`${R}.range`)}</legend>
          <Radio.Group
            value={scope}
            onChange={(e) => setScope(e.target.value as 'all' | 'between')}
          >
            <Space direction="vertical">
              <Radio value="all">{t(`${R}.all`)}</Radio>
              <Radio value="between">{t(`${R}.between`)}</Radio>
            </Space>
          </Radio.Group>
        </fieldset>
        {scope === 'between' && (
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
            <Field label={t(`${R}.from`)}>
              {(id) => <Select id={id} value={from} onChange={setFrom} options={options} />}
            </Field>
            <Field label={t(`${R}.to`)} problems={backwards ? [t(`${R}.toBeforeFrom`)] : []}>
              {(id) => <Select id={id} value={to} onChange={setTo} options={options} />}
            </Field>
          </div>
        )}
        {saved && (
          <Alert type="success" showIcon role="status" message={t(`${R}.done`, { name: saved })} />
        )}
      </Space>
    </Modal>
  );
}
