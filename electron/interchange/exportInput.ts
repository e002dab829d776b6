import { type ProcessGraph } from '../../shared/process';
import { type LibraryRefs } from './stableRefs';
import { xmlSafe } from './xmlText';

/** What exportBpmn writes: a process's name and graph, and the names of its lanes' owners. */
export type ExportInput = {
  name: string;
  graph: ProcessGraph;
  /** Lane id → name of the role (or department) that owns it; wins over the lane's own name. */
  laneRoleNames?: Record<string, string>;
  /** Stable keys and names of the library's roles and departments (RACI entries, lane owners). */
  refs?: LibraryRefs;
};

/** Texts without characters XML cannot carry (bpmn-moddle escapes markup, not those). */
export function safeInput(input: ExportInput): ExportInput {
  const names = input.laneRoleNames;
  return {
    name: xmlSafe(input.name),
    refs: input.refs,
    laneRoleNames:
      names === undefined
        ? undefined
        : Object.fromEntries(Object.entries(names).map(([id, name]) => [id, xmlSafe(name)])),
    graph: {
      ...input.graph,
      lanes: input.graph.lanes.map((lane) => ({ ...lane, name: xmlSafe(lane.name) })),
      nodes: input.graph.nodes.map((node) => ({
        ...node,
        label: xmlSafe(node.label),
        ...(node.activity
          ? {
              activity: {
                ...node.activity,
                inputs: xmlSafe(node.activity.inputs),
                outputs: xmlSafe(node.activity.outputs),
                formsAndSystems: xmlSafe(node.activity.formsAndSystems),
                instruction: xmlSafe(node.activity.instruction),
              },
            }
          : {}),
      })),
      edges: input.graph.edges.map((edge) => ({ ...edge, label: xmlSafe(edge.label) })),
    },
  };
}
