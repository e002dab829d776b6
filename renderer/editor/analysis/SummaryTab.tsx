import { Button, Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MissingData } from '../../../shared/analysis/types';
import { pceBand } from './judgement';
import { PairLine } from './PairLine';
import type { TabProps } from './tabProps';

const BAND_COLOURS = { low: 'red', typical: 'orange', good: 'blue', worldClass: 'green' } as const;

function Figure(props: { label: string; value: ReactNode; note?: ReactNode; testId?: string }) {
  return (
    <div style={{ minWidth: 120, flex: '1 1 120px' }} data-testid={props.testId}>
      <div style={{ fontSize: 12, color: '#595959' }}>{props.label}</div>
      <div style={{ fontSize: 17, fontWeight: 600, color: '#17324d', lineHeight: 1.4 }}>
        {props.value}
      </div>
      {props.note && <div style={{ fontSize: 12, color: '#595959' }}>{props.note}</div>}
    </div>
  );
}

function Group(props: { title: string; note?: string; wide?: boolean; children: ReactNode }) {
  return (
    <section
      style={{
        flex: props.wide ? '2 1 520px' : '1 1 280px',
        border: '1px solid #e5e8ec',
        borderRadius: 6,
        padding: 10,
      }}
    >
      <h4 style={{ margin: '0 0 8px', fontSize: 13, color: '#17324d' }}>
        {props.title}
        {props.note && (
          <span style={{ fontWeight: 400, color: '#595959', marginLeft: 8 }}>{props.note}</span>
        )}
      </h4>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '10px 16px' }}>{props.children}</div>
    </section>
  );
}

/** The summary box (§b6 item 1, VSM style): every figure of §b2–b4 with its time basis. */
export function SummaryTab({ live, fmt, frame, host }: TabProps) {
  const { t } = useTranslation();
  const f = live.analysis.figures;
  const v = (key: string, params?: Record<string, unknown>) =>
    t(`analysis.view.summary.${key}`, params);
  const pce = f.pce.critical;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 10 }}>
        <Group title={v('time')} note={fmt.basis} wide>
          <Figure
            testId="summary-lead-time"
            label={v('leadTime')}
            value={fmt.duration(f.leadTime?.critical)}
            note={
              f.leadTime
                ? v('leadTimeRange', {
                    best: fmt.duration(f.leadTime.best),
                    expected: fmt.duration(f.leadTime.expected),
                  })
                : v('noPath')
            }
          />
          <Figure label={v('touchTime')} value={fmt.duration(f.touchMinutes)} />
          <Figure
            label={v('valueTimes')}
            value={fmt.duration(f.valueMinutes.VA)}
            note={v('valueSplit', {
              bva: fmt.duration(f.valueMinutes.BVA),
              nva: fmt.duration(f.valueMinutes.NVA),
            })}
          />
          <Figure label={v('wait')} value={fmt.duration(f.waitMinutes)} />
          <Figure
            testId="summary-pce"
            label={v('pce')}
            value={fmt.percent(pce)}
            note={
              <>
                {v('pceExpected', { value: fmt.percent(f.pce.expected) })}
                {pce !== null && (
                  <Tooltip title={v('pceBenchmarks')}>
                    <Tag color={BAND_COLOURS[pceBand(pce)]} style={{ marginLeft: 6 }}>
                      {v(`pceBand.${pceBand(pce)}`)}
                    </Tag>
                  </Tooltip>
                )}
              </>
            }
          />
          <Figure label={v('touchRatio')} value={fmt.percent(f.touchRatio)} />
        </Group>
        <Group title={v('involvement')}>
          <Figure
            testId="summary-hand-offs"
            label={v('handOffs')}
            value={fmt.count(f.handOffs.roles)}
            note={v('handOffsDepartments', { count: fmt.count(f.handOffs.departments) })}
          />
          <Figure
            label={v('involved')}
            value={v('rolesCount', { count: f.actors.length })}
            note={v('departmentsCount', { count: f.departmentIds.length })}
          />
          <Figure
            label={v('checks')}
            value={v('approvalsCount', { count: f.approvals })}
            note={v('inspectionsCount', { count: f.inspections })}
          />
          <Figure
            label={v('rework')}
            value={fmt.count(f.reworkLoops.length)}
            note={v('rolledYield', { value: fmt.percent(f.rolledYield) })}
          />
        </Group>
        <Group title={v('cost')}>
          <Figure testId="summary-cost" label={v('perCase')} value={fmt.money(f.cost.perCase)} />
          <Figure
            label={v('perYear')}
            value={fmt.money(f.cost.perYear)}
            note={
              f.annualVolume === null
                ? v('noVolume')
                : v('volume', { count: f.annualVolume, value: fmt.count(f.annualVolume) })
            }
          />
          <Figure label={v('nvaShare')} value={fmt.percent(f.cost.nvaShare)} />
        </Group>
      </div>
      <PairLine live={live} fmt={fmt} host={host} />
      <Coverage live={live} fmt={fmt} frame={frame} />
    </div>
  );
}

function missingIds(missing: MissingData): string[] {
  if (missing.kind === 'volume') return [];
  return missing.kind === 'probability' ? missing.decisionIds : missing.nodeIds;
}

/** How much of the map the figures rest on, and what is missing, clickable to the steps. */
function Coverage({ live, frame }: Pick<TabProps, 'live' | 'fmt' | 'frame'>) {
  const { t } = useTranslation();
  const c = live.analysis.figures.coverage;
  return (
    <div data-testid="summary-coverage" style={{ fontSize: 12, color: '#3b4a5a' }}>
      {t('analysis.view.coverage.line', {
        times: c.withTimes,
        value: c.withValueClass,
        cost: c.withCost,
        total: c.activities,
      })}
      {c.missing.map((missing) => {
        const ids = missingIds(missing);
        const label = t(`analysis.view.coverage.missing.${missing.kind}`, { count: ids.length });
        return ids.length > 0 ? (
          <Button key={missing.kind} type="link" size="small" onClick={() => frame(ids)}>
            {label}
          </Button>
        ) : (
          <Tag key={missing.kind} style={{ marginLeft: 8 }}>
            {label}
          </Tag>
        );
      })}
    </div>
  );
}
