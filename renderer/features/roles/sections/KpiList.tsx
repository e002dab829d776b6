import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TemplateLabels } from '../../../../shared/i18n/templates';
import { KPI_PERIODS, type Kpi } from '../../../../shared/roleDetails';
import { LimitedInput } from '../../../ui/LimitedText';

type Props = { kpis: Kpi[]; labels: TemplateLabels; onChange: (kpis: Kpi[]) => void };

/** 考核指标: what the role is measured on, the target and how often. */
export function KpiList({ kpis, labels, onChange }: Props) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<Kpi>) =>
    onChange(kpis.map((kpi, i) => (i === index ? { ...kpi, ...patch } : kpi)));
  return (
    <div>
      {kpis.map((kpi, index) => {
        const n = index + 1;
        return (
          <div
            key={index}
            style={{
              display: 'grid',
              gridTemplateColumns: '1fr 160px 120px 32px',
              gap: 8,
              marginBottom: 8,
            }}
          >
            <LimitedInput
              aria-label={`${labels.kpi.name} ${n}`}
              placeholder={labels.kpi.name}
              max={200}
              value={kpi.name}
              onChange={(e) => update(index, { name: e.target.value })}
            />
            <LimitedInput
              aria-label={`${labels.kpi.target} ${n}`}
              placeholder={labels.kpi.target}
              max={200}
              value={kpi.target}
              onChange={(e) => update(index, { target: e.target.value })}
            />
            <Select
              aria-label={`${labels.kpi.period} ${n}`}
              placeholder={labels.kpi.period}
              allowClear
              value={kpi.period ?? undefined}
              options={KPI_PERIODS.map((p) => ({ value: p, label: t(`enums.period.${p}`) }))}
              onChange={(period?: Kpi['period']) => update(index, { period: period ?? null })}
            />
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('duties.removeKpi', { n })}
              onClick={() => onChange(kpis.filter((_, i) => i !== index))}
            />
          </div>
        );
      })}
      <Button
        icon={<PlusOutlined />}
        onClick={() => onChange([...kpis, { name: '', target: '', period: null }])}
      >
        {t('duties.addKpi')}
      </Button>
    </div>
  );
}
