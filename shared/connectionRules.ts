import type { NodeKind, ProcessEdge, ProcessGraph, ProcessNode, Side } from './process';

/*
 * The rules a connector obeys, in one place: the canvas asks them while the user drags
 * (isValidConnection, with the reason shown at the cursor), the editor's commands ask them
 * before they change the graph, the save service refuses a graph that breaks them, and both
 * BPMN writers ask them what kind of flow an edge is. Everything here is pure and takes the
 * graph as it is; nothing is quietly repaired.
 */

/** Why a connector may not be drawn; each has a text under `connection.refused.<code>`. */
export const CONNECTION_REFUSALS = [
  /** Source or target is not a shape of the map. */
  'unknownEnd',
  /** A connector from a shape to itself. */
  'selfLoop',
  /** Nothing flows into a start (开始). */
  'intoStart',
  /** Nothing flows out of an end (结束). */
  'outOfEnd',
  /** Two annotations: an annotation attaches to a step, by association. */
  'annotationToAnnotation',
  /** The same two shapes are already joined from the same sides. */
  'duplicate',
] as const;
export type ConnectionRefusal = (typeof CONNECTION_REFUSALS)[number];

/** What a decision still lacks; shown as findings, never blocking a save of work in progress. */
export const DECISION_PROBLEMS = ['decisionFewBranches', 'decisionBranchUnlabelled'] as const;
export type DecisionProblem = (typeof DECISION_PROBLEMS)[number];

export type ConnectionAttempt = {
  source: string;
  target: string;
  sourceSide?: Side | null;
  targetSide?: Side | null;
  /** The connector being re-attached (its own old route is no duplicate of the new one). */
  replacing?: string;
};

/** How a connector is written in BPMN and drawn: a sequence flow or an association. */
export type ConnectorKind = 'sequence' | 'association';

export function connectorKind(source: NodeKind, target: NodeKind): ConnectorKind {
  return source === 'annotation' || target === 'annotation' ? 'association' : 'sequence';
}

/** The first rule a new (or re-attached) connector would break, or null when it may be drawn. */
export function checkConnection(
  graph: Pick<ProcessGraph, 'nodes' | 'edges'>,
  attempt: ConnectionAttempt,
): ConnectionRefusal | null {
  const source = graph.nodes.find((node) => node.id === attempt.source);
  const target = graph.nodes.find((node) => node.id === attempt.target);
  return refusalFor(source, target, attempt, graph.edges);
}

function refusalFor(
  source: ProcessNode | undefined,
  target: ProcessNode | undefined,
  attempt: ConnectionAttempt,
  edges: readonly ProcessEdge[],
): ConnectionRefusal | null {
  if (!source || !target) return 'unknownEnd';
  if (source.id === target.id) return 'selfLoop';
  if (source.kind === 'annotation' && target.kind === 'annotation') {
    return 'annotationToAnnotation';
  }
  // An association to an annotation has no direction in the flow, so start and end may carry one.
  if (connectorKind(source.kind, target.kind) === 'sequence') {
    if (target.kind === 'start') return 'intoStart';
    if (source.kind === 'end') return 'outOfEnd';
  }
  const duplicate = edges.some(
    (edge) =>
      edge.id !== attempt.replacing &&
      edge.source === attempt.source &&
      edge.target === attempt.target &&
      (edge.sourceSide ?? null) === (attempt.sourceSide ?? null) &&
      (edge.targetSide ?? null) === (attempt.targetSide ?? null),
  );
  return duplicate ? 'duplicate' : null;
}

export type ConnectionProblem =
  | { edgeId: string; code: ConnectionRefusal }
  | { nodeId: string; code: DecisionProblem; edgeId?: string };

/**
 * Every connector of the graph that breaks a rule, each judged against the connectors before
 * it (so of two duplicates the second is the one reported), in edge order. Linear in the
 * number of connectors: the ones seen so far are remembered by their ends and sides, so an
 * imported file of 20,000 flows is judged at once.
 */
export function connectionViolations(
  graph: Pick<ProcessGraph, 'nodes' | 'edges'>,
): { edgeId: string; code: ConnectionRefusal }[] {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const found: { edgeId: string; code: ConnectionRefusal }[] = [];
  const seen = new Set<string>();
  for (const edge of graph.edges) {
    const code = refusalFor(byId.get(edge.source), byId.get(edge.target), edge, []);
    const key = JSON.stringify([
      edge.source,
      edge.target,
      edge.sourceSide ?? null,
      edge.targetSide ?? null,
    ]);
    if (code) found.push({ edgeId: edge.id, code });
    else if (seen.has(key)) found.push({ edgeId: edge.id, code: 'duplicate' });
    seen.add(key);
  }
  return found;
}

/** Decisions with fewer than two ways out, and their unlabelled ways out (是 / 否 …). */
export function decisionProblems(
  graph: Pick<ProcessGraph, 'nodes' | 'edges'>,
): { nodeId: string; code: DecisionProblem; edgeId?: string }[] {
  const found: { nodeId: string; code: DecisionProblem; edgeId?: string }[] = [];
  const kindOf = new Map(graph.nodes.map((node) => [node.id, node.kind]));
  for (const node of graph.nodes) {
    if (node.kind !== 'decision') continue;
    const out = graph.edges.filter(
      (edge) =>
        edge.source === node.id &&
        connectorKind(node.kind, kindOf.get(edge.target) ?? 'activity') === 'sequence',
    );
    if (out.length < 2) found.push({ nodeId: node.id, code: 'decisionFewBranches' });
    for (const edge of out) {
      if (!edge.label.trim()) {
        found.push({ nodeId: node.id, code: 'decisionBranchUnlabelled', edgeId: edge.id });
      }
    }
  }
  return found;
}

/**
 * The violations a save must refuse: those of connectors that are new or changed since the
 * stored graph. A map stored before a rule existed (or imported from another tool) stays
 * saveable, and its old violations are shown as findings instead of locking the user out.
 */
export function newViolations(
  stored: Pick<ProcessGraph, 'edges'> | null,
  next: Pick<ProcessGraph, 'nodes' | 'edges'>,
): { edgeId: string; code: ConnectionRefusal }[] {
  const before = new Map((stored?.edges ?? []).map((edge) => [edge.id, edge]));
  const now = new Map(next.edges.map((edge) => [edge.id, edge]));
  return connectionViolations(next).filter(({ edgeId }) => {
    const edge = now.get(edgeId);
    const old = before.get(edgeId);
    return !old || !edge || old.source !== edge.source || old.target !== edge.target;
  });
}
