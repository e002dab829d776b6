import { type ProcessGraph } from '../../shared/process';
import { countBpmn, type BpmnCounts } from './bpmnCounts';
import { hiddenSummary } from './hiddenElements';
import { readSource } from './sourceModel';
import { type LaneRef, type RaciRef } from './stableRefs';
import { readableWarnings } from './warnings';
import { guardXml, XML_LIMITS, type XmlLimits } from './xmlGuard';

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
  /** For the user: the parser's warnings in words, then what each process does not show. */
  warnings: string[];
  /** What the whole file holds (all processes, pools and diagrams). */
  counts: BpmnCounts;
};

export async function importBpmn(
  bytes: Uint8Array,
  limits: XmlLimits = XML_LIMITS,
): Promise<BpmnImportResult> {
  const text = guardXml(bytes, limits);
  const source = await readSource(text);
  const warnings = readableWarnings(source.warnings);
  const processes = source.processes.map((process): ImportedBpmnProcess => {
    const summary = hiddenSummary(process.name, process.hidden);
    if (summary !== null) warnings.push(summary);
    if (process.needsLayout) {
      warnings.push(
        `Process "${process.name}": the file has no complete diagram for it, so RoleFlow lays ` +
          'it out; exporting it adds a diagram.',
      );
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
  if (processes.length === 0) {
    warnings.push(
      'This file has no process with steps RoleFlow can show (for example only empty pools); ' +
        'nothing was imported.',
    );
  }
  return { processes, warnings, counts: countBpmn(source.definitions) };
}
