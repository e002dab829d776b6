import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  importBpmn,
  type BpmnImportResult,
  type ImportedBpmnProcess,
} from '../../../electron/interchange/bpmnImport';
import {
  attr,
  descendants,
  indexXml,
  NS,
  sourceOf,
  type XmlElement,
  type XmlIndex,
} from '../../../electron/interchange/xmlIndex';
import { type LibraryRefs, type RaciRef } from '../../../electron/interchange/stableRefs';
import { type BpmnProblem } from '../../../shared/bpmnImport';
import { type ProcessGraph } from '../../../shared/process';

/**
 * The 21 MIWG reference models: ../shared/corpora beside the repository, or the folder named by
 * ROLEFLOW_BPMN_CORPUS (a worktree that does not sit beside ../shared).
 */
export const CORPUS =
  process.env.ROLEFLOW_BPMN_CORPUS ?? path.resolve('..', 'shared', 'corpora', 'bpmn-miwg');
export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function corpusFiles(): string[] {
  if (!fs.existsSync(CORPUS)) return [];
  return fs
    .readdirSync(CORPUS)
    .filter((name) => name.endsWith('.bpmn'))
    .sort()
    .map((name) => path.join(CORPUS, name));
}

export function fixture(name: string): Buffer {
  return fs.readFileSync(path.join(FIXTURES, name));
}

export function only<T>(items: T[]): T {
  const [item] = items;
  if (item === undefined || items.length !== 1) {
    throw new Error(`expected exactly one, got ${items.length}`);
  }
  return item;
}

export function preservedOf(process: ImportedBpmnProcess) {
  const preserved = process.graph.bpmn;
  if (preserved === undefined) throw new Error('imported process without bpmn');
  return preserved;
}

/** The problems of a file as a whole (not the per-process notes on what is kept but not shown). */
export function fileProblems(result: BpmnImportResult): BpmnProblem[] {
  return result.problems.filter((problem) => !('process' in problem.params));
}

export async function importText(xml: string) {
  return importBpmn(Buffer.from(xml, 'utf8'));
}

const DI_NAMESPACES = new Set<string>([NS.bpmndi, NS.dc, NS.di]);

/** Every element with an id, by id (first occurrence). */
function elementsById(index: XmlIndex): Map<string, XmlElement> {
  const byId = new Map<string, XmlElement>();
  for (const element of index.all) {
    const id = attr(element, 'id');
    if (id !== undefined && !byId.has(id)) byId.set(id, element);
  }
  return byId;
}

/**
 * Ids of the source's elements that an export must have written back byte for byte:
 * every element with an id that RoleFlow did not map, that is not diagram interchange
 * drawing a mapped element, and that does not contain a mapped or `touched` element (a
 * container of something edited necessarily changes).
 */
export function untouchedIds(source: string, mappedIds: string[], touched: string[] = []) {
  const index = indexXml(source);
  const changed = new Set([...mappedIds, ...touched]);
  const ids: string[] = [];
  for (const [id, element] of elementsById(index)) {
    if (changed.has(id)) continue;
    const target = attr(element, 'bpmnElement');
    if (DI_NAMESPACES.has(element.ns) && target !== undefined && changed.has(target)) continue;
    const inside = descendants(element).some((inner) => {
      const innerId = attr(inner, 'id') ?? attr(inner, 'bpmnElement');
      return innerId !== undefined && changed.has(innerId);
    });
    if (!inside) ids.push(id);
  }
  return ids;
}

/** Ids (of `ids`) whose element text differs between the two documents, or is missing. */
export function changedElements(before: string, after: string, ids: string[]): string[] {
  const aIndex = indexXml(before);
  const bIndex = indexXml(after);
  const a = elementsById(aIndex);
  const b = elementsById(bIndex);
  return ids.filter((id) => {
    const left = a.get(id);
    const right = b.get(id);
    return (
      left === undefined ||
      right === undefined ||
      sourceOf(aIndex, left) !== sourceOf(bIndex, right)
    );
  });
}

/** The participants (pools) of a process: renaming the process renames its pool. */
export function poolsOf(source: string, processId: string): string[] {
  return indexXml(source)
    .all.filter(
      (element) => element.local === 'participant' && attr(element, 'processRef') === processId,
    )
    .map((element) => attr(element, 'id'))
    .filter((id) => id !== undefined);
}

/**
 * A graph reduced to what a round trip must keep, with coordinates rounded to whole units:
 * the diagram stores two decimals, so a vertical-lane file (axes swapped around centres)
 * may come back 0.01 off.
 */
export function structure(graph: ProcessGraph) {
  const round = (value: number) => Math.round(value);
  return {
    lanes: graph.lanes.map((lane) => ({ id: lane.id, name: lane.name, size: round(lane.size) })),
    nodes: [...graph.nodes]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((node) => ({
        id: node.id,
        kind: node.kind,
        label: node.label,
        laneId: node.laneId,
        x: round(node.x),
        y: round(node.y),
        width: round(node.width),
        height: round(node.height),
        // RACI entries travel by stable key and name (see raciRefs) and are bound to roles by
        // the importing service, so the graph read from a file holds none.
        activity: node.activity && { ...node.activity, raci: [] },
      })),
    // A connector never routed in RoleFlow comes back with the route the export drew for it
    // (DI waypoints are read as the stored route): only its ends and label must match.
    edges: [...graph.edges]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(({ id, source, target, label }) => ({ id, source, target, label })),
  };
}

/** Keys and names an exporting library would give: role n is "role-n", titled 岗位n. */
export const TEST_REFS: LibraryRefs = {
  role: (id) => ({ key: `role-${id}`, name: `岗位${id}` }),
  department: (id) => ({ key: `department-${id}`, name: `部门${id}` }),
};

/** The RACI entries a graph's activity should come back with, as a file names them. */
export function expectedRaciRefs(graph: ProcessGraph): Map<string, RaciRef[]> {
  return new Map(
    graph.nodes.flatMap((node) =>
      node.activity && node.activity.raci.length > 0
        ? [
            [
              node.id,
              node.activity.raci.map((entry) => ({
                roleKey: `role-${entry.roleId}`,
                roleName: `岗位${entry.roleId}`,
                legacyId: false,
                letter: entry.letter,
              })),
            ],
          ]
        : [],
    ),
  );
}
