import { Alert, Modal, Radio, Select, Space } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodName } from '../../../shared/inspection/charts/periodNames';
import { addMonths, compareDates } from '../../../shared/inspection/calendar';
import { periodsUntil } from '../../../shared/inspection/schedule';
import { call } from '../../api/client';
import { Field } from '../../ui/Field';
import { focusOnOpen } from '../../ui/focusOnOpen';
import { documentLocale } from '../processDocs/processDocActions';
import { useReportDownload } from './useReportDownload';
import { quarterStart } from './planDraft';

/*
 * The inspection report of one period of the library (issue 12): every plan's results from one
 * calendar quarter to another — the quarters of the last three years, the method's usual
 * rhythm — for the whole library or one department, to Word or Excel.
 */

type Props = {
  today: string;
  departments: { id: number; label: string }[];
  onClose: () => void;
};

const L = 'inspectionView.libraryReport';
const YEARS_BACK = 3;

export function LibraryReportDialog({ today, departments, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const firstId = useId();
  const quarters = periodsUntil(
    {
      frequency: 'quarterly',
      everyMonths: null,
      startDate: addMonths(quarterStart(today), -12 * YEARS_BACK),
    },
    today,
  );
  // The last quarter that has ended, or the running one when none has.
  const lastEnded =
    quarters.filter((q) => compareDates(q.end, today) <= 0).at(-1) ?? quarters.at(-1);
  const [format, setFormat] = useState<'docx' | 'xlsx'>('docx');
  const [from, setFrom] = useState(lastEnded?.start ?? '');
  const [to, setTo] = useState(lastEnded?.start ?? '');
  const [departmentId, setDepartmentId] = useState<number | null>(null);
  const { busy, saved, run } = useReportDownload();
  const last = quarters.find((q) => q.start === to);
  const backwards = compareDates(to, from) < 0;

  const exportReport = () => {
    if (backwards || !last) return;
    run(format, () =>
      call('export:libraryInspectionReport', {
        range: { start: from, end: last.end },
        departmentId,
        locale: documentLocale(i18n.language),
        format,
      }),
    );
  };
  const options = quarters.map((q) => ({ value: q.start, label: periodName(q, t) }));

  return (
    <Modal
      open
      title={t(`${L}.title`)}
      okText={t('inspectionView.report.export')}
      cancelText={t('common.close')}
      confirmLoading={busy}
      onOk={exportReport}
      onCancel={onClose}
      afterOpenChange={focusOnOpen(firstId)}
    >
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontSize: 14 }}>{t('inspectionView.report.format')}</legend>
          <Radio.Group
            value={format}
            onChange={(e) => setFormat(e.target.value as 'docx' | 'xlsx')}
          >
            <Space direction="vertical">
              <Radio id={firstId} value="docx">
                {t(`${L}.docx`)}
              </Radio>
              <Radio value="xlsx">{t('inspectionView.report.xlsx')}</Radio>
            </Space>
          </Radio.Group>
        </fieldset>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
          <Field label={t('inspectionView.report.from')}>
            {(id) => (
              <Select
                id={id}
                showSearch={{ optionFilterProp: 'label' }}
                value={from}
                onChange={setFrom}
                options={options}
              />
            )}
          </Field>
          <Field
            label={t('inspectionView.report.to')}
            problems={backwards ? [t('inspectionView.report.toBeforeFrom')] : []}
          >
            {(id) => (
              <Select
                id={id}
                showSearch={{ optionFilterProp: 'label' }}
                value={to}
                onChange={setTo}
                options={options}
              />
            )}
          </Field>
        </div>
        <Field label={t(`${L}.department`)}>
          {(id) => (
            <Select<number | 'all'>
              id={id}
              style={{ width: '100%' }}
              value={departmentId ?? 'all'}
              onChange={(value) => setDepartmentId(value === 'all' ? null : value)}
              options={[
                { value: 'all', label: t(`${L}.allDepartments`) },
                ...departments.map((d) => ({ value: d.id, label: d.label })),
              ]}
            />
          )}
        </Field>
        {saved !== null && (
          <Alert
            role="status"
            type="success"
            showIcon
            message={t('inspectionView.report.done', { name: saved })}
          />
        )}
      </Space>
    </Modal>
  );
}
