import { newViolations } from '../../shared/connectionRules';
import { AppError } from '../../shared/errors';
import type { ProcessGraph } from '../../shared/process';

/*
 * What a process save refuses, each with a code the renderer words in the interface language:
 * ids used twice, references to lanes, phases or steps that do not exist (a bad reference is
 * refused, never dropped quietly), and connectors that are new or changed since the stored
 * map and break a connection rule (shared/connectionRules.ts). Connectors the stored map
 * already had — drawn before a rule existed, or imported — stay saveable.
 */

/** Refuses the graph if it does not hold together (see above); `stored` is the saved map. */
export function assertGraph(graph: ProcessGraph, stored: ProcessGraph | null): void {
  assertUniqueIds(graph);
  assertReferences(graph);
  assertConnections(graph, stored);
}

function assertUniqueIds(graph: ProcessGraph): void {
  const ids = new Set<string>();
  const elements = [...graph.lanes, ...(graph.phases ?? []), ...graph.nodes, ...graph.edges];
  for (const element of elements) {
    if (ids.has(element.id)) {
      throw new AppError('INVALID_REQUEST', `The id "${element.id}" is used twice in the map.`, {
        reason: 'graphDuplicateId',
        name: element.id,
      });
    }
    ids.add(element.id);
  }
}

/** Every node's lane, joint lane and phase, and every connector's ends, exist. */
function assertReferences(graph: ProcessGraph): void {
  const lanes = new Set(graph.lanes.map((lane) => lane.id));
  const phases = new Set((graph.phases ?? []).map((phase) => phase.id));
  const nodes = new Set(graph.nodes.map((node) => node.id));
  const refuse = (reason: string, name: string, message: string): never => {
    throw new AppError('INVALID_REQUEST', message, { reason, name });
  };
  for (const node of graph.nodes) {
    if (node.laneId !== null && !lanes.has(node.laneId)) {
      refuse(
        'graphLaneMissing',
        node.label,
        `Step "${node.label}" is in a lane that does not exist.`,
      );
    }
    const phase = node.phaseId ?? null;
    if (phase !== null && !phases.has(phase)) {
      refuse(
        'graphPhaseMissing',
        node.label,
        `Step "${node.label}" is in a phase that does not exist.`,
      );
    }
    const joint = node.jointLaneId ?? null;
    if (joint !== null && (!lanes.has(joint) || joint === node.laneId || node.laneId === null)) {
      refuse(
        'graphJointLaneInvalid',
        node.label,
        `Step "${node.label}" is drawn across a lane that does not exist or is its own.`,
      );
    }
  }
  for (const edge of graph.edges) {
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) {
      refuse(
        'graphEdgeDangling',
        edge.label || edge.id,
        `Connector "${edge.id}" joins a step that does not exist.`,
      );
    }
  }
}

/** The first connector that is new or changed and breaks a rule, named by its ends' labels. */
function assertConnections(graph: ProcessGraph, stored: ProcessGraph | null): void {
  const [violation] = newViolations(stored, graph);
  if (violation === undefined) return;
  const edge = graph.edges.find((candidate) => candidate.id === violation.edgeId);
  const labelOf = (id: string | undefined) => {
    const node = graph.nodes.find((candidate) => candidate.id === id);
    return node === undefined ? '' : node.label.trim() || node.kind;
  };
  const source = labelOf(edge?.source);
  const target = labelOf(edge?.target);
  throw new AppError(
    'CONNECTION_INVALID',
    `The connector from "${source}" to "${target}" breaks the rule "${violation.code}".`,
    { reason: violation.code, source, target },
  );
}
