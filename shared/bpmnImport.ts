import { z } from 'zod';

/*
 * BPMN import in two steps, so nothing is created behind the user's back: `preview` reads the
 * file and answers what it holds, its problems and, for each lane name, a proposed owner;
 * `commit` stores it with the owners the user chose. Problems and refusals are codes with
 * params, rendered by the renderer in the interface language (shared/i18n/bpmn.ts).
 */

/** What an import tells the user about a file it accepts (one entry per problem). */
export const BPMN_PROBLEM_CODES = [
  'duplicateId',
  'illegalId',
  'unknownElement',
  'unreadableElement',
  'unknownAttribute',
  'unresolvedReference',
  'parserNote',
  'hiddenElements',
  'insideSubProcesses',
  'laidOut',
  'poolsGrouped',
  'raciForeignId',
  'raciUnmatched',
  // A connector of the file that breaks a connection rule (shared/connectionRules.ts): it is
  // kept and shown, and listed here with its ends, so the user can mend it.
  'flowSelfLoop',
  'flowIntoStart',
  'flowOutOfEnd',
  'flowBetweenNotes',
  'flowDuplicate',
  'moreProblems',
] as const;
export type BpmnProblemCode = (typeof BPMN_PROBLEM_CODES)[number];

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const params = z.record(z.string(), z.union([z.string(), z.number()]));

export const bpmnProblemSchema = z.strictObject({
  code: z.enum(BPMN_PROBLEM_CODES),
  params,
  /** Line in the file (from 1) where the problem is, when known. */
  line: z.number().int().positive().nullable(),
});
/** One problem of an imported file, rendered as `bpmnProblems.<code>` with its params. */
export type BpmnProblem = z.infer<typeof bpmnProblemSchema>;

/**
 * Who a lane belongs to after import: an existing role or department, a role made for it
 * (only when the user chose so), or nobody (the lane keeps its name).
 */
export const laneChoiceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('role'), roleId: id }),
  z.strictObject({ kind: z.literal('department'), departmentId: id }),
  z.strictObject({ kind: z.literal('newRole') }),
  z.strictObject({ kind: z.literal('none') }),
]);
export type LaneChoice = z.infer<typeof laneChoiceSchema>;

/** The lanes of a file that share a name are matched once (the name, trimmed, is the key). */
export const bpmnLaneGroupSchema = z.strictObject({
  name: z.string().max(200),
  /** How many lanes of the file have this name. */
  count: z.number().int().nonnegative(),
  proposal: laneChoiceSchema,
});
export type BpmnLaneGroup = z.infer<typeof bpmnLaneGroupSchema>;

export const bpmnImportFileSchema = z.strictObject({
  // The file's bytes, base64: the renderer reads the file the user picked.
  data: z.base64().max(28_000_000),
  /** The picked file's name: processes of a file with several pools are named after it. */
  fileName: z.string().max(260),
});

export const bpmnPreviewSchema = z.strictObject({
  processes: z.array(
    z.strictObject({ name: z.string(), lanes: z.number().int(), steps: z.number().int() }),
  ),
  lanes: z.array(bpmnLaneGroupSchema),
  problems: z.array(bpmnProblemSchema),
});
export type BpmnImportPreview = z.infer<typeof bpmnPreviewSchema>;

export const bpmnCommitSchema = bpmnImportFileSchema.extend({
  lanes: z.array(z.strictObject({ name: z.string().max(200), choice: laneChoiceSchema })).max(5000),
});
export type BpmnImportCommit = z.infer<typeof bpmnCommitSchema>;

export const bpmnImportedSchema = z.strictObject({
  processIds: z.array(id),
  problems: z.array(bpmnProblemSchema),
});
export type BpmnImportSummary = z.infer<typeof bpmnImportedSchema>;

/** The key lanes are grouped and matched by: their name without surrounding white space. */
export function laneKey(name: string): string {
  return name.trim();
}
