import type { AnalysisLibrary, AnalysisRole } from '../analysis/types';
import type { ProcessGraph } from '../process';

/*
 * The analysis of one map reads the library's roles by id (performers, RACI, cost rates); the
 * flow model indexes every role it is given. Over a whole library that is roles × processes
 * (10,000 × 1,000 in the benchmark), so each map gets only the roles it names.
 */

/** A lookup of the library's roles, built once per library. */
export function rolesById(library: AnalysisLibrary): Map<number, AnalysisRole> {
  return new Map(library.roles.map((role) => [role.id, role]));
}

/** The library as one map needs it: the roles its lanes and RACI entries name. */
export function libraryForMap(
  graph: ProcessGraph,
  library: AnalysisLibrary,
  roles: ReadonlyMap<number, AnalysisRole>,
): AnalysisLibrary {
  const named = new Set<number>();
  for (const lane of graph.lanes) if (lane.owner.kind === 'role') named.add(lane.owner.roleId);
  for (const node of graph.nodes)
    for (const entry of node.activity?.raci ?? []) named.add(entry.roleId);
  const picked: AnalysisRole[] = [];
  for (const id of named) {
    const role = roles.get(id);
    if (role) picked.push(role);
  }
  return { ...library, roles: picked };
}
