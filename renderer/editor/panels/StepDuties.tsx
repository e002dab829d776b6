import { Empty, List, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepDuty } from '../../../shared/links/candidates';
import { call, onAppEvent } from '../../api/client';

type Props = {
  processId: number;
  nodeId: string;
  /** The saved map's edit version: the list is read again after each save. */
  savedVersion: number;
};

/**
 * "服务的职责": the duties of the library linked to the selected step (links:ofProcess), by role
 * — the other direction of the duty's step chips. Read from the saved process: a step added
 * since the last save has none yet.
 */
export function StepDuties({ processId, nodeId, savedVersion }: Props) {
  const { t } = useTranslation();
  const [duties, setDuties] = useState<StepDuty[] | null>(null);
  useEffect(() => {
    let current = true;
    const load = () =>
      call('links:ofProcess', { processId }).then(
        (list) => current && setDuties(list),
        () => current && setDuties([]),
      );
    void load();
    const stop = onAppEvent('library:changed', () => void load());
    return () => {
      current = false;
      stop();
    };
  }, [processId, savedVersion]);
  const served = (duties ?? []).filter((duty) => duty.nodeId === nodeId);
  return (
    <section aria-label={t('alignment.links.stepDuties')} data-testid="step-duties">
      <Typography.Text strong>{t('alignment.links.stepDuties')}</Typography.Text>
      {duties !== null && served.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          styles={{ image: { height: 28 } }}
          description={t('alignment.links.stepDutiesNone')}
        />
      ) : (
        <List
          size="small"
          dataSource={served}
          rowKey={(duty) => `${duty.roleId}:${duty.dutyId}`}
          renderItem={(duty) => (
            <List.Item style={{ display: 'block', paddingInline: 0 }}>
              <Typography.Text type="secondary">{duty.roleTitle}</Typography.Text>
              {' · '}
              <Typography.Text>{duty.dutyText}</Typography.Text>
              {duty.state === 'stepRenamed' && (
                <Tag color="gold" style={{ marginInlineStart: 6 }}>
                  {t('alignment.links.stateRenamed')}
                </Tag>
              )}
            </List.Item>
          )}
        />
      )}
    </section>
  );
}
