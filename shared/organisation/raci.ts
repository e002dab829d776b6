import { buildFlow, type FlowNode } from '../analysis/flow';
import { stepLetters, withLetter } from '../analysis/rules/raciLetters';
import type { AlignmentLibrary, AlignmentProcess } from '../alignment/library';
import type { RaciLetter } from '../process';
import { departmentSubtree, departmentTree } from './departments';

/*
 * Every role's RACI across the library (issue 10): roles × steps for one process, one
 * department or the whole library. A step's letters are the ones the analysis reads
 * (shared/analysis/rules/raciLetters.ts: the lane's role is R unless its RACI says otherwise),
 * so the matrix, the map's RACI panel and rules R1–R3 never disagree.
 */

export type RaciScope =
  | { kind: 'process'; processId: number }
  | { kind: 'department'; departmentId: number }
  | { kind: 'library' };

/** The R rules' findings on a step, R1–R3 of §c5 (only on steps whose RACI is filled in). */
export const RACI_PROBLEMS = ['noA', 'severalA', 'noR'] as const;
export type RaciProblem = (typeof RACI_PROBLEMS)[number];

export type RaciCell = { roleId: number; letters: RaciLetter[] };

export type RaciStepRow = {
  nodeId: string;
  label: string;
  stepNumber: number | null;
  /** The role performing by its lane: R by default, cannot be left with no letter. */
  laneRoleId: number | null;
  /** Only the roles with letters, in no particular order. */
  cells: RaciCell[];
  problems: RaciProblem[];
};

export type RaciProcessBlock = {
  processId: number;
  code: string;
  name: string;
  departmentId: number | null;
  steps: RaciStepRow[];
};

export type LibraryRaci = {
  /** The columns: roles with a letter or a lane in scope, by department then title. */
  roleIds: number[];
  processes: RaciProcessBlock[];
};

export function libraryRaci(library: AlignmentLibrary, scope: RaciScope): LibraryRaci {
  const blocks = processesIn(library, scope).map((process) => raciBlock(library, process));
  const departmentOf = new Map(library.roles.map((role) => [role.id, role.departmentId]));
  const subtree =
    scope.kind === 'department' ? departmentSubtree(library.departments, scope.departmentId) : null;
  // A department's matrix: its own maps and every map one of its roles has a letter in.
  const blocksShown = subtree
    ? blocks.filter(
        (block) =>
          (block.departmentId !== null && subtree.has(block.departmentId)) ||
          block.steps.some((step) =>
            step.cells.some((cell) => subtree.has(departmentOf.get(cell.roleId) ?? -1)),
          ),
      )
    : blocks;
  const used = new Set<number>();
  for (const block of blocksShown) {
    for (const step of block.steps) for (const cell of step.cells) used.add(cell.roleId);
  }
  const position = new Map(
    departmentTree(library.departments).map(({ department }, index) => [department.id, index]),
  );
  const roles = library.roles.filter((role) => used.has(role.id));
  roles.sort(
    (a, b) =>
      (position.get(a.departmentId) ?? Infinity) - (position.get(b.departmentId) ?? Infinity) ||
      a.title.localeCompare(b.title, 'zh-CN'),
  );
  return { roleIds: roles.map((role) => role.id), processes: blocksShown };
}

/** The processes of the scope, by code then name (a department's are filtered after). */
function processesIn(library: AlignmentLibrary, scope: RaciScope): AlignmentProcess[] {
  const ordered = [...library.processes].sort(
    (a, b) => a.code.localeCompare(b.code) || a.name.localeCompare(b.name, 'zh-CN') || a.id - b.id,
  );
  if (scope.kind === 'process') return ordered.filter((p) => p.id === scope.processId);
  return ordered;
}

export function raciBlock(library: AlignmentLibrary, process: AlignmentProcess): RaciProcessBlock {
  const flow = buildFlow(process.graph, library.analysis);
  const ordered = flow.activities
    .map((node, index) => ({ node, index, number: node.node.stepNumber ?? Infinity }))
    .sort((a, b) => a.number - b.number || a.index - b.index);
  return {
    processId: process.id,
    code: process.code,
    name: process.name,
    departmentId: process.departmentId,
    steps: ordered.map(({ node }) => stepRow(flow, node)),
  };
}

function stepRow(flow: Parameters<typeof stepLetters>[0], node: FlowNode): RaciStepRow {
  const letters = stepLetters(flow, node);
  const cells = letters.participants.flatMap((p): RaciCell[] =>
    p.roleId === null ? [] : [{ roleId: p.roleId, letters: [...p.letters].sort(byRaci) }],
  );
  const lane = flow.graph.lanes.find((l) => l.id === node.node.laneId);
  const problems: RaciProblem[] = [];
  // The gate of rules R1–R3 (lead's decision, issue 9): only steps whose RACI is filled in.
  if (letters.filled) {
    const accountable = withLetter(letters, 'A').length;
    if (accountable === 0) problems.push('noA');
    if (accountable > 1) problems.push('severalA');
    if (withLetter(letters, 'R').length === 0 && accountable === 0) problems.push('noR');
  }
  return {
    nodeId: node.id,
    label: node.node.label,
    stepNumber: node.node.stepNumber ?? null,
    laneRoleId: lane?.owner.kind === 'role' ? lane.owner.roleId : null,
    cells,
    problems,
  };
}

const ORDER: Record<RaciLetter, number> = { R: 0, A: 1, C: 2, I: 3 };
function byRaci(a: RaciLetter, b: RaciLetter): number {
  return ORDER[a] - ORDER[b];
}
