import { expect } from 'vitest';
import { exportBpmn } from '../../../electron/interchange/bpmnExport';
import { importBpmn, type ImportedBpmnProcess } from '../../../electron/interchange/bpmnImport';
import { isFlowNodeKind } from '../../../electron/interchange/bpmnKinds';
import { emptyActivityDetails, type ProcessGraph } from '../../../shared/process';
import {
  changedElements,
  expectedRaciRefs,
  importText,
  poolsOf,
  preservedOf,
  structure,
  TEST_REFS,
  untouchedIds,
  fileProblems,
} from './helpers';

/*
 * The round trips every reference model goes through (corpus.test.ts over the whole MIWG
 * folder, fixtures.test.ts over the copies in fixtures/).
 */

/** Import → export unchanged → import: same counts, and the source comes back verbatim. */
export async function unchangedRoundTrip(bytes: Buffer): Promise<void> {
  const first = await importBpmn(bytes);
  expect(first.processes.length).toBeGreaterThan(0);
  for (const process of first.processes) {
    const source = preservedOf(process).sourceXml;
    const exported = await exportBpmn({ name: process.name, graph: process.graph });
    const again = await importText(exported);
    expect(again.counts).toEqual(first.counts);
    expect(again.processes.map((p) => structure(p.graph))).toEqual(
      first.processes.map((p) => structure(p.graph)),
    );
    // Every element RoleFlow did not map comes back byte for byte…
    const ids = untouchedIds(source, preservedOf(process).mappedIds);
    expect(ids.length).toBeGreaterThan(0);
    expect(changedElements(source, exported, ids)).toEqual([]);
    // …and so does everything else: only the declared encoding may say UTF-8 now.
    expect(withoutEncoding(exported)).toBe(withoutEncoding(source));
  }
}

function withoutEncoding(xml: string): string {
  return xml.replace(/^(<\?xml[^?]*?encoding=")[^"]*"/, '$1"');
}

/**
 * Import → edit in RoleFlow (rename, move, add a step and a flow, fill in an activity) →
 * export → import: the edited graph comes back, the counts grow by exactly the additions,
 * and every element RoleFlow does not model is written back unchanged.
 */
export async function editedRoundTrip(bytes: Buffer): Promise<void> {
  const first = await importBpmn(bytes);
  for (const process of first.processes) {
    const source = preservedOf(process).sourceXml;
    // A process the file draws nowhere gets a diagram of its own for the shapes RoleFlow adds.
    const undrawn = !process.graph.nodes.some((node) =>
      source.includes(`bpmnElement="${node.id}"`),
    );
    const edited = edit(process, !undrawn);
    const exported = await exportBpmn({
      name: `${process.name} v2`,
      graph: edited,
      refs: TEST_REFS,
    });
    const again = await importText(exported);
    const back = again.processes.find(
      (p) => preservedOf(p).processId === preservedOf(process).processId,
    );
    expect(back?.name).toBe(`${process.name} v2`);
    expect(structure(back?.graph ?? edited)).toEqual(structure(edited));
    expect(back?.raciRefs).toEqual(expectedRaciRefs(edited));
    expect(again.counts).toEqual({
      ...first.counts,
      flowNodes: first.counts.flowNodes + 1,
      sequenceFlows: first.counts.sequenceFlows + 1,
      shapes: first.counts.shapes + 1,
      // A flow from a node drawn nowhere has no route to draw.
      edges: first.counts.edges + (undrawn ? 0 : 1),
      diagrams: first.counts.diagrams + (undrawn ? 1 : 0),
    });
    // No new parser warnings beyond the summary that names the renamed process.
    const before = fileProblems(first);
    const after = fileProblems(again);
    expect(after).toEqual(before);
    // Semantic elements RoleFlow does not model are untouched (their drawings may follow a
    // moved shape, so diagram elements are checked by the unchanged round trip instead).
    const pools = poolsOf(source, preservedOf(process).processId);
    const ids = untouchedIds(source, preservedOf(process).mappedIds, pools).filter(
      (id) => !isDiagramId(source, id),
    );
    expect(changedElements(source, exported, ids)).toEqual([]);
  }
}

function isDiagramId(source: string, id: string): boolean {
  const at = source.indexOf(`id="${id}"`);
  const tagStart = source.lastIndexOf('<', at);
  return /^<[\w-]*:?(BPMN|Bounds|waypoint)/.test(source.slice(tagStart, tagStart + 20));
}

function edit(process: ImportedBpmnProcess, move: boolean): ProcessGraph {
  const graph = structuredClone(process.graph);
  const flowNodes = graph.nodes.filter((node) => isFlowNodeKind(node.kind));
  const [renamed, moved] = flowNodes;
  const activity = graph.nodes.find((node) => node.kind === 'activity');
  if (renamed) renamed.label = `${renamed.label} — 已修改 <&>`;
  // Moves and additions go along the flow: down a vertical map (lanes are columns), across a
  // horizontal one — as the editor would place them, inside their lane.
  const vertical = graph.orientation === 'vertical';
  if (moved && move) {
    if (vertical) moved.y += 30.25;
    else moved.x += 30.25;
  }
  if (activity) {
    activity.activity = {
      ...emptyActivityDetails(),
      workMinutes: 15,
      valueClass: 'BVA',
      isInspection: true,
      raci: [{ roleId: 7, letter: 'C' }],
      instruction: '核对后签字',
    };
  }
  const anchor = moved ?? renamed;
  const right = Math.max(...graph.nodes.map((node) => node.x + node.width));
  const bottom = Math.max(...graph.nodes.map((node) => node.y + node.height));
  const column = vertical ? laneColumn(graph, anchor?.laneId ?? null) : undefined;
  // In a column the new step is centred and fits (another tool's lanes may be narrow).
  const width = column ? Math.max(20, Math.min(100, column.size - 20)) : 100;
  graph.nodes.push({
    id: 'rf_added_step',
    kind: 'activity',
    label: '新增步骤',
    laneId: anchor?.laneId ?? null,
    x: column ? column.left + (column.size - width) / 2 : right + 60,
    y: vertical ? bottom + 60 : (anchor?.y ?? 0),
    width,
    height: 80,
    activity: emptyActivityDetails(),
  });
  if (anchor)
    graph.edges.push({
      id: 'rf_added_flow',
      source: anchor.id,
      target: 'rf_added_step',
      label: '是',
    });
  return graph;
}

/** Where a lane of a vertical map lies across the flow (its left edge and width). */
function laneColumn(graph: ProcessGraph, laneId: string | null) {
  let left = 0;
  for (const lane of graph.lanes) {
    if (lane.id === laneId) return { left, size: lane.size };
    left += lane.size;
  }
  return undefined;
}
