import { Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BpmnLaneGroup, LaneChoice } from '../../../shared/bpmnImport';
import type { Department, RoleSummary } from '../../../shared/domain';

type Props = {
  lanes: BpmnLaneGroup[];
  choices: Record<string, LaneChoice>;
  onChange: (name: string, choice: LaneChoice) => void;
  roles: RoleSummary[];
  departments: Department[];
};

/** Select values: "none", "newRole", "role:<id>", "department:<id>". */
function encode(choice: LaneChoice): string {
  switch (choice.kind) {
    case 'role':
      return `role:${choice.roleId}`;
    case 'department':
      return `department:${choice.departmentId}`;
    default:
      return choice.kind;
  }
}

function decode(value: string): LaneChoice {
  const [kind, id] = value.split(':');
  if (kind === 'role') return { kind: 'role', roleId: Number(id) };
  if (kind === 'department') return { kind: 'department', departmentId: Number(id) };
  return kind === 'newRole' ? { kind: 'newRole' } : { kind: 'none' };
}

/**
 * The confirmation step of a BPMN import: for each lane name of the file, who the lane is —
 * an existing role or department (proposed by name), a new role, or only a named lane.
 */
export function LaneMatchingTable({ lanes, choices, onChange, roles, departments }: Props) {
  const { t } = useTranslation();
  return (
    <Table<BpmnLaneGroup>
      size="small"
      pagination={false}
      rowKey="name"
      scroll={{ y: 240 }}
      aria-label={t('bpmnImport.dialog.lanesTitle')}
      dataSource={lanes}
      columns={[
        {
          title: t('bpmnImport.dialog.lane'),
          dataIndex: 'name',
          render: (_, lane) => (
            <>
              {lane.name === '' ? (
                <Typography.Text type="secondary">{t('bpmnImport.dialog.unnamed')}</Typography.Text>
              ) : (
                lane.name
              )}
              {lane.count > 1 && (
                <Typography.Text type="secondary" style={{ marginLeft: 6, fontSize: 12 }}>
                  {t('bpmnImport.dialog.lanesCount', { count: lane.count })}
                </Typography.Text>
              )}
            </>
          ),
        },
        {
          title: t('bpmnImport.dialog.owner'),
          width: '55%',
          render: (_, lane) => (
            <Select
              style={{ width: '100%' }}
              showSearch
              optionFilterProp="label"
              aria-label={`${t('bpmnImport.dialog.owner')}: ${lane.name}`}
              value={encode(choices[lane.name] ?? lane.proposal)}
              onChange={(value: string) => onChange(lane.name, decode(value))}
              options={[
                { value: 'none', label: t('bpmnImport.dialog.none') },
                ...(lane.name === ''
                  ? []
                  : [
                      {
                        value: 'newRole',
                        label: t('bpmnImport.dialog.newRole', { name: lane.name }),
                      },
                    ]),
                {
                  label: t('bpmnImport.dialog.roles'),
                  options: roles.map((role) => ({ value: `role:${role.id}`, label: role.title })),
                },
                {
                  label: t('bpmnImport.dialog.departments'),
                  options: departments.map((d) => ({ value: `department:${d.id}`, label: d.name })),
                },
              ]}
            />
          ),
        },
      ]}
    />
  );
}
