import { z } from 'zod';
import {
  BRANCH_OUTCOMES,
  GATEWAY_TYPES,
  NODE_KINDS,
  ORIENTATIONS,
  PROCESS_CLASSES,
  RACI,
  SIDES,
  VALUE_CLASSES,
} from './process';

/*
 * zod schemas of the process document: the IPC contract validates the editor's graph with
 * them, and the repository reads stored documents through them, so a damaged or older
 * document never reaches the editor in a shape it cannot draw.
 */

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const elementId = z.string().min(1).max(200);
const coordinate = z.number().finite().min(-1e6).max(1e6);
const minutes = z.number().finite().min(0).max(1e7).nullable();
const money = z.number().finite().min(0).max(1e12).nullable();
const percent = z.number().finite().min(0).max(100).nullable();

export const activityDetailsSchema = z.strictObject({
  raci: z.array(z.strictObject({ roleId: id, letter: z.enum(RACI) })).max(50),
  workMinutes: minutes,
  waitMinutes: minutes,
  valueClass: z.enum(VALUE_CLASSES).nullable(),
  isApproval: z.boolean(),
  isInspection: z.boolean(),
  isHandOff: z.boolean(),
  inputs: z.string().max(4000),
  outputs: z.string().max(4000),
  formsAndSystems: z.string().max(4000),
  instruction: z.string().max(20000),
  waitDays: z.number().finite().min(0).max(100000).nullable().optional(),
  fixedCost: money.optional(),
  firstPassYield: percent.optional(),
  isRepetitive: z.boolean().optional(),
  timeLimitDays: z.number().finite().min(0).max(100000).nullable().optional(),
  timeLimitMinutes: minutes.optional(),
});

export const laneSchema = z.strictObject({
  id: elementId,
  name: z.string().max(200),
  owner: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('role'), roleId: id }),
    z.strictObject({ kind: z.literal('department'), departmentId: id }),
    z.strictObject({ kind: z.literal('none') }),
  ]),
  size: z.number().finite().min(20).max(1e5),
});

export const nodeSchema = z.strictObject({
  id: elementId,
  kind: z.enum(NODE_KINDS),
  label: z.string().max(2000),
  laneId: elementId.nullable(),
  x: coordinate,
  y: coordinate,
  width: z.number().finite().min(1).max(1e5),
  height: z.number().finite().min(1).max(1e5),
  activity: activityDetailsSchema.optional(),
  linkedProcessId: id.nullable().optional(),
  stepNumber: z.number().int().min(0).max(999999).nullable().optional(),
  phaseId: elementId.nullable().optional(),
  jointLaneId: elementId.nullable().optional(),
  gateway: z.enum(GATEWAY_TYPES).optional(),
});

const point = z.strictObject({ x: coordinate, y: coordinate });

export const phaseSchema = z.strictObject({
  id: elementId,
  name: z.string().max(200),
  size: z.number().finite().min(20).max(1e5),
});

export const edgeSchema = z.strictObject({
  id: elementId,
  source: elementId,
  target: elementId,
  label: z.string().max(500),
  sourceSide: z.enum(SIDES).nullable().optional(),
  targetSide: z.enum(SIDES).nullable().optional(),
  waypoints: z.array(point).max(200).optional(),
  labelAt: point.nullable().optional(),
  probability: percent.optional(),
  outcome: z.enum(BRANCH_OUTCOMES).nullable().optional(),
});

export const analysisDataSchema = z.strictObject({
  annualVolume: z.number().finite().min(0).max(1e9).nullable().optional(),
  timeLimitDays: z.number().finite().min(0).max(100000).nullable().optional(),
  timeLimitMinutes: minutes.optional(),
  variantOfId: id.nullable().optional(),
  dismissed: z
    .array(
      z.strictObject({
        key: z.string().min(1).max(2000),
        reason: z.string().max(2000),
        at: z.string().max(40),
      }),
    )
    .max(2000)
    .optional(),
});

export const graphSchema = z.strictObject({
  orientation: z.enum(ORIENTATIONS).optional(),
  lanes: z.array(laneSchema).max(100),
  phases: z.array(phaseSchema).max(50).optional(),
  nodes: z.array(nodeSchema).max(10000),
  edges: z.array(edgeSchema).max(20000),
  analysis: analysisDataSchema.optional(),
});

export const processKpisSchema = z.strictObject({
  cost: z.string().max(500),
  timeLimit: z.string().max(500),
  accuracy: z.string().max(500),
  satisfaction: z.string().max(500),
});

export const processBasicsShape = {
  code: z.string().max(64),
  name: z.string().trim().min(1).max(200),
  processClass: z.enum(PROCESS_CLASSES).nullable(),
  ownerRoleId: id.nullable(),
  departmentId: id.nullable(),
  purpose: z.string().max(4000),
  trigger: z.string().max(2000),
  output: z.string().max(2000),
  kpis: processKpisSchema,
};
