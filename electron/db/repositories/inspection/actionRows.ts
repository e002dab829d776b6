import { improvementActionSchema } from '../../../../shared/inspection/schemas';
import type {
  ActionLink,
  ActionSource,
  ActionStatus,
  AnsweringRevision,
  ImprovementAction,
  PdcaStage,
} from '../../../../shared/inspection/types';
import type { Row, TableSpec } from './aggregateTable';
import { json, numberOrNull, stamps, text, textOrNull } from './rowValues';

/*
 * Improvement actions (整改措施) ↔ improvement_actions. The link is two columns, kind and
 * subject, so an approval finds the actions it answers through an index.
 */

/** The indexed subject of a link: the process key, or the role id as text. */
export function linkSubject(link: ActionLink): string | null {
  if (link.kind === 'processVariant') return link.processKey;
  if (link.kind === 'roleDraft') return String(link.roleId);
  return null;
}

function linkOf(row: Row): ActionLink {
  const subject = text(row, 'link_subject');
  switch (text(row, 'link_kind')) {
    case 'processVariant':
      return { kind: 'processVariant', processKey: subject };
    case 'roleDraft':
      return { kind: 'roleDraft', roleId: Number(subject) };
    default:
      return { kind: 'none' };
  }
}

export const actionTable: TableSpec<ImprovementAction> = {
  what: 'improvementAction',
  schema: improvementActionSchema,
  table: 'improvement_actions',
  columns: [
    'process_key',
    'source',
    'what',
    'why',
    'who_role_id',
    'scope',
    'due_date',
    'how',
    'stage',
    'status',
    'link_kind',
    'link_subject',
    'answered_by',
  ],
  order: 'created_at, id',
  toRow: (action) => ({
    process_key: action.processKey,
    source: JSON.stringify(action.source),
    what: action.what,
    why: action.why,
    who_role_id: action.whoRoleId,
    scope: JSON.stringify(action.where),
    due_date: action.dueDate,
    how: action.how,
    stage: action.stage,
    status: action.status,
    link_kind: action.link.kind,
    link_subject: linkSubject(action.link),
    answered_by: action.answeredBy ? JSON.stringify(action.answeredBy) : null,
  }),
  fromRow: (row) => ({
    ...stamps(row),
    processKey: text(row, 'process_key'),
    source: json<ActionSource>(row, 'source'),
    what: text(row, 'what'),
    why: text(row, 'why'),
    whoRoleId: numberOrNull(row, 'who_role_id'),
    where: json<ImprovementAction['where']>(row, 'scope'),
    dueDate: textOrNull(row, 'due_date'),
    how: text(row, 'how'),
    stage: text(row, 'stage') as PdcaStage,
    status: text(row, 'status') as ActionStatus,
    link: linkOf(row),
    answeredBy: row.answered_by === null ? null : json<AnsweringRevision>(row, 'answered_by'),
  }),
};
