import { Col, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TemplateLabels } from '../../../../shared/i18n/templates';
import { FLSA_STATUSES, roleDetailsSchema, type RoleDetails } from '../../../../shared/roleDetails';
import { Field } from '../../../ui/Field';
import { LimitedInput, LimitedTextArea } from '../../../ui/LimitedText';

/** The free-text fields of RoleDetails (all but location, directReports, kpis, flsa, cost). */
export type DetailTextField = Exclude<
  keyof RoleDetails,
  | 'kpis'
  | 'flsaStatus'
  | 'location'
  | 'directReports'
  | 'annualCost'
  | 'monthlyWage'
  | 'authorityClauses'
  | 'relations'
>;

/** The field's length limit, read from the contract's schema so the two never disagree. */
function limitOf(field: DetailTextField): number {
  return roleDetailsSchema.shape[field].unwrap().maxLength ?? 4000;
}

type Props = {
  details: RoleDetails;
  labels: TemplateLabels;
  fields: DetailTextField[];
  problemsOf: (field: string) => string[];
  onDetails: (patch: Partial<RoleDetails>) => void;
  /** Two columns for short fields (qualifications), one for prose. */
  columns?: 1 | 2;
};

/** A group of free-text sections, labelled in the role's template language. */
export function TextFields({ details, labels, fields, problemsOf, onDetails, columns = 1 }: Props) {
  return (
    <Row gutter={[16, 12]}>
      {fields.map((field) => (
        <Col key={field} xs={24} lg={columns === 2 ? 12 : 24}>
          <Field label={labels.fields[field]} problems={problemsOf(field)}>
            {(id) => (
              <LimitedTextArea
                id={id}
                value={details[field]}
                max={limitOf(field)}
                autoSize={{ minRows: columns === 2 ? 1 : 2, maxRows: 8 }}
                onChange={(e) => onDetails({ [field]: e.target.value })}
              />
            )}
          </Field>
        </Col>
      ))}
    </Row>
  );
}

/** FLSA status and pay range: the English template's employment classification. */
export function EmploymentFields(props: {
  details: RoleDetails;
  labels: TemplateLabels;
  onDetails: (patch: Partial<RoleDetails>) => void;
}) {
  const { details, labels, onDetails } = props;
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 12]}>
      <Col xs={24} lg={12}>
        <Field label={labels.fields.flsaStatus}>
          {(id) => (
            <Select
              id={id}
              allowClear
              style={{ width: '100%' }}
              value={details.flsaStatus ?? undefined}
              options={FLSA_STATUSES.map((s) => ({ value: s, label: t(`enums.flsa.${s}`) }))}
              onChange={(flsaStatus?: RoleDetails['flsaStatus']) =>
                onDetails({ flsaStatus: flsaStatus ?? null })
              }
            />
          )}
        </Field>
      </Col>
      <Col xs={24} lg={12}>
        <Field label={labels.fields.payRange}>
          {(id) => (
            <LimitedInput
              id={id}
              value={details.payRange}
              max={200}
              onChange={(e) => onDetails({ payRange: e.target.value })}
            />
          )}
        </Field>
      </Col>
    </Row>
  );
}
