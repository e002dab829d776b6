import { connectorKind } from '../../../shared/connectionRules';
import type { NodeKind, ProcessGraph } from '../../../shared/process';
import { flowOrder } from '../../../shared/stepNumbers';

/*
 * The step table, the map's text alternative: every shape but notes, in flow order (the order
 * the step numbers were given in), with its number, label, kind, lane and the shapes the flow
 * goes to next (a decision's exits with their labels, 是 / 否).
 */

export type NextStep = { id: string; label: string; number: number | null; via: string };

export type StepRow = {
  id: string;
  number: number | null;
  label: string;
  kind: NodeKind;
  lane: string | null;
  next: NextStep[];
};

export function stepRows(graph: ProcessGraph): StepRow[] {
  const laneNames = new Map(graph.lanes.map((lane) => [lane.id, lane.name]));
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  return flowOrder(graph)
    .filter((node) => node.kind !== 'annotation')
    .map((node) => ({
      id: node.id,
      number: node.stepNumber ?? null,
      label: node.label,
      kind: node.kind,
      lane: node.laneId === null ? null : (laneNames.get(node.laneId) ?? null),
      next: graph.edges.flatMap((edge) => {
        const target = edge.source === node.id ? byId.get(edge.target) : undefined;
        if (!target || connectorKind(node.kind, target.kind) !== 'sequence') return [];
        return [
          {
            id: target.id,
            label: target.label,
            number: target.stepNumber ?? null,
            via: edge.label,
          },
        ];
      }),
    }));
}
