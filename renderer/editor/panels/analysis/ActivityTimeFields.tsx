import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DAY_MINUTES, DEFAULT_ANALYSIS_SETTINGS } from '../../../../shared/analysis/settings';
import type { ActivityDetails } from '../../../../shared/process';
import { activityDetailsSchema } from '../../../../shared/processSchema';
import { useAnalysisLibrary } from '../../analysis/analysisLibrary';
import { NumberField } from './NumberField';

type Props = {
  details: ActivityDetails;
  patch: (change: Partial<ActivityDetails>) => void;
};

const shape = activityDetailsSchema.shape;

/**
 * A step's times and what it costs besides labour (PROCESS-ANALYSIS.md §0): work minutes, the
 * wait before it and its 时限 (issue 10, J8 and duty drafting) as days plus minutes — a day counted by the library's time basis, said under
 * the fields — the fixed cost of a run and the first-pass yield of its output.
 */
export function ActivityTimeFields({ details, patch }: Props) {
  const { t } = useTranslation();
  const basis = (useAnalysisLibrary()?.settings ?? DEFAULT_ANALYSIS_SETTINGS).timeBasis;
  return (
    <>
      <Row gutter={8}>
        <Col span={12}>
          <NumberField
            label={t('activity.workMinutes')}
            schema={shape.workMinutes}
            value={details.workMinutes}
            onChange={(workMinutes) => patch({ workMinutes })}
          />
        </Col>
      </Row>
      <Row gutter={8}>
        <Col span={12}>
          <NumberField
            label={t('analysis.inputs.step.waitDays')}
            schema={shape.waitDays}
            value={details.waitDays}
            onChange={(waitDays) => patch({ waitDays })}
          />
        </Col>
        <Col span={12}>
          <NumberField
            label={t('activity.waitMinutes')}
            schema={shape.waitMinutes}
            value={details.waitMinutes}
            onChange={(waitMinutes) => patch({ waitMinutes })}
          />
        </Col>
      </Row>
      <Row gutter={8}>
        <Col span={12}>
          <NumberField
            label={t('alignment.links.timeLimitDays')}
            schema={shape.timeLimitDays}
            value={details.timeLimitDays}
            onChange={(timeLimitDays) => patch({ timeLimitDays })}
          />
        </Col>
        <Col span={12}>
          <NumberField
            label={t('alignment.links.timeLimitMinutes')}
            schema={shape.timeLimitMinutes}
            value={details.timeLimitMinutes}
            onChange={(timeLimitMinutes) => patch({ timeLimitMinutes })}
          />
        </Col>
      </Row>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('analysis.inputs.step.dayBasis', {
          minutes: DAY_MINUTES[basis].toLocaleString('en'),
          basis: t(`analysis.inputs.basisName.${basis}`),
        })}
      </Typography.Text>
      <Row gutter={8}>
        <Col span={12}>
          <NumberField
            label={t('analysis.inputs.step.fixedCost')}
            schema={shape.fixedCost}
            value={details.fixedCost}
            onChange={(fixedCost) => patch({ fixedCost })}
          />
        </Col>
        <Col span={12}>
          <NumberField
            label={t('analysis.inputs.step.firstPassYield')}
            schema={shape.firstPassYield}
            value={details.firstPassYield}
            onChange={(firstPassYield) => patch({ firstPassYield })}
          />
        </Col>
      </Row>
    </>
  );
}
