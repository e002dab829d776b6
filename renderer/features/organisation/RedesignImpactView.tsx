import { Alert, App as AntApp, Button, Empty, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../shared/contract';
import type { Department } from '../../../shared/domain';
import { call } from '../../api/client';
import { useReportError } from '../../ui/useReportError';
import { numberFormat } from './numbers';
import { RedesignHeadline } from './RedesignHeadline';
import { RoleRedesignCard } from './RoleRedesignCard';
import { useLoaded } from './useLoaded';

type Props = { departments: Department[]; onOpenRole: (id: number) => void };
type Applied = ResponseOf<'organisation:applyRedesign'>['drafts'];

/**
 * The redesign impact statement (PROCESS-ANALYSIS.md §f4): pick an as-is map and its to-be
 * variant, see per role what it loses and gains and its description's redline, choose the
 * rows to apply; "apply" makes the drafts with their revision notes in one transaction.
 */
export function RedesignImpactView({ onOpenRole }: Props) {
  const { t, i18n } = useTranslation();
  const k = (key: string, params?: Record<string, string | number>) =>
    t(`alignment.organisation.redesign.${key}`, params);
  const { modal } = AntApp.useApp();
  const report = useReportError();
  const fmt = numberFormat(i18n.language);
  const pairs = useLoaded(() => call('organisation:redesignPairs', {}), 'pairs').data;
  const [chosen, setChosen] = useState<string | null>(null);
  const pair = pairs?.find((p) => `${p.asIs.id}:${p.toBe.id}` === chosen) ?? pairs?.[0] ?? null;
  const key = pair ? `${pair.asIs.id}:${pair.toBe.id}` : '';
  const loaded = useLoaded(
    () =>
      pair
        ? call('organisation:redesign', { asIsId: pair.asIs.id, toBeId: pair.toBe.id })
        : Promise.resolve(null),
    key,
  );
  const statement = loaded.data;
  const [declined, setDeclined] = useState<Set<number>>(new Set());
  const [applying, setApplying] = useState(false);
  if (pairs && pairs.length === 0)
    return <Empty style={{ marginTop: 48 }} description={k('noPairs')} />;
  const roles = statement?.roles ?? [];
  const accepted = roles.filter((r) => !declined.has(r.roleId));
  const titles = new Map(roles.map((r) => [r.roleId, r.title]));

  const apply = async () => {
    if (!pair || accepted.length === 0) return;
    setApplying(true);
    try {
      const { drafts } = await call('organisation:applyRedesign', {
        asIsId: pair.asIs.id,
        toBeId: pair.toBe.id,
        roleIds: accepted.map((r) => r.roleId),
        expectedVersions: accepted.map((r) => ({
          roleId: r.roleId,
          expectedVersion: r.editVersion,
        })),
      });
      showApplied(drafts);
      loaded.reload();
    } catch (error) {
      report(error);
      loaded.reload();
    } finally {
      setApplying(false);
    }
  };
  const showApplied = (drafts: Applied) =>
    void modal.success({
      title: k('applied'),
      width: 560,
      content: (
        <div data-testid="redesign-applied">
          <p>{k('appliedIntro')}</p>
          <ul style={{ paddingLeft: 20 }}>
            {drafts.map((d) => (
              <li key={d.roleId}>
                <strong>{d.title}</strong>：{d.note}
              </li>
            ))}
          </ul>
        </div>
      ),
    });

  return (
    <div
      style={{ overflow: 'auto', height: '100%', paddingBottom: 24 }}
      data-testid="redesign-view"
    >
      <Space wrap style={{ margin: '8px 0' }}>
        <label htmlFor="redesign-pair">{k('pair')}</label>
        <Select
          id="redesign-pair"
          style={{ minWidth: 360 }}
          // A long pair of names stays inside a narrow window (reflow.css).
          className="reflow-fit-width"
          value={key || undefined}
          options={(pairs ?? []).map((p) => ({
            value: `${p.asIs.id}:${p.toBe.id}`,
            label: `${p.asIs.name} → ${p.toBe.name}`,
          }))}
          onChange={(value: string) => {
            setChosen(value);
            setDeclined(new Set());
          }}
        />
        <Button
          type="primary"
          loading={applying}
          disabled={accepted.length === 0}
          onClick={() => void apply()}
        >
          {k('apply', { n: accepted.length })}
        </Button>
      </Space>
      {statement && (
        <>
          <RedesignHeadline statement={statement} />
          <Typography.Paragraph type="secondary">
            {statement.volume === null
              ? k('noVolume')
              : k('volume', { volume: fmt.plain(statement.volume) })}{' '}
            {k('roles', { n: roles.length })}
          </Typography.Paragraph>
          {roles.length === 0 && <Alert type="info" message={k('empty')} />}
          <div
            style={{
              display: 'grid',
              gridTemplateColumns: 'repeat(auto-fill, minmax(420px, 1fr))',
              gap: 12,
            }}
          >
            {roles.map((row) => (
              <RoleRedesignCard
                key={row.roleId}
                row={row}
                titles={titles}
                fmt={fmt}
                accepted={!declined.has(row.roleId)}
                onAccept={(yes) => {
                  const next = new Set(declined);
                  if (yes) next.delete(row.roleId);
                  else next.add(row.roleId);
                  setDeclined(next);
                }}
                onOpenRole={onOpenRole}
              />
            ))}
          </div>
        </>
      )}
    </div>
  );
}
