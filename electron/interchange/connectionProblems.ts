import { type BpmnProblem, type BpmnProblemCode } from '../../shared/bpmnImport';
import { connectionViolations, type ConnectionRefusal } from '../../shared/connectionRules';
import { type ProcessGraph } from '../../shared/process';

/*
 * Connectors of an imported file that break a connection rule: another tool allowed them, so
 * they stay in the map — nothing of the file vanishes — and each is listed among the import's
 * problems with its reason and its ends, for the user to mend. Saving the map keeps them
 * (shared/connectionRules.ts newViolations judges only connectors the user drew or changed).
 */

const PROBLEM: Record<ConnectionRefusal, BpmnProblemCode | null> = {
  // The importer never keeps a connector whose end it does not show.
  unknownEnd: null,
  selfLoop: 'flowSelfLoop',
  intoStart: 'flowIntoStart',
  outOfEnd: 'flowOutOfEnd',
  annotationToAnnotation: 'flowBetweenNotes',
  duplicate: 'flowDuplicate',
};

export function connectionProblems(
  processName: string,
  graph: ProcessGraph,
  lineOf: (id: string) => number | null,
): BpmnProblem[] {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const edges = new Map(graph.edges.map((edge) => [edge.id, edge]));
  const labelOf = (id: string) => nodes.get(id)?.label.trim() || id;
  return connectionViolations(graph).flatMap(({ edgeId, code }) => {
    const problem = PROBLEM[code];
    const edge = edges.get(edgeId);
    if (problem === null || edge === undefined) return [];
    return [
      {
        code: problem,
        params: {
          process: processName,
          flow: edge.label.trim() || edge.id,
          source: labelOf(edge.source),
          target: labelOf(edge.target),
        },
        line: lineOf(edge.id),
      },
    ];
  });
}
