import { stepKey, type AlignmentLibrary } from '../alignment/library';
import type { Duty, StepLinkState } from '../domain';
import type { RaciLetter } from '../process';
import { isWorkStep, lettersOfStep } from './stepRoles';

/** A step a role performs or takes part in: what the duty's step picker offers. */
export type StepCandidate = {
  processId: number;
  processName: string;
  processStatus: 'draft' | 'approved';
  nodeId: string;
  /** 步骤编号 (10, 20 …); null on a step not numbered yet. */
  stepNumber: number | null;
  label: string;
  letter: RaciLetter;
  /** The role's duties already linked to the step. */
  dutyIds: number[];
};

/** Step key → ids of the duties linked to it (any state: a renamed step is still covered). */
export function dutiesByStep(duties: readonly Duty[]): Map<string, number[]> {
  const byStep = new Map<string, number[]>();
  for (const duty of duties) {
    for (const link of duty.steps) {
      const key = stepKey(link.processId, link.nodeId);
      byStep.set(key, [...(byStep.get(key) ?? []), duty.id]);
    }
  }
  return byStep;
}

/** Every step of every process the role has a letter on, in process name and step order. */
export function stepCandidates(library: AlignmentLibrary, roleId: number): StepCandidate[] {
  const role = library.roles.find((r) => r.id === roleId);
  const linked = dutiesByStep(role?.duties ?? []);
  const result: StepCandidate[] = [];
  for (const process of library.processes) {
    for (const node of process.graph.nodes) {
      if (!isWorkStep(node)) continue;
      const letter = lettersOfStep(process.graph, node).get(roleId);
      if (!letter) continue;
      result.push({
        processId: process.id,
        processName: process.name,
        processStatus: process.status,
        nodeId: node.id,
        stepNumber: node.stepNumber ?? null,
        label: node.label,
        letter,
        dutyIds: linked.get(stepKey(process.id, node.id)) ?? [],
      });
    }
  }
  return result.sort(
    (a, b) =>
      a.processName.localeCompare(b.processName, 'zh-CN') ||
      a.processId - b.processId ||
      (a.stepNumber ?? Infinity) - (b.stepNumber ?? Infinity) ||
      a.label.localeCompare(b.label, 'zh-CN'),
  );
}

/** A duty linked to a step, as the step's side panel lists it ("服务的职责"). */
export type StepDuty = {
  nodeId: string;
  roleId: number;
  roleTitle: string;
  dutyId: number;
  dutyText: string;
  state: StepLinkState;
};

/** The duties linked to the steps of one process, deleted steps included (flagged). */
export function dutiesOfProcess(library: AlignmentLibrary, processId: number): StepDuty[] {
  const result: StepDuty[] = [];
  for (const role of library.roles) {
    for (const duty of role.duties) {
      for (const link of duty.steps) {
        if (link.processId !== processId) continue;
        result.push({
          nodeId: link.nodeId,
          roleId: role.id,
          roleTitle: role.title,
          dutyId: duty.id,
          dutyText: duty.text,
          state: link.state,
        });
      }
    }
  }
  return result;
}
