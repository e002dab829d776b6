import { App as AntApp, Checkbox, Input, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../shared/domain';
import type { RaciScope } from '../../../shared/organisation/raci';
import type { RaciLetter } from '../../../shared/process';
import { call } from '../../api/client';
import { useReportError } from '../../ui/useReportError';
import { ExportSheetButton } from '../sheets/ExportSheetButton';
import { DepartmentPicker } from './DepartmentPicker';
import { RaciCell } from './RaciCell';
import { raciRows, withBlock, type RaciRow } from './raciRows';
import { useLoaded } from './useLoaded';

type Props = { departments: Department[]; onOpenRole: (id: number) => void };
type ScopeKind = RaciScope['kind'];

const ROLE_WIDTH = 76;

/**
 * Every role's RACI across the library (issue 10): roles × steps of one process, a
 * department's maps or the whole library, with the problems of rules R1–R3; a click on a
 * cell sets the letter, saved in the map. A virtual table keeps hundreds of steps smooth.
 */
export function RaciMatrixView({ departments }: Props) {
  const { t } = useTranslation();
  const k = (key: string, params?: Record<string, string | number>) =>
    t(`alignment.organisation.raci.${key}`, params);
  const { message } = AntApp.useApp();
  const report = useReportError();
  const [kind, setKind] = useState<ScopeKind>('library');
  const [departmentId, setDepartmentId] = useState<number | null>(null);
  const [processId, setProcessId] = useState<number | null>(null);
  const [search, setSearch] = useState('');
  const [onlyProblems, setOnlyProblems] = useState(false);
  const processes = useLoaded(
    () => call('process:list', { processClass: null, departmentId: null }),
    'processes',
  ).data;
  const scope: RaciScope =
    kind === 'department' && departmentId !== null
      ? { kind, departmentId }
      : kind === 'process' && processId !== null
        ? { kind, processId }
        : { kind: 'library' };
  const loaded = useLoaded(() => call('organisation:raci', { scope }), JSON.stringify(scope));
  const answer = loaded.data;
  const rows = useMemo(
    () => (answer ? raciRows(answer, onlyProblems) : []),
    [answer, onlyProblems],
  );
  const roles = (answer?.roles ?? []).filter((role) =>
    role.title.toLowerCase().includes(search.trim().toLowerCase()),
  );

  const setLetter = async (row: RaciRow, roleId: number, letter: RaciLetter | null) => {
    const block = answer?.processes.find((p) => p.processId === row.processId);
    if (!answer || !block) return;
    try {
      const saved = await call('organisation:setRaci', {
        processId: row.processId,
        nodeId: row.nodeId,
        roleId,
        letter,
        expectedVersion: block.editVersion,
      });
      loaded.replace(withBlock(answer, saved));
      void message.success(k('saved', { name: block.name }));
    } catch (error) {
      report(error);
      loaded.reload();
    }
  };

  const columns: ColumnsType<RaciRow> = [
    {
      key: 'process',
      title: k('process'),
      width: 180,
      fixed: 'left',
      render: (_, row) => (row.first ? <strong>{row.processName}</strong> : null),
    },
    {
      key: 'step',
      title: k('step'),
      width: 240,
      fixed: 'left',
      render: (_, row) => (
        <span>
          {/* The theme's secondary grey (4.5:1 and more): #8c8c8c was 3.36:1 on white. */}
          {row.stepNumber !== null && (
            <Typography.Text type="secondary">{row.stepNumber} </Typography.Text>
          )}
          {row.label}
          {row.problems.map((problem) => (
            <Tag key={problem} color="red" style={{ marginLeft: 4 }}>
              {k(`problems.${problem}`)}
            </Tag>
          ))}
        </span>
      ),
    },
    ...roles.map((role) => ({
      key: `role-${role.id}`,
      title: <span title={role.title}>{role.title}</span>,
      width: ROLE_WIDTH,
      align: 'center' as const,
      ellipsis: true,
      render: (_: unknown, row: RaciRow) => (
        <RaciCell
          letters={row.letters.get(role.id) ?? []}
          isLaneRole={row.laneRoleId === role.id}
          roleTitle={role.title}
          stepLabel={row.label}
          onSet={(letter) => void setLetter(row, role.id, letter)}
        />
      ),
    })),
  ];

  return (
    <div
      style={{ display: 'flex', flexDirection: 'column', height: '100%' }}
      data-testid="raci-view"
    >
      <Space wrap style={{ margin: '8px 0' }}>
        <span>{k('scope')}</span>
        <Radio.Group value={kind} onChange={(e) => setKind(e.target.value as ScopeKind)}>
          {(['library', 'department', 'process'] as const).map((value) => (
            <Radio.Button key={value} value={value}>
              {t(`alignment.organisation.scope.${value}`)}
            </Radio.Button>
          ))}
        </Radio.Group>
        {kind === 'department' && (
          <DepartmentPicker
            departments={departments}
            value={departmentId}
            onChange={setDepartmentId}
          />
        )}
        {kind === 'process' && (
          <Select
            showSearch
            optionFilterProp="label"
            style={{ minWidth: 240 }}
            value={processId ?? undefined}
            placeholder={t('alignment.organisation.scope.process')}
            options={(processes ?? []).map((p) => ({
              value: p.id,
              label: `${p.code} ${p.name}`.trim(),
            }))}
            onChange={(value: number) => setProcessId(value)}
          />
        )}
        <Input.Search
          allowClear
          placeholder={k('search')}
          style={{ width: 200 }}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <Checkbox checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)}>
          {k('onlyProblems')}
        </Checkbox>
        {answer && (
          <Typography.Text type="secondary">
            {k('count', { steps: rows.length, roles: roles.length })}
          </Typography.Text>
        )}
        <ExportSheetButton scope={{ kind: 'raci', scope }} />
      </Space>
      <Typography.Text type="secondary" style={{ fontSize: 12, marginBottom: 6 }}>
        {k('hint')}
      </Typography.Text>
      <Table<RaciRow>
        data-testid="library-raci"
        // A two-dimensional grid (steps × roles) scrolls sideways in its own box (reflow.css).
        className="reflow-data-grid"
        size="small"
        bordered
        virtual
        sticky
        loading={loaded.stale}
        rowKey="key"
        columns={columns}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: k('empty') }}
        scroll={{ x: 420 + roles.length * ROLE_WIDTH, y: 560 }}
      />
    </div>
  );
}
