import { emptyGraph, emptyProcessKpis, type ProcessGraph, type ProcessKpis } from './process';
import {
  analysisDataSchema,
  edgeSchema,
  graphSchema,
  phaseSchema,
  laneSchema,
  nodeSchema,
  processKpisSchema,
} from './processSchema';
import { deriveStructures } from './authority/structures';
import { emptyRoleDetails, roleDetailsSchema, type RoleDetails } from './roleDetails';

/*
 * Reading a stored document (a role's sections, a process graph, its KPIs) that may have been
 * damaged outside RoleFlow. `intact` false means the stored text failed its schema: the item
 * is shown read-only with what could be recovered, and nothing is written back until the user
 * saves a repaired copy (the original bytes are kept first).
 */

/** A stored document as read: its value, or what could be recovered of it. */
export type Recovered<T> = { value: T; intact: boolean };

/** Which stored documents of a role or process failed their schema. */
export const DAMAGED_DOCUMENTS = ['details', 'graph', 'kpis'] as const;
export type DamagedDocument = (typeof DAMAGED_DOCUMENTS)[number];

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A role's sections; of a damaged document, every field that is still valid on its own. A
 * document from before issue 10 gets its 工作权限 clauses and 工作关系 read from its texts.
 */
export function recoverRoleDetails(json: string): Recovered<RoleDetails> {
  const read = recoverRoleDetailsAsStored(json);
  return { ...read, value: deriveStructures(read.value) };
}

function recoverRoleDetailsAsStored(json: string): Recovered<RoleDetails> {
  const parsed = parseJson(json);
  const whole = roleDetailsSchema.safeParse(parsed);
  if (whole.success) return { value: whole.data, intact: true };
  const value = emptyRoleDetails();
  if (isRecord(parsed)) {
    const fields = roleDetailsSchema.shape;
    for (const key of Object.keys(fields) as (keyof RoleDetails)[]) {
      const field = fields[key].safeParse(parsed[key]);
      if (field.success) (value as Record<string, unknown>)[key] = field.data;
    }
  }
  return { value, intact: false };
}

function validItems<T>(items: unknown, parse: (item: unknown) => T | undefined): T[] {
  if (!Array.isArray(items)) return [];
  return items.map(parse).filter((item): item is T => item !== undefined);
}

/**
 * A process graph; of a damaged document, the lanes, steps and connections that are still
 * valid and whose references hold (a step in a lost lane keeps no lane; a connection to a
 * lost step is dropped).
 */
export function recoverGraph(json: string): Recovered<ProcessGraph> {
  const parsed = parseJson(json);
  const whole = graphSchema.safeParse(parsed);
  if (whole.success) return { value: whole.data, intact: true };
  if (!isRecord(parsed)) return { value: emptyGraph(), intact: false };
  const lanes = validItems(parsed.lanes, (item) => laneSchema.safeParse(item).data);
  const laneIds = new Set(lanes.map((lane) => lane.id));
  const nodes = validItems(parsed.nodes, (item) => nodeSchema.safeParse(item).data).map((node) =>
    node.laneId === null || laneIds.has(node.laneId) ? node : { ...node, laneId: null },
  );
  const nodeIds = new Set(nodes.map((node) => node.id));
  const edges = validItems(parsed.edges, (item) => edgeSchema.safeParse(item).data).filter(
    (edge) => nodeIds.has(edge.source) && nodeIds.has(edge.target),
  );
  const phases = validItems(parsed.phases, (item) => phaseSchema.safeParse(item).data);
  const orientation = parsed.orientation === 'vertical' ? ('vertical' as const) : undefined;
  // The analysis inputs (volume, 时限, dismissals) are kept when they are valid on their own.
  const analysis = analysisDataSchema.safeParse(parsed.analysis).data;
  const salvaged = graphSchema.safeParse({
    ...(orientation ? { orientation } : {}),
    lanes,
    ...(phases.length ? { phases } : {}),
    nodes,
    edges,
    ...(analysis ? { analysis } : {}),
  });
  return { value: salvaged.success ? salvaged.data : emptyGraph(), intact: false };
}

/** A process's KPIs; of a damaged document, each measure that is still a valid text. */
export function recoverProcessKpis(json: string): Recovered<ProcessKpis> {
  const parsed = parseJson(json);
  const whole = processKpisSchema.safeParse(parsed);
  if (whole.success) return { value: whole.data, intact: true };
  const value = emptyProcessKpis();
  if (isRecord(parsed)) {
    for (const key of Object.keys(value) as (keyof ProcessKpis)[]) {
      const field = processKpisSchema.shape[key].safeParse(parsed[key]);
      if (field.success) value[key] = field.data;
    }
  }
  return { value, intact: false };
}
