import { ExportOutlined } from '@ant-design/icons';
import { Button, Select, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { CompareTable } from './CompareTable';
import type { TabProps } from './tabProps';
import { useComparePair, useTargetFigures, type CompareTarget } from './useCompareTarget';

const keyOf = (target: CompareTarget) =>
  target.kind === 'process' ? `process:${target.id}` : `version:${target.version}`;

/**
 * As-is against to-be (§b5): by default this process's pair (its to-be variant, or the as-is
 * it is a variant of), else any other process or an approved version of this one. The older
 * side (the as-is, an earlier version) is the base the changes are measured from.
 */
export function CompareTab({ live, fmt, host }: TabProps) {
  const { t } = useTranslation();
  const pair = useComparePair(host);
  const [chosen, setChosen] = useState<CompareTarget | null>(null);
  const [versions, setVersions] = useState<number[]>([]);
  const { processId } = host;
  useEffect(() => {
    let alive = true;
    call('process:history', { id: processId }).then(
      (history) => alive && setVersions(history.map((revision) => revision.version)),
      () => alive && setVersions([]),
    );
    return () => {
      alive = false;
    };
  }, [processId]);
  const target = chosen ?? pair ?? null;
  const other = useTargetFigures(host, live, target);

  const options: { value: string; label: string; target: CompareTarget }[] = [
    ...(pair ? [{ value: keyOf(pair), label: '', target: pair }] : []),
    ...host.processes
      .filter((p) => p.id !== processId && !(pair?.kind === 'process' && pair.id === p.id))
      .map((p) => ({
        value: `process:${p.id}`,
        label: p.name,
        target: { kind: 'process', id: p.id, role: 'other' } as CompareTarget,
      })),
    ...versions.map((version) => ({
      value: `version:${version}`,
      label: t('analysis.view.compare.version', { version }),
      target: { kind: 'version', version } as CompareTarget,
    })),
  ].map((option) => {
    if (option.target.kind !== 'process' || option.target.role === 'other') return option;
    const name = host.processes.find((p) => p.id === (option.target as { id: number }).id)?.name;
    return {
      ...option,
      label: t('analysis.view.compare.pairLabel', {
        role: t(`analysis.view.compare.${option.target.role}`),
        name,
      }),
    };
  });

  const thisIsBase = !(
    target?.kind === 'version' ||
    (target?.kind === 'process' && target.role === 'asIs')
  );
  return (
    <div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 8 }}>
        <span style={{ fontSize: 12 }}>{t('analysis.view.compare.with')}</span>
        <Select
          size="small"
          style={{ minWidth: 360 }}
          aria-label={t('analysis.view.compare.with')}
          value={target ? keyOf(target) : undefined}
          placeholder={t('analysis.view.compare.none')}
          options={options.map(({ value, label }) => ({ value, label }))}
          onChange={(value: string) =>
            setChosen(options.find((option) => option.value === value)?.target ?? null)
          }
        />
        {target?.kind === 'process' && (
          <Button
            size="small"
            icon={<ExportOutlined />}
            onClick={() => host.onOpenProcess(target.id)}
          >
            {t('analysis.view.compare.open')}
          </Button>
        )}
      </div>
      {!target && <p style={{ color: '#595959' }}>{t('analysis.view.compare.none')}</p>}
      {other === 'loading' && <Spin size="small" />}
      {other === 'failed' && (
        <p style={{ color: '#b42318' }}>{t('analysis.view.compare.failed')}</p>
      )}
      {other && other !== 'loading' && other !== 'failed' && (
        <CompareTable
          fmt={fmt}
          base={
            thisIsBase
              ? { name: t('analysis.view.compare.thisProcess'), figures: live.analysis.figures }
              : other
          }
          next={
            thisIsBase
              ? other
              : { name: t('analysis.view.compare.thisProcess'), figures: live.analysis.figures }
          }
        />
      )}
    </div>
  );
}
