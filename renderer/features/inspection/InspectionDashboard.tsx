import { FileWordOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Empty, List, Space, Spin, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../shared/contract';
import type { Department } from '../../../shared/domain';
import type { InspectionPlan } from '../../../shared/inspection/types';
import { call } from '../../api/client';
import { useReportError } from '../../ui/useReportError';
import { departmentPaths } from '../departments/departmentTree';
import { dashboardGroups, type DashboardLine } from './dashboardRows';
import { LibraryReportDialog } from './LibraryReportDialog';
import { TimeZoneDialog } from './TimeZoneDialog';

/*
 * The start page of 工作检查: the library's dashboard by department — targets missed,
 * inspections due and overdue, actions overdue — judged on "today" in the library's time zone,
 * which is printed so nobody wonders why a quarter counts as overdue; then the processes, to
 * open one's inspection page.
 */

type Props = { departments: Department[]; onOpen: (processId: number) => void };

type Loaded = {
  dashboard: ResponseOf<'inspection:dashboard'>;
  processes: ResponseOf<'process:list'>;
  plans: InspectionPlan[];
  actions: ResponseOf<'inspection:actions'>;
};

const V = 'inspectionView.dashboard';
const SECTIONS = ['missed', 'overdue', 'due', 'overdueActions'] as const;

export function InspectionDashboard({ departments, onOpen }: Props) {
  const { t } = useTranslation();
  const report = useReportError();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [onlyPlanned, setOnlyPlanned] = useState(true);
  const [dialog, setDialog] = useState<'report' | 'timeZone' | null>(null);
  // Bumped when the time zone changes: "today", and with it every due date, is judged again.
  const [reads, setReads] = useState(0);

  useEffect(() => {
    Promise.all([
      call('inspection:dashboard', {}),
      call('process:list', { processClass: null, departmentId: null }),
      call('inspection:plans', { processKey: null }),
      call('inspection:actions', { processKey: null }),
    ]).then(([dashboard, processes, plans, actions]) => {
      setLoaded({ dashboard, processes, plans, actions });
    }, report);
  }, [report, reads]);

  const paths = useMemo(() => departmentPaths(departments), [departments]);
  const groups = useMemo(
    () => (loaded ? dashboardGroups({ ...loaded, departments: paths }, t) : []),
    [loaded, paths, t],
  );
  if (!loaded) return <Spin style={{ margin: 48 }} />;

  const planCount = new Map<string, number>();
  for (const plan of loaded.plans) {
    planCount.set(plan.processKey, (planCount.get(plan.processKey) ?? 0) + 1);
  }
  const processes = loaded.processes.filter((p) => !onlyPlanned || planCount.has(p.key));
  const departmentName = new Map(paths.map((d) => [d.id, d.label]));

  const line = (entry: DashboardLine) => (
    <List.Item>
      {entry.processId === null ? (
        entry.text
      ) : (
        // A button, not a bare <a>: reachable by Tab without an href to invent.
        <Button
          type="link"
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
          onClick={() => entry.processId !== null && onOpen(entry.processId)}
        >
          {entry.text}
        </Button>
      )}
    </List.Item>
  );

  return (
    <section
      aria-label={t(`${V}.title`)}
      data-testid="inspection-dashboard"
      style={{ padding: 16, flex: 1, overflow: 'auto' }}
    >
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t(`${V}.title`)}
        </Typography.Title>
        <Button icon={<FileWordOutlined />} onClick={() => setDialog('report')}>
          {t('inspectionView.libraryReport.button')}
        </Button>
      </Space>
      <Typography.Paragraph
        type="secondary"
        data-testid="inspection-today"
        style={{ marginTop: 8 }}
      >
        {t(`${V}.today`, { today: loaded.dashboard.today, timeZone: loaded.dashboard.timeZone })}{' '}
        <Button size="small" onClick={() => setDialog('timeZone')}>
          {t('inspectionView.timeZone.change')}
        </Button>
      </Typography.Paragraph>
      {dialog === 'report' && (
        <LibraryReportDialog
          today={loaded.dashboard.today}
          departments={paths}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'timeZone' && (
        <TimeZoneDialog
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            setReads((n) => n + 1);
          }}
        />
      )}
      {groups.length === 0 && <Alert type="success" showIcon message={t(`${V}.nothing`)} />}
      {groups.map((group) => (
        <Card
          key={group.departmentId ?? 'none'}
          size="small"
          title={<h2 style={{ fontSize: 15, margin: 0 }}>{group.title}</h2>}
          style={{ marginBottom: 12 }}
          data-testid="inspection-department"
        >
          {SECTIONS.filter((section) => group[section].length > 0).map((section) => (
            <div key={section} data-testid={`dashboard-${section}`}>
              <h3 style={{ fontSize: 14, margin: '8px 0 0' }}>{t(`${V}.${section}`)}</h3>
              <List size="small" dataSource={group[section]} renderItem={line} />
            </div>
          ))}
        </Card>
      ))}
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t(`${V}.processes`)}
      </Typography.Title>
      <Checkbox checked={onlyPlanned} onChange={(e) => setOnlyPlanned(e.target.checked)}>
        {t(`${V}.onlyPlanned`)}
      </Checkbox>
      <Table
        style={{ marginTop: 8 }}
        size="small"
        rowKey="id"
        pagination={false}
        data-testid="inspection-processes"
        dataSource={processes}
        locale={{ emptyText: <Empty description={t(`${V}.noPlan`)} /> }}
        columns={[
          { title: t(`${V}.process`), render: (_, p) => `${p.code} ${p.name}` },
          {
            title: t(`${V}.department`),
            render: (_, p) =>
              p.departmentId === null ? '' : (departmentName.get(p.departmentId) ?? ''),
          },
          {
            title: t(`${V}.plans`),
            render: (_, p) => {
              const count = planCount.get(p.key) ?? 0;
              return count === 0 ? t(`${V}.noPlan`) : count;
            },
          },
          {
            title: t(`${V}.pickProcess`),
            render: (_, p) => (
              <Button
                // The label repeats the visible word unspaced (axe: label in name).
                autoInsertSpace={false}
                size="small"
                onClick={() => onOpen(p.id)}
                aria-label={`${t(`${V}.open`)} ${p.name}`}
              >
                {t(`${V}.open`)}
              </Button>
            ),
          },
        ]}
      />
    </section>
  );
}
