import { AppError } from '../../../shared/errors';
import type { ProcessGraph } from '../../../shared/process';
import { graphSchema } from '../../../shared/processSchema';

const MAX_LANES = 100;
const MAX_NODES = 10_000;
const MAX_EDGES = 20_000;
const MAX_COORDINATE = 1e6;

/**
 * Refuses an imported graph the editor could not hold — checked with the same schema the
 * library reads stored graphs through, after layout, so nothing is stored that would come
 * back as an empty process. The message names the limit that was passed.
 */
export function checkImportedGraph(processName: string, graph: ProcessGraph): void {
  const { bpmn: _kept, ...drawn } = graph;
  const parsed = graphSchema.safeParse(drawn);
  if (parsed.success) return;
  const process = processName;
  if (drawn.lanes.length > MAX_LANES) {
    throw new AppError(
      'BPMN_TOO_MANY_LANES',
      `Process "${process}" has ${drawn.lanes.length} lanes; the limit is ${MAX_LANES}.`,
      { process, count: drawn.lanes.length, max: MAX_LANES },
    );
  }
  if (drawn.nodes.length > MAX_NODES) {
    throw new AppError(
      'BPMN_TOO_MANY_STEPS',
      `Process "${process}" has ${drawn.nodes.length} elements; the limit is ${MAX_NODES}.`,
      { process, count: drawn.nodes.length, max: MAX_NODES },
    );
  }
  if (drawn.edges.length > MAX_EDGES) {
    throw new AppError(
      'BPMN_TOO_MANY_FLOWS',
      `Process "${process}" has ${drawn.edges.length} connections; the limit is ${MAX_EDGES}.`,
      { process, count: drawn.edges.length, max: MAX_EDGES },
    );
  }
  const [issue] = parsed.error.issues;
  const field = issue?.path.at(-1);
  if (field === 'x' || field === 'y') {
    throw new AppError(
      'BPMN_TOO_FAR',
      `Process "${process}" has coordinates beyond ±${MAX_COORDINATE}.`,
      { process, max: MAX_COORDINATE },
    );
  }
  const detail = `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`;
  throw new AppError('BPMN_OVER_LIMIT', `Process "${process}" fails the schema (${detail}).`, {
    process,
    detail,
  });
}
