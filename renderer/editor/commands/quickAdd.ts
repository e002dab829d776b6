import type { ConnectionRefusal } from '../../../shared/connectionRules';
import {
  emptyActivityDetails,
  type NodeKind,
  type ProcessGraph,
  type ProcessNode,
  type Side,
} from '../../../shared/process';
import { opposite } from '../edges/route';
import { centreY, laneAt, NODE_SIZE, snap } from '../geometry';
import { connectSteps } from './connectorCommands';
import type { IdSource } from './nodeCommands';

/*
 * Drawing the next step in one gesture (a quick-add arrow, a palette click with a step
 * selected, Ctrl+Enter): a new shape placed beside the one it follows, on the given side, in
 * the lane there, and connected to it from that side.
 */

/** Room between a step and the one added after it. */
const GAP = 70;

export type QuickAddResult = {
  graph: ProcessGraph;
  id: string;
  /** The new shape was added but could not be connected (e.g. nothing flows into a start). */
  refusal: ConnectionRefusal | null;
};

export function addStepAfter(
  graph: ProcessGraph,
  fromId: string,
  side: Side,
  kind: NodeKind,
  label: string,
  newId: IdSource,
): QuickAddResult | null {
  const from = graph.nodes.find((node) => node.id === fromId);
  if (!from) return null;
  const size = NODE_SIZE[kind];
  const cx = from.x + from.width / 2;
  const cy = from.y + from.height / 2;
  const step = { x: 0, y: 0 };
  if (side === 'right') step.x = from.width / 2 + GAP + size.width / 2;
  if (side === 'left') step.x = -(from.width / 2 + GAP + size.width / 2);
  if (side === 'bottom') step.y = from.height / 2 + GAP + size.height / 2;
  if (side === 'top') step.y = -(from.height / 2 + GAP + size.height / 2);
  // Further along the same side until the spot is free, so nothing is drawn over a step.
  const unit = {
    x: Math.sign(step.x) * (size.width + 40),
    y: Math.sign(step.y) * (size.height + 40),
  };
  let centre = { x: cx + step.x, y: cy + step.y };
  for (let tries = 0; tries < 50 && occupied(graph.nodes, centre, size); tries += 1) {
    centre = { x: centre.x + unit.x, y: centre.y + unit.y };
  }
  const node: ProcessNode = {
    id: newId(),
    kind,
    label,
    laneId: null,
    // Centred on the step it follows across the flow, so the connector between them is
    // straight; on the grid along it.
    x: step.x === 0 ? centre.x - size.width / 2 : snap(centre.x - size.width / 2),
    y: step.y === 0 ? centre.y - size.height / 2 : snap(centre.y - size.height / 2),
    ...size,
    ...(kind === 'activity' ? { activity: emptyActivityDetails() } : {}),
    ...(kind === 'subProcess' ? { linkedProcessId: null } : {}),
  };
  node.laneId = laneAt(graph.lanes, centreY(node))?.id ?? from.laneId;
  const added = { ...graph, nodes: [...graph.nodes, node] };
  const connected = connectSteps(
    added,
    { source: from.id, target: node.id, sourceSide: side, targetSide: opposite(side) },
    '',
    newId,
  );
  return { graph: connected.graph, id: node.id, refusal: connected.refusal };
}

function occupied(
  nodes: readonly ProcessNode[],
  centre: { x: number; y: number },
  size: { width: number; height: number },
): boolean {
  const margin = 20;
  return nodes.some(
    (node) =>
      Math.abs(node.x + node.width / 2 - centre.x) < (node.width + size.width) / 2 + margin &&
      Math.abs(node.y + node.height / 2 - centre.y) < (node.height + size.height) / 2 + margin,
  );
}
