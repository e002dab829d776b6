import type { AnalysisLibrary } from '../analysis/types';
import type { Department, Role } from '../domain';
import type { ProcessClass, ProcessGraph } from '../process';

/*
 * The whole library as the "one library" functions see it (issue 10): every role with its
 * duties and their step links, every process with its map, the departments, and what the
 * process analysis needs (rates, settings). Main builds it once from the repositories and
 * keeps it until something changes; the functions over it are pure.
 */

export type AlignmentProcess = {
  id: number;
  code: string;
  name: string;
  processClass: ProcessClass | null;
  ownerRoleId: number | null;
  departmentId: number | null;
  status: 'draft' | 'approved';
  graph: ProcessGraph;
  /**
   * The process's editVersion (one more on every save): the library index re-analyses a map
   * only when it changed. Absent (tests, benchmarks): the graph object itself is compared.
   */
  editVersion?: number;
};

export type AlignmentLibrary = {
  roles: Role[];
  processes: AlignmentProcess[];
  departments: Department[];
  /** Rates, departments and settings (time basis, thresholds, staffing basis). */
  analysis: AnalysisLibrary;
};

/** The key of one step of one process, as maps and links name it. */
export function stepKey(processId: number, nodeId: string): string {
  return `${processId}:${nodeId}`;
}
