import { type BpmnProblem } from '../../shared/bpmnImport';
import { type ProcessGraph } from '../../shared/process';
import { countBpmn, type BpmnCounts } from './bpmnCounts';
import { connectionProblems } from './connectionProblems';
import { hiddenProblems } from './hiddenElements';
import { readSource } from './sourceModel';
import { type LaneRef, type RaciRef } from './stableRefs';
import { parserProblems } from './warnings';
import { guardXml, XML_LIMITS, type XmlLimits } from './xmlGuard';
import { resolveId } from './xmlIndex';

/*
 * BPMN 2.0 import: xmlGuard decodes and vets the bytes, bpmn-moddle reads the model, and
 * each process with flow nodes becomes one RoleFlow process. Lanes come back named but
 * unbound (owner "none"); the service layer matches their names to roles.
 *
 * Each graph carries `bpmn` (shared/process.ts PreservedBpmn): the decoded source text, the
 * process it came from and the ids that became nodes, edges and lanes. exportBpmn uses it
 * to write everything else back exactly as it was.
 */

export type ImportedBpmnProcess = {
  name: string;
  graph: ProcessGraph;
  /** The file has no (or incomplete) diagram information: lay the graph out before showing it. */
  needsLayout: boolean;
  /** Lane id → the role or department a RoleFlow file binds it to, by stable key. */
  laneRefs: Map<string, LaneRef>;
  /** Activity id → its RACI entries by key and name; the service binds them to its roles. */
  raciRefs: Map<string, RaciRef[]>;
};

export type BpmnImportResult = {
  processes: ImportedBpmnProcess[];
  /** For the user: the parser's warnings, then what each process does not show (uncapped). */
  problems: BpmnProblem[];
  /** What the whole file holds (all processes, pools and diagrams). */
  counts: BpmnCounts;
};

export async function importBpmn(
  bytes: Uint8Array,
  limits: XmlLimits = XML_LIMITS,
): Promise<BpmnImportResult> {
  const text = guardXml(bytes, limits);
  const source = await readSource(text);
  const lineAt = lineFinder(text);
  const lineOf = (id: string) => {
    const element = source.index.byId.get(id);
    return element === undefined ? null : lineAt(element.start);
  };
  // A reference written as a QName ("ns:Task_1") is unresolved for bpmn-moddle but found by
  // RoleFlow (resolveId), so it is no problem of the file.
  const problems = parserProblems(source.warnings, lineOf).filter(
    (problem) =>
      problem.code !== 'unresolvedReference' ||
      !String(problem.params.reference).includes(':') ||
      !source.index.byId.has(resolveId(source.index, String(problem.params.reference)) ?? ''),
  );
  const processes = source.processes.map((process): ImportedBpmnProcess => {
    problems.push(...hiddenProblems(process.name, process.hidden));
    problems.push(...connectionProblems(process.name, process.graph, lineOf));
    if (process.needsLayout) {
      problems.push({ code: 'laidOut', params: { process: process.name }, line: null });
    }
    const mappedIds = [
      ...process.graph.lanes.map((lane) => lane.id),
      ...process.graph.nodes.map((node) => node.id),
      ...process.graph.edges.map((edge) => edge.id),
    ];
    return {
      name: process.name,
      graph: { ...process.graph, bpmn: { sourceXml: text, processId: process.key, mappedIds } },
      needsLayout: process.needsLayout,
      laneRefs: new Map(
        [...process.lanes.values()].flatMap((lane) => (lane.ref ? [[lane.lane.id, lane.ref]] : [])),
      ),
      raciRefs: new Map(
        [...process.nodes.values()].flatMap((node) =>
          node.raci.length > 0 ? [[node.node.id, node.raci]] : [],
        ),
      ),
    };
  });
  return { processes, problems, counts: countBpmn(source.definitions) };
}

/** Line (from 1) of an offset, by binary search over the line starts: one scan per file. */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}
