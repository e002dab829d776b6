import { type BpmnProblem } from '../../shared/bpmnImport';
import { type ModdleObject } from './moddle';

/*
 * What an import keeps but does not show, counted by BPMN kind ("boundaryEvent"), so the
 * interface names the kind in the user's language (bpmnImport.kinds).
 */

export const INSIDE_SUB_PROCESSES = '#insideSubProcesses';

/** "bpmn:IntermediateCatchEvent" → "intermediateCatchEvent". */
export function hiddenLabel(element: ModdleObject): string {
  const local = element.$type.slice(element.$type.indexOf(':') + 1);
  return local.charAt(0).toLowerCase() + local.slice(1);
}

/** One problem per hidden kind, most frequent first. */
export function hiddenProblems(processName: string, hidden: Map<string, number>): BpmnProblem[] {
  return [...hidden.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, count]): BpmnProblem =>
      kind === INSIDE_SUB_PROCESSES
        ? { code: 'insideSubProcesses', params: { process: processName, count }, line: null }
        : { code: 'hiddenElements', params: { process: processName, kind, count }, line: null },
    );
}
