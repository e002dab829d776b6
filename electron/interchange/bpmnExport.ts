import { exportFresh } from './exportFresh';
import { type ExportInput } from './exportInput';
import { exportPatched } from './exportPatched';

/*
 * BPMN 2.0 export. A process drawn in RoleFlow is written from scratch (exportFresh). An
 * imported process is written by splicing: its source text is copied and only the ranges
 * RoleFlow owns are rewritten — labels, positions, lanes, added and removed nodes and edges
 * (exportPatched) — so everything RoleFlow does not model comes back byte for byte.
 * The result is a string to be saved as UTF-8 (the declaration says so).
 */

export type { ExportInput };

export async function exportBpmn(input: ExportInput): Promise<string> {
  const preserved = input.graph.bpmn;
  return preserved === undefined ? exportFresh(input) : exportPatched(input, preserved);
}
