import { compareFigures, type ComparisonRow } from '../analysis/compare';
import { analyseProcess } from '../analysis';
import { effectiveHours, stepHoursByRole } from '../analysis/staffing';
import type { AlignmentLibrary, AlignmentProcess } from '../alignment/library';
import { libraryWorkloads, staffingBasisOf } from '../alignment/workload';
import type { Role, RoleCompetency } from '../domain';
import type { ProcessGraph } from '../process';
import { redlineOf, type RedlineRow } from './redline';
import { mappedSteps, pairSteps, type StepPair } from './stepMatching';

/*
 * The redesign impact statement (PROCESS-ANALYSIS.md §f4): from an as-is map and its to-be
 * variant, per role the steps it loses and gains, the duties that go with them, the redline
 * of its description, the competencies it needs from the roles it takes steps from, its FTE
 * in each map for the same volume, and the process's lead time / PCE / cost deltas.
 */

export type MovedStep = {
  nodeId: string;
  label: string;
  /** Lost: the roles doing it in the to-be map. Gained: the roles that did it as-is. */
  otherRoleIds: number[];
};

export type NeededCompetency = RoleCompetency & { fromRoleIds: number[] };

export type RoleRedesign = {
  roleId: number;
  title: string;
  status: Role['status'];
  editVersion: number;
  lost: MovedStep[];
  gained: MovedStep[];
  redline: RedlineRow[];
  /** The duties' weights are their §f1 time shares after the change (false: hours unknown). */
  weightsRecomputed: boolean;
  competencies: NeededCompetency[];
  /** Hours a year and FTE in the as-is map and in the to-be map, at the as-is volume. */
  hours: { asIs: number; toBe: number };
  fte: { asIs: number; toBe: number };
};

export type RedesignStatement = {
  asIs: { id: number; name: string };
  toBe: { id: number; name: string };
  volume: number | null;
  roles: RoleRedesign[];
  comparison: ComparisonRow[];
};

export function redesignStatement(
  library: AlignmentLibrary,
  asIs: AlignmentProcess,
  toBe: AlignmentProcess,
): RedesignStatement {
  const volume = asIs.graph.analysis?.annualVolume ?? null;
  // The same volume on both maps, so the FTE differ by the work only.
  const toBeGraph: ProcessGraph = {
    ...toBe.graph,
    analysis: { ...toBe.graph.analysis, annualVolume: volume },
  };
  const pairs = pairSteps(
    mappedSteps(asIs.graph, library.analysis),
    mappedSteps(toBeGraph, library.analysis),
  );
  const asIsHours = stepHoursByRole(asIs.graph, library.analysis);
  const toBeHours = stepHoursByRole(toBeGraph, library.analysis);
  const workloads = libraryWorkloads(library);
  const perFte = effectiveHours(staffingBasisOf(library.analysis.settings.staffing));
  const roles: RoleRedesign[] = [];
  for (const role of library.roles) {
    const { lost, gained } = movesOf(role.id, pairs);
    if (lost.length === 0 && gained.length === 0) continue;
    const hours = {
      asIs: sum(asIsHours.get(role.id)),
      toBe: sum(toBeHours.get(role.id)),
    };
    const redline = redlineOf({
      role,
      asIs,
      toBe,
      lost,
      gained,
      stepHours: workloads.get(role.id)?.stepHours ?? new Map(),
      toBeStepHours: toBeHours.get(role.id) ?? new Map(),
      settings: library.analysis.settings.staffing,
    });
    roles.push({
      roleId: role.id,
      title: role.title,
      status: role.status,
      editVersion: role.editVersion,
      lost,
      gained,
      redline: redline.rows,
      weightsRecomputed: redline.recomputed,
      competencies: neededCompetencies(role, gained, library.roles),
      hours,
      fte: { asIs: hours.asIs / perFte, toBe: hours.toBe / perFte },
    });
  }
  const figuresOf = (graph: ProcessGraph, ownerRoleId: number | null) =>
    analyseProcess({ graph, library: library.analysis, ownerRoleId }).figures;
  return {
    asIs: { id: asIs.id, name: asIs.name },
    toBe: { id: toBe.id, name: toBe.name },
    volume,
    roles,
    comparison: compareFigures(
      figuresOf(asIs.graph, asIs.ownerRoleId),
      figuresOf(toBeGraph, toBe.ownerRoleId),
    ),
  };
}

/** A step is lost by a role performing it as-is and not to-be; gained the other way round. */
function movesOf(roleId: number, pairs: StepPair[]): { lost: MovedStep[]; gained: MovedStep[] } {
  const lost: MovedStep[] = [];
  const gained: MovedStep[] = [];
  for (const { asIs, toBe } of pairs) {
    const before = asIs?.performers.includes(roleId) ?? false;
    const after = toBe?.performers.includes(roleId) ?? false;
    if (asIs && before && !after) {
      lost.push({ nodeId: asIs.nodeId, label: asIs.label, otherRoleIds: toBe?.performers ?? [] });
    }
    if (toBe && after && !before) {
      gained.push({
        nodeId: toBe.nodeId,
        label: toBe.label,
        otherRoleIds: asIs?.performers ?? [],
      });
    }
  }
  return { lost, gained };
}

/** The competencies of the roles it takes steps from that the role does not hold yet. */
function neededCompetencies(role: Role, gained: MovedStep[], roles: Role[]): NeededCompetency[] {
  const byId = new Map(roles.map((r) => [r.id, r]));
  const held = new Set(role.competencies.map((c) => c.competencyId));
  const needed = new Map<number, NeededCompetency>();
  const from = new Set(gained.flatMap((step) => step.otherRoleIds));
  from.delete(role.id);
  for (const giverId of from) {
    for (const competency of byId.get(giverId)?.competencies ?? []) {
      if (held.has(competency.competencyId)) continue;
      const known = needed.get(competency.competencyId);
      needed.set(competency.competencyId, {
        competencyId: competency.competencyId,
        requiredLevel: Math.max(known?.requiredLevel ?? 0, competency.requiredLevel),
        importance: Math.max(known?.importance ?? 0, competency.importance),
        fromRoleIds: [...(known?.fromRoleIds ?? []), giverId],
      });
    }
  }
  return [...needed.values()];
}

function sum(values: Map<string, number> | undefined): number {
  let total = 0;
  for (const value of values?.values() ?? []) total += value;
  return total;
}
