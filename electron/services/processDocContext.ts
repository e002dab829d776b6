import { analyseProcess } from '../../shared/analysis';
import { compareFigures } from '../../shared/analysis/compare';
import { DAY_MINUTES } from '../../shared/analysis/settings';
import type { AnalysisLibrary } from '../../shared/analysis/types';
import { type Role, type RevisionSummary } from '../../shared/domain';
import { pictureMessages } from '../../shared/i18n/picture';
import type { Process, ProcessSummary } from '../../shared/process';
import type { StepDuty } from '../../shared/links/candidates';
import type { CjkFont } from '../export/picture/cjkFont';
import type {
  DocumentRole,
  LinkedDuty,
  ProcessDocContext,
  VariantComparison,
} from '../export/process/context';
import { isoDate, type ExportLanguage } from '../export/labels';
import { mapPictures } from '../export/process/mapImages';
import { MAP_AREA } from '../export/process/processDocument';
import { versionText } from '../export/process/headerSections';

/*
 * Gathers what a 流程说明书 prints from what the services read: the roles the map names (with
 * their description numbers), the duties linked to its steps, its approvals, the analysis of
 * the saved map (and of its as-is / to-be partner) and the map's pictures.
 */

export type ContextSources = {
  library: AnalysisLibrary;
  /** A role of the library, or null when it is gone (a map may name a deleted role). */
  role: (id: number) => Role | null;
  /** Every process of the library (names of sub-processes, the variant partner). */
  processes: ProcessSummary[];
  process: (id: number) => Process | null;
  duties: StepDuty[];
  revisions: RevisionSummary[];
  font: CjkFont | null;
  now: Date;
};

function roleIdsOf(process: Process, duties: StepDuty[]): Set<number> {
  const ids = new Set<number>();
  if (process.ownerRoleId !== null) ids.add(process.ownerRoleId);
  for (const lane of process.graph.lanes)
    if (lane.owner.kind === 'role') ids.add(lane.owner.roleId);
  for (const node of process.graph.nodes) node.activity?.raci.forEach((r) => ids.add(r.roleId));
  duties.forEach((duty) => ids.add(duty.roleId));
  return ids;
}

function linkedDuties(duties: StepDuty[]): LinkedDuty[] {
  const byDuty = new Map<number, LinkedDuty>();
  for (const duty of duties) {
    if (duty.state === 'stepDeleted') continue;
    const entry = byDuty.get(duty.dutyId) ?? {
      roleId: duty.roleId,
      text: duty.dutyText,
      nodeIds: [],
    };
    entry.nodeIds.push(duty.nodeId);
    byDuty.set(duty.dutyId, entry);
  }
  return [...byDuty.values()];
}

function comparisonOf(process: Process, sources: ContextSources): VariantComparison | null {
  const asIsId = process.graph.analysis?.variantOfId ?? null;
  const toBeId = sources.processes.find((p) => p.variantOfId === process.id)?.id ?? null;
  const partner =
    asIsId !== null ? sources.process(asIsId) : toBeId !== null ? sources.process(toBeId) : null;
  if (!partner) return null;
  const [asIs, toBe] = asIsId !== null ? [partner, process] : [process, partner];
  const figures = (p: Process) =>
    analyseProcess({ graph: p.graph, library: sources.library, ownerRoleId: p.ownerRoleId })
      .figures;
  return {
    asIsName: asIs.name,
    toBeName: toBe.name,
    rows: compareFigures(figures(asIs), figures(toBe)),
  };
}

export function processDocContext(
  process: Process,
  lang: ExportLanguage,
  sources: ContextSources,
): ProcessDocContext {
  const { library } = sources;
  const departments = new Map(library.departments.map((d) => [d.id, d.name]));
  const roles = new Map<number, DocumentRole>();
  for (const id of roleIdsOf(process, sources.duties)) {
    const role = sources.role(id);
    if (!role) continue;
    roles.set(id, {
      id,
      title: role.title,
      code: role.code,
      departmentId: role.departmentId,
      departmentName: departments.get(role.departmentId) ?? '',
    });
  }
  const base = {
    process,
    lang,
    roles,
    departments,
    duties: linkedDuties(sources.duties),
    revisions: [...sources.revisions].sort((a, b) => a.version - b.version),
    analysis: analyseProcess({ graph: process.graph, library, ownerRoleId: process.ownerRoleId }),
    dayMinutes: DAY_MINUTES[library.settings.timeBasis],
    comparison: comparisonOf(process, sources),
    linkedProcesses: new Map(sources.processes.map((p) => [p.id, p.name])),
    mapPages: [],
    exportedAt: sources.now,
  };
  const labels = pictureMessages[lang === 'zh' ? 'zh-CN' : 'en'].labels;
  const info = {
    name: process.name,
    code: process.code,
    version: versionText(base),
    date: isoDate(sources.now),
  };
  const { pages } = mapPictures(process.graph, MAP_AREA, info, labels, sources.font);
  return { ...base, mapPages: pages };
}
