import { InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SERVQUAL_DIMENSIONS, type ServqualDimension } from '../../../../shared/inspection/types';
import type { ScoreDraft } from './forms/surveyForm';

type Field = keyof ScoreDraft;
const FIELDS: Field[] = ['expectation', 'perception', 'weight'];

type Props = {
  scores: Record<ServqualDimension, ScoreDraft>;
  onChange: (dimension: ServqualDimension, field: Field, value: number | null) => void;
  /** The problems to show at a box, by its path 'dimensions.<d>.<field>'. */
  problemsAt: (path: string) => string[];
};

/**
 * Expectation, perception and the optional weight of each SERVQUAL dimension, one row a
 * dimension: a table with headers, each box named by its row and column for a screen reader.
 */
export function SurveyScoresTable({ scores, onChange, problemsAt }: Props) {
  const { t } = useTranslation();
  const header = (field: Field) => t(`improvementView.surveys.${field}`);
  return (
    <table style={{ width: '100%', borderCollapse: 'collapse' }}>
      <caption style={{ textAlign: 'start', marginBottom: 4 }}>
        <Typography.Text type="secondary">{t('improvementView.surveys.scores')}</Typography.Text>
      </caption>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: 'start', fontWeight: 500 }}>
            {t('improvementView.surveys.dimension')}
          </th>
          {FIELDS.map((field) => (
            <th key={field} scope="col" style={{ textAlign: 'start', fontWeight: 500 }}>
              {header(field)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {SERVQUAL_DIMENSIONS.map((dimension) => (
          <tr key={dimension}>
            <th scope="row" style={{ textAlign: 'start', fontWeight: 400, paddingInlineEnd: 8 }}>
              {t(`inspection.dimensions.${dimension}`)}
            </th>
            {FIELDS.map((field) => {
              const problems = problemsAt(`dimensions.${dimension}.${field}`);
              return (
                <td key={field} style={{ padding: '4px 8px 4px 0', verticalAlign: 'top' }}>
                  <InputNumber
                    aria-label={`${t(`inspection.dimensions.${dimension}`)} ${header(field)}`}
                    data-testid={`score-${dimension}-${field}`}
                    style={{ width: 110 }}
                    step={field === 'weight' ? 1 : 0.1}
                    value={scores[dimension][field]}
                    status={problems.length > 0 ? 'error' : undefined}
                    onChange={(value) =>
                      onChange(dimension, field, typeof value === 'number' ? value : null)
                    }
                  />
                  {problems.map((problem) => (
                    <Typography.Text
                      key={problem}
                      type="danger"
                      style={{ display: 'block', fontSize: 12, maxWidth: 160 }}
                    >
                      {problem}
                    </Typography.Text>
                  ))}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
