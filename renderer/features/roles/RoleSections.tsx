import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competency, Department, RoleSummary } from '../../../shared/domain';
import { TEMPLATE_LABELS } from '../../../shared/i18n/templates';
import type { RoleDetails } from '../../../shared/roleDetails';
import type { AlignmentFinding } from '../../../shared/rules/library/types';
import type { Finding, FindingTarget } from '../../../shared/rules/positionChecks';
import { useAlignmentPlaces } from '../alignment/roleAlignment';
import { Field } from '../../ui/Field';
import { findingsAt, findingText } from '../checks/findingText';
import type { EditorRole } from './roleDraft';
import { AuthorityClauses } from './sections/AuthorityClauses';
import { BasicsSection } from './sections/BasicsSection';
import { DutyTable } from './sections/DutyTable';
import { KpiList } from './sections/KpiList';
import { ProcessActivities } from './sections/ProcessActivities';
import { DraftDutiesButton } from './links/DraftDutiesButton';
import { LinkDataProvider } from './links/LinkContext';
import { RoleCompetencies } from './sections/RoleCompetencies';
import { EmploymentFields, TextFields } from './sections/TextSections';
import { WorkingRelations } from './sections/WorkingRelations';
import { LimitedTextArea } from '../../ui/LimitedText';

type Props = {
  draft: EditorRole;
  findings: Finding[];
  /** The library checks' findings on this role (J1–J8, §c7), beside the same fields. */
  alignment: AlignmentFinding[];
  departments: Department[];
  roles: RoleSummary[];
  dictionary: Competency[];
  onChange: (draft: EditorRole) => void;
};

/**
 * Every section of the position description in the order of the role's template: the
 * Chinese 职位说明书 or the English job description, with the checks' findings beside the
 * field they are about.
 */
export function RoleSections(props: Props) {
  const { draft, findings, departments, roles, dictionary, onChange } = props;
  const { t } = useTranslation();
  const labels = TEMPLATE_LABELS[draft.template];
  const against = useAlignmentPlaces(props.alignment);
  const problems = (target: FindingTarget) => [
    ...findingsAt(findings, target).map((f) => findingText(t, f)),
    // A duty row shows its fields' findings together: its J lines come once, with its text.
    ...(target.kind === 'duty' && target.field === 'text'
      ? against({ kind: 'duty', index: target.index })
      : []),
    ...(target.kind === 'duties' ? against({ kind: 'field', field: 'duties' }) : []),
    ...(target.kind === 'field' && target.field === 'headcount'
      ? against({ kind: 'field', field: 'headcount' })
      : []),
  ];
  const fieldProblems = (field: string) => problems({ kind: 'field', field });
  const patch = (change: Partial<EditorRole>) => onChange({ ...draft, ...change });
  const details = (change: Partial<RoleDetails>) =>
    onChange({ ...draft, details: { ...draft.details, ...change } });
  const text = { details: draft.details, labels, problemsOf: fieldProblems, onDetails: details };
  const s = labels.sections;
  const zh = draft.template === 'zh';

  return (
    <LinkDataProvider roleId={draft.id} roles={roles}>
      <Section title={s.basics}>
        <BasicsSection
          draft={draft}
          labels={labels}
          departments={departments}
          roles={roles}
          problemsOf={fieldProblems}
          onChange={patch}
          onDetails={details}
        />
      </Section>
      <Section title={s.purpose}>
        <Field label={labels.fields.purpose} problems={fieldProblems('purpose')}>
          {(id) => (
            <LimitedTextArea
              id={id}
              value={draft.purpose}
              max={4000}
              autoSize={{ minRows: 2, maxRows: 6 }}
              placeholder={t('editor.purposePlaceholder')}
              onChange={(e) => patch({ purpose: e.target.value })}
            />
          )}
        </Field>
      </Section>
      <Section title={s.duties} problems={problems({ kind: 'duties' })}>
        <DraftDutiesButton duties={draft.duties} onChange={(duties) => patch({ duties })} />
        <DutyTable
          duties={draft.duties}
          labels={labels}
          problemsOf={(index, field) => problems({ kind: 'duty', index, field })}
          onChange={(duties) => patch({ duties })}
        />
      </Section>
      <Section title={t('activities.heading')}>
        <ProcessActivities duties={draft.duties} />
      </Section>
      {!zh && (
        <Section title={s.otherDuties}>
          <TextFields {...text} fields={['otherDuties', 'supervisoryResponsibilities']} />
        </Section>
      )}
      {/* Issue 10: structured in both templates (J4, J5 check them); a document whose text
          could not be read as structures (too many clauses) keeps its text field. */}
      <Section title={s.authority} problems={against({ kind: 'field', field: 'authority' })}>
        {draft.details.authorityClauses ? (
          <AuthorityClauses
            clauses={draft.details.authorityClauses}
            onChange={(authorityClauses) => details({ authorityClauses })}
          />
        ) : (
          <TextFields {...text} fields={['authority']} />
        )}
      </Section>
      <Section title={s.relations} problems={against({ kind: 'field', field: 'relations' })}>
        {draft.details.relations ? (
          <WorkingRelations
            relations={draft.details.relations}
            roles={roles.filter((role) => role.id !== draft.id)}
            departments={departments}
            onChange={(relations) => details({ relations })}
          />
        ) : (
          <TextFields {...text} fields={['relationsInternal', 'relationsExternal']} columns={2} />
        )}
      </Section>
      <Section title={s.qualifications}>
        <TextFields
          {...text}
          columns={2}
          fields={
            zh
              ? ['education', 'major', 'experience', 'knowledge', 'skills', 'training']
              : [
                  'education',
                  'experience',
                  'knowledge',
                  'skills',
                  'preferredQualifications',
                  'training',
                ]
          }
        />
      </Section>
      <Section title={s.competencies}>
        <RoleCompetencies
          links={draft.competencies}
          dictionary={dictionary}
          template={draft.template}
          labels={labels}
          problems={problems({ kind: 'competencies' })}
          onChange={(competencies) => patch({ competencies })}
        />
      </Section>
      <Section title={s.conditions}>
        <TextFields {...text} fields={zh ? ['workConditions'] : ['workConditions', 'travel']} />
      </Section>
      {!zh && (
        <Section title={labels.fields.flsaStatus}>
          <EmploymentFields details={draft.details} labels={labels} onDetails={details} />
        </Section>
      )}
      <Section title={s.kpis} problems={fieldProblems('kpis')}>
        <KpiList kpis={draft.details.kpis} labels={labels} onChange={(kpis) => details({ kpis })} />
      </Section>
      <Section title={zh ? s.career : s.disclaimer}>
        <TextFields {...text} fields={zh ? ['careerPath'] : ['careerPath', 'disclaimer']} />
      </Section>
    </LinkDataProvider>
  );
}

function Section(props: { title: string; problems?: string[]; children: ReactNode }) {
  return (
    <section aria-label={props.title} style={{ marginBottom: 28 }}>
      <Typography.Title level={5} style={{ borderBottom: '1px solid #e5e8ec', paddingBottom: 6 }}>
        {props.title}
      </Typography.Title>
      {props.problems && props.problems.length > 0 && (
        <div role="note" style={{ marginBottom: 8 }}>
          {props.problems.map((problem) => (
            <Typography.Text
              key={problem}
              type="warning"
              style={{ display: 'block', fontSize: 12 }}
            >
              {problem}
            </Typography.Text>
          ))}
        </div>
      )}
      {props.children}
    </section>
  );
}
