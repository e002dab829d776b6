import { stepKey } from '../../alignment/library';
import type { Role } from '../../domain';
import type { AuthorityClause } from '../../roleDetails';
import { approversOf, type LibraryIndex, type RoleStep } from './libraryIndex';
import { statedAmountMax } from './limits';
import { alignmentFinding, money, text, type AlignmentFinding } from './types';

/*
 * J5, approvals against 工作权限 (§f3): every approval a role makes cites a clause of its
 * description that lets it approve (or decide) that object, within the clause's amount band.
 * The case's band is read from the step's label, else the process's name ("费用报销(≤5万元)").
 * In a serial chain, when the approver right before already holds a clause covering the band,
 * the later approval could become 备案 (filing): a proposal, so a hint.
 */

const APPROVAL_VERBS = /^(审批|审核|批准|核准|签批|审定|approve|review|sign off)\s*/i;

/**
 * The role's approve / decide clauses about what the step approves: the clause's object named
 * by the step's label or its process's name (部门经理审批 in 费用报销 matches "审批费用…"), or
 * the object of the label (审批报销单 → 报销单) inside the clause's object. A clause without
 * an object covers every approval.
 */
function clausesFor(role: Role, step: { label: string }, processName: string): AuthorityClause[] {
  const label = step.label.trim();
  const object = label.replace(APPROVAL_VERBS, '');
  return (role.details.authorityClauses ?? []).filter((clause) => {
    if (clause.kind !== 'approve' && clause.kind !== 'decide') return false;
    const wanted = clause.object.trim();
    return (
      wanted === '' ||
      label.includes(wanted) ||
      processName.includes(wanted) ||
      (object !== '' && wanted.includes(object))
    );
  });
}

/** The highest band the matching clauses give; null when one of them has no band (unlimited). */
function coveredUpTo(clauses: readonly AuthorityClause[]): number | null {
  if (clauses.some((clause) => clause.amountMax === null)) return null;
  return Math.max(...clauses.map((clause) => clause.amountMax ?? 0));
}

export function approvalsAgainstAuthority(role: Role, index: LibraryIndex): AlignmentFinding[] {
  const findings: AlignmentFinding[] = [];
  for (const step of index.stepsByRole.get(role.id) ?? []) {
    if (!step.isApproval) continue;
    const view = index.processes.get(step.processId);
    const node = view?.flow.nodes.get(step.nodeId);
    if (!view || !node || !approversOf(node).includes(role.id)) continue;
    const band = statedAmountMax(step.label) ?? statedAmountMax(view.process.name);
    const at = { roleId: role.id, processId: step.processId, dutyId: null };
    const target = { kind: 'field', field: 'authority' } as const;
    const params = { role: text(role.title), a: text(step.label) };
    const clauses = clausesFor(role, step, view.process.name);
    const upTo = coveredUpTo(clauses);
    if (clauses.length === 0) {
      findings.push(
        alignmentFinding('J5', {
          ...at,
          nodeIds: [step.nodeId],
          target,
          params,
          variant: 'noClause',
        }),
      );
    } else if (band !== null && upTo !== null && band > upTo) {
      findings.push(
        alignmentFinding('J5', {
          ...at,
          nodeIds: [step.nodeId],
          target,
          params: { ...params, amount: money(band), limit: money(upTo) },
          variant: 'bandExceeded',
        }),
      );
    }
    const filing = filingProposal(role, step, band, index);
    if (filing) findings.push(filing);
  }
  return findings;
}

/** §f3: the approval right before this one is made by a role whose clause covers the band. */
function filingProposal(
  role: Role,
  step: RoleStep,
  band: number | null,
  index: LibraryIndex,
): AlignmentFinding | null {
  if (band === null) return null;
  const view = index.processes.get(step.processId);
  const flow = view?.flow;
  for (const beforeId of index.approvalsBefore.get(stepKey(step.processId, step.nodeId)) ?? []) {
    const before = flow?.nodes.get(beforeId);
    if (!before) continue;
    for (const lowerId of approversOf(before)) {
      const lower = index.roles.get(lowerId);
      if (!lower || lowerId === role.id) continue;
      const clauses = clausesFor(lower, before.node, view?.process.name ?? '');
      const upTo = coveredUpTo(clauses);
      if (clauses.length === 0 || (upTo !== null && upTo < band)) continue;
      const finding = alignmentFinding('J5', {
        roleId: role.id,
        processId: step.processId,
        nodeIds: [step.nodeId, beforeId],
        dutyId: null,
        target: { kind: 'field', field: 'authority' },
        params: {
          role: text(role.title),
          a: text(step.label),
          lower: text(lower.title),
          amount: money(upTo ?? band),
        },
        variant: 'filing',
      });
      return { ...finding, severity: 'hint' };
    }
  }
  return null;
}
