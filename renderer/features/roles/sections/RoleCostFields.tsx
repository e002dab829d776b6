import { Col, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { hourlyRate } from '../../../../shared/analysis/rates';
import { DEFAULT_ANALYSIS_SETTINGS } from '../../../../shared/analysis/settings';
import { roleDetailsSchema, type RoleDetails } from '../../../../shared/roleDetails';
import { useAnalysisLibrary } from '../../../editor/analysis/analysisLibrary';
import { numberProblems } from '../../../editor/panels/analysis/numberProblems';
import { Field } from '../../../ui/Field';

type Props = {
  details: RoleDetails;
  onDetails: (patch: Partial<RoleDetails>) => void;
};

type CostField = 'annualCost' | 'monthlyWage';

/**
 * What the role costs, for the process analysis (PROCESS-ANALYSIS.md §b4): the annual cost
 * (年人工成本) or the monthly wage (月工资), with the hourly rate they give beside them — the
 * annual cost ÷ the library's standard hours, else the wage ÷ (21.75 × 8).
 */
export function RoleCostFields({ details, onDetails }: Props) {
  const { t } = useTranslation();
  const standardHours = (useAnalysisLibrary()?.settings ?? DEFAULT_ANALYSIS_SETTINGS).standardHours;
  const problems = (field: CostField) =>
    numberProblems(t, roleDetailsSchema.shape[field], details[field]);
  const valid = problems('annualCost').length === 0 && problems('monthlyWage').length === 0;
  const rate = valid ? hourlyRate(details, standardHours) : null;
  const field = (name: CostField) => (
    <Col xs={24} lg={6} key={name}>
      <Field label={t(`analysis.inputs.role.${name}`)} problems={problems(name)}>
        {(id) => (
          <InputNumber
            id={id}
            style={{ width: '100%' }}
            status={problems(name).length ? 'error' : undefined}
            value={details[name]}
            onChange={(value) => onDetails({ [name]: typeof value === 'number' ? value : null })}
          />
        )}
      </Field>
    </Col>
  );
  return (
    <>
      {field('annualCost')}
      {field('monthlyWage')}
      <Col xs={24} lg={12} style={{ display: 'flex', alignItems: 'flex-end' }}>
        <Typography.Text
          type="secondary"
          data-testid="role-hourly-rate"
          style={{ paddingBottom: 5 }}
        >
          {rate === null ? (
            t('analysis.inputs.role.noRate')
          ) : (
            <>
              <Typography.Text strong>
                {t('analysis.inputs.role.rate', { rate: rate.toFixed(2) })}
              </Typography.Text>
              {' = '}
              {details.annualCost !== null
                ? t('analysis.inputs.role.fromAnnual', {
                    hours: standardHours.toLocaleString('en'),
                  })
                : t('analysis.inputs.role.fromWage')}
            </>
          )}
        </Typography.Text>
      </Col>
    </>
  );
}
