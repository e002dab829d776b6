import type { BpmnProblem } from '../../../shared/bpmnImport';
import { AppError } from '../../../shared/errors';
import { layoutProcess } from '../../../shared/layout/laneLayout';
import type { ProcessGraph } from '../../../shared/process';
import { importBpmn } from '../../interchange/bpmnImport';
import { APP_CODE_OF, BpmnError } from '../../interchange/errors';
import type { LaneRef, RaciRef } from '../../interchange/stableRefs';
import { capProblems } from '../../interchange/warnings';
import { checkImportedGraph } from './importLimits';

/**
 * One process of a file, named, laid out and checked, ready to be stored, with the stable keys
 * and role names its lanes and RACI entries carried (by lane and node id).
 */
export type PreparedProcess = {
  name: string;
  graph: ProcessGraph;
  laneRefs: ReadonlyMap<string, LaneRef>;
  raciRefs: ReadonlyMap<string, RaciRef[]>;
};

export type PreparedImport = { processes: PreparedProcess[]; problems: BpmnProblem[] };

const MAX_NAME = 200;

/**
 * Reads a BPMN file as both import steps need it: refusals as AppErrors with the code and
 * params the user reads; each process named (a file with several pools gives "file · pool"),
 * laid out when the file has no diagram for it, and checked against the editor's limits.
 */
export async function prepareImport(bytes: Uint8Array, fileName: string): Promise<PreparedImport> {
  let result;
  try {
    result = await importBpmn(bytes);
  } catch (error) {
    if (error instanceof BpmnError) {
      throw new AppError(APP_CODE_OF[error.code], error.message, error.params);
    }
    throw error;
  }
  if (result.processes.length === 0) {
    throw new AppError('BPMN_NO_PROCESS', 'The file has no process with steps RoleFlow can show.');
  }
  const problems = [...result.problems];
  const file = fileBase(fileName);
  const grouped = result.processes.length > 1;
  if (grouped) {
    problems.unshift({
      code: 'poolsGrouped',
      params: { file, count: result.processes.length },
      line: null,
    });
  }
  const names = uniqueNames(
    result.processes.map((imported) => {
      const own = imported.name.trim() || 'BPMN';
      return (grouped ? `${file} · ${own}` : own).slice(0, MAX_NAME);
    }),
  );
  const processes = result.processes.map((imported, index) => {
    const name = names[index] ?? imported.name;
    const graph = imported.needsLayout ? layoutProcess(imported.graph) : imported.graph;
    checkImportedGraph(name, graph);
    return { name, graph, laneRefs: imported.laneRefs, raciRefs: imported.raciRefs };
  });
  return { processes, problems: capProblems(problems) };
}

/** "Order handling.bpmn" → "Order handling"; a nameless upload → "BPMN". */
function fileBase(fileName: string): string {
  const base = fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]*$/, '')
    .trim();
  return base === '' ? 'BPMN' : base.slice(0, 100);
}

/** Two pools both called "Pool" become "… · Pool" and "… · Pool (2)". */
function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name.slice(0, MAX_NAME - 6)} (${count})`;
  });
}
