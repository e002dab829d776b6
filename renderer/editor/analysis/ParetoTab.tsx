import { Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepFigures } from '../../../shared/analysis/types';
import { PARETO_METRICS, paretoRows, type ParetoMetric } from './pareto';
import { LINK, NUM, TABLE, TD, TH } from './tableStyles';
import type { TabProps } from './tabProps';

export function stepName(step: Pick<StepFigures, 'stepNumber' | 'label'>): string {
  return step.stepNumber === null ? step.label : `${step.stepNumber} ${step.label}`;
}

/** Pareto tables (§a2, §b6 item 5): the steps by one measure, largest first, with a bar. */
export function ParetoTab({ live, fmt, frame }: TabProps) {
  const { t } = useTranslation();
  const [metric, setMetric] = useState<ParetoMetric>('elapsed');
  const rows = paretoRows(live.analysis.figures.steps, metric);
  const max = rows[0]?.value ?? 0;
  const show = (value: number) =>
    metric === 'elapsed' || metric === 'work' ? fmt.duration(value) : fmt.money(value);
  return (
    <div>
      <Segmented<ParetoMetric>
        size="small"
        value={metric}
        onChange={setMetric}
        options={PARETO_METRICS.map((value) => ({
          value,
          label: t(`analysis.view.pareto.${value}`),
        }))}
      />
      {(metric === 'elapsed' || metric === 'work') && (
        <span style={{ marginLeft: 12, fontSize: 12, color: '#595959' }}>{fmt.basis}</span>
      )}
      {rows.length === 0 ? (
        <p style={{ color: '#595959', marginTop: 8 }}>{t('analysis.view.pareto.empty')}</p>
      ) : (
        <table style={{ ...TABLE, marginTop: 8, minWidth: 640 }} data-testid="pareto-table">
          <thead>
            <tr>
              <th style={TH}>{t('analysis.view.pareto.step')}</th>
              <th style={{ ...TH, textAlign: 'right' }}>{t(`analysis.view.pareto.${metric}`)}</th>
              <th style={{ ...TH, width: 220 }} />
              <th style={{ ...TH, textAlign: 'right' }}>{t('analysis.view.pareto.share')}</th>
              <th style={{ ...TH, textAlign: 'right' }}>{t('analysis.view.pareto.cumulative')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.step.nodeId}>
                <td style={TD}>
                  <button type="button" style={LINK} onClick={() => frame([row.step.nodeId])}>
                    {stepName(row.step)}
                  </button>
                </td>
                <td style={NUM}>{show(row.value)}</td>
                <td style={TD}>
                  <div
                    aria-hidden
                    style={{
                      height: 10,
                      width: `${(row.value / max) * 100}%`,
                      background: row.cumulative - row.share < 0.8 ? '#2f6fae' : '#a9c1d9',
                      borderRadius: 2,
                    }}
                  />
                </td>
                <td style={NUM}>{fmt.percent(row.share)}</td>
                <td style={NUM}>{fmt.percent(row.cumulative)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
