import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BpmnProblem } from '../../../shared/bpmnImport';

type Props = { problems: BpmnProblem[] };

/**
 * The problems of an imported file, each on its own line with the line of the file it is on:
 * they stay on screen until the user closes the dialog (a toast would be gone in 3 s).
 */
export function BpmnProblemList({ problems }: Props) {
  const { t } = useTranslation();
  if (problems.length === 0) {
    return <Typography.Text type="secondary">{t('bpmnImport.dialog.noProblems')}</Typography.Text>;
  }
  return (
    <ol
      aria-label={t('bpmnImport.dialog.problemsTitle', { count: problems.length })}
      style={{ maxHeight: 220, overflow: 'auto', margin: 0, paddingLeft: 20 }}
    >
      {problems.map((problem, index) => {
        const kind = problem.params.kind;
        const params = {
          ...problem.params,
          // The BPMN kind is named in the interface language ("边界事件"), not as a type name.
          ...(kind === undefined
            ? {}
            : { kind: t(`bpmnImport.kinds.${kind}`, { defaultValue: String(kind) }) }),
        };
        return (
          <li key={index} style={{ marginBottom: 4 }}>
            {problem.line !== null && (
              <Typography.Text code style={{ marginRight: 6 }}>
                {t('bpmnImport.dialog.line', { line: problem.line })}
              </Typography.Text>
            )}
            {t(`bpmnImport.problems.${problem.code}`, params)}
          </li>
        );
      })}
    </ol>
  );
}
