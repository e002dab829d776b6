import { Button, Empty, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { stepKey } from '../../../../shared/alignment/library';
import type { StepCandidate } from '../../../../shared/links/candidates';
import { useLinkData } from '../links/LinkContext';
import { stepName } from '../links/StepPicker';
import type { EditorDuty } from '../roleDraft';

/** Scrolls to a duty row and puts the cursor in its text. */
function showDuty(key: string): void {
  const row = document.querySelector<HTMLElement>(`[data-duty-key="${key}"]`);
  row?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  row?.querySelector('textarea')?.focus({ preventScroll: true });
}

/**
 * "Processes I am in": the steps of the library's processes this role performs or takes part
 * in, grouped by process, with the role's RACI letter and the duty of the editor's draft that
 * covers each step (a link to the duty row) — how the description traces back to the maps.
 */
export function ProcessActivities({ duties }: { duties: EditorDuty[] }) {
  const { t } = useTranslation();
  const data = useLinkData();
  if (!data) return null;
  if (data.candidates.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('activities.none')} />;
  }
  const coveredBy = new Map<string, { key: string; n: number }[]>();
  duties.forEach((duty, index) => {
    for (const step of duty.steps ?? []) {
      const key = stepKey(step.processId, step.nodeId);
      coveredBy.set(key, [...(coveredBy.get(key) ?? []), { key: duty.key, n: index + 1 }]);
    }
  });
  const groups = new Map<number, StepCandidate[]>();
  for (const step of data.candidates) {
    groups.set(step.processId, [...(groups.get(step.processId) ?? []), step]);
  }
  return (
    <div data-testid="process-activities">
      {[...groups.values()].map((steps) => (
        <div key={steps[0]?.processId} style={{ marginBottom: 12 }}>
          <Typography.Text strong>{steps[0]?.processName}</Typography.Text>
          <Table<StepCandidate>
            size="small"
            pagination={false}
            rowKey={(step) => stepKey(step.processId, step.nodeId)}
            dataSource={steps}
            columns={[
              { title: t('activities.step'), render: (_, step) => stepName(step) },
              {
                title: 'RACI',
                dataIndex: 'letter',
                width: 70,
                render: (letter: StepCandidate['letter']) => <Tag>{letter}</Tag>,
              },
              {
                title: t('alignment.links.covered'),
                width: 200,
                render: (_, step) => {
                  const covering = coveredBy.get(stepKey(step.processId, step.nodeId)) ?? [];
                  if (covering.length === 0) {
                    const needed = step.letter === 'R' || step.letter === 'A';
                    return (
                      <Typography.Text type={needed ? 'warning' : 'secondary'}>
                        {t('alignment.links.notCovered')}
                      </Typography.Text>
                    );
                  }
                  return covering.map((duty) => (
                    <Button
                      key={duty.key}
                      type="link"
                      size="small"
                      style={{ padding: 0, marginRight: 8 }}
                      onClick={() => showDuty(duty.key)}
                    >
                      {t('alignment.links.coveredBy', { n: duty.n })}
                    </Button>
                  ));
                },
              },
            ]}
          />
        </div>
      ))}
    </div>
  );
}
