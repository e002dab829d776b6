import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareDates } from '../../../../shared/inspection/calendar';
import { periodName } from '../../../../shared/inspection/charts/periodNames';
import type { Survey } from '../../../../shared/inspection/types';
import { call } from '../../../api/client';
import { ConfirmDelete } from './ConfirmDelete';
import type { ImprovementPanelProps } from './panelProps';
import { surveyWhy } from './forms/findingWhy';
import { PanelHeader } from './PanelHeader';
import { RaiseActionButton } from './RaiseActionButton';
import { SurveyDialog } from './SurveyDialog';
import { SurveyResult } from './SurveyResult';
import { useRecords } from './useRecords';

/**
 * 满意度调查: the process's SERVQUAL surveys, newest first, each with its gaps per dimension
 * and the chart; add, edit and delete through SurveyDialog.
 */
export function SurveysPanel({ processKey }: ImprovementPanelProps) {
  const { t } = useTranslation();
  const K = 'improvementView.surveys';
  const { items, reload, removeWith } = useRecords(
    () => call('inspection:surveys', { processKey }),
    processKey,
  );
  const [editing, setEditing] = useState<{ survey: Survey | null } | null>(null);
  const surveys = [...(items ?? [])].sort((a, b) => compareDates(b.period.start, a.period.start));

  return (
    <section aria-label={t(`${K}.title`)} data-testid="surveys-panel">
      <PanelHeader
        title={t(`${K}.title`)}
        intro={t(`${K}.intro`)}
        addLabel={t(`${K}.add`)}
        onAdd={() => setEditing({ survey: null })}
      />
      {items === null ? (
        <Spin aria-label={t('improvementView.common.loading')} />
      ) : surveys.length === 0 ? (
        <Empty description={t(`${K}.empty`)} />
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          {surveys.map((survey) => {
            const name = periodName(survey.period, t);
            return (
              <Card
                key={survey.key}
                size="small"
                title={
                  <Space size={12} wrap>
                    <Typography.Text strong>{name}</Typography.Text>
                    <Typography.Text type="secondary">
                      {t(`inspection.customers.${survey.customers}`)} ·{' '}
                      {t(`${K}.respondentsText`, { count: survey.respondents })} · {t(`${K}.scale`)}{' '}
                      {t(`${K}.scaleText`, survey.scale)}
                    </Typography.Text>
                  </Space>
                }
                extra={
                  <Space>
                    <RaiseActionButton
                      processKey={processKey}
                      source={{ kind: 'survey', surveyKey: survey.key }}
                      why={surveyWhy(t, survey)}
                    />
                    <Button
                      size="small"
                      icon={<EditOutlined />}
                      aria-label={`${t('improvementView.common.edit')} ${name}`}
                      onClick={() => setEditing({ survey })}
                    >
                      {t('improvementView.common.edit')}
                    </Button>
                    <ConfirmDelete
                      label={`${t('improvementView.common.delete')} ${name}`}
                      onConfirm={() =>
                        removeWith(() =>
                          call('inspection:deleteSurvey', {
                            key: survey.key,
                            expectedVersion: survey.editVersion,
                          }),
                        )
                      }
                    />
                  </Space>
                }
              >
                <SurveyResult survey={survey} />
                {survey.notes !== '' && (
                  <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
                    {survey.notes}
                  </Typography.Paragraph>
                )}
              </Card>
            );
          })}
        </Space>
      )}
      <SurveyDialog
        open={editing !== null}
        processKey={processKey}
        survey={editing?.survey ?? null}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
    </section>
  );
}
