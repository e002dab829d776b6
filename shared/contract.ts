import { z } from 'zod';
import {
  bpmnCommitSchema,
  bpmnImportedSchema,
  bpmnImportFileSchema,
  bpmnPreviewSchema,
} from './bpmnImport';
import {
  COMPETENCY_KINDS,
  DUTY_CATEGORIES,
  DUTY_FREQUENCIES,
  DUTY_SOURCES,
  STEP_LINK_STATES,
  LIBRARY_ERROR_CODES,
  LIBRARY_READ_ONLY_REASONS,
  ROLE_STATUSES,
  ROLE_TEMPLATES,
} from './domain';
import { changeChannels } from './contract/changeChannels';
import { libraryCheckChannels } from './contract/checkChannels';
import { linkChannels } from './contract/linkChannels';
import { roleBasics, roleCompetency, roleDraft } from './contract/roleDraft';
import { documentSettingsChannels } from './contract/documentSettingsChannels';
import { organisationChannels } from './contract/organisationChannels';
import { sheetChannels } from './contract/sheetChannels';
import { importChannels } from './contract/importChannels';
import { processDocChannels } from './contract/processDocChannels';
import { inspectionChannels } from './contract/inspectionChannels';
import { DAMAGED_DOCUMENTS } from './documentRecovery';
import { analysisSettingsSchema } from './analysis/settings';
import { LOCALES } from './i18n/locales';
import { PROCESS_CLASSES, RACI } from './process';
import { graphSchema, processBasicsShape } from './processSchema';
import { SAVE_NOTICE_CODES } from './references';
import { roleDetailsSchema } from './roleDetails';
import { RULE_IDS } from './rules/positionChecks';
import { dutyWeightSchema as weight } from './weights';

/*
 * The IPC contract: every channel the renderer may call, with the schema of its request
 * and of its answer. The preload's allow-list, main's validation, the browser host's
 * routes and the renderer's typed client are all derived from this one object.
 *
 * Requests are strict objects: an unknown key (including `__proto__` or `constructor`
 * smuggled in as an own property) is refused, not ignored.
 */

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const name = z.string().trim().min(1).max(200);
const empty = z.strictObject({});
/** The edit version a write was based on (see EditVersioned in domain.ts). */
const editVersion = z.number().int().min(0);
const expected = { expectedVersion: editVersion };

/** A stable key (UUID) of a department, role or process: its name outside this library. */
const key = z.string().min(1).max(64);

const department = z.strictObject({
  id,
  key,
  parentId: id.nullable(),
  name: z.string(),
  position: z.number().int(),
  editVersion,
});

const duty = z.strictObject({
  id,
  text: z.string(),
  category: z.enum(DUTY_CATEGORIES).nullable(),
  weight,
  frequency: z.enum(DUTY_FREQUENCIES).nullable(),
  standard: z.string(),
  kpi: z.string(),
  source: z.enum(DUTY_SOURCES),
  steps: z.array(
    z.strictObject({
      processId: id,
      nodeId: z.string(),
      label: z.string(),
      processName: z.string().nullable(),
      currentLabel: z.string().nullable(),
      state: z.enum(STEP_LINK_STATES),
    }),
  ),
  notProcessWork: z.boolean(),
  minutesPerOccurrence: z.number().nullable(),
  occurrencesPerYear: z.number().nullable(),
  partnerRoleIds: z.array(id),
});

const competencyLevel = z.strictObject({
  level: z.number().int().min(1).max(9),
  indicatorZh: z.string().max(1000),
  indicatorEn: z.string().max(1000),
});

const competencyInput = {
  kind: z.enum(COMPETENCY_KINDS),
  nameZh: z.string().trim().max(200),
  nameEn: z.string().trim().max(200),
  descriptionZh: z.string().max(2000),
  descriptionEn: z.string().max(2000),
  levels: z.array(competencyLevel).max(9),
};

const competency = z.strictObject({ id, ...competencyInput, editVersion });

const revisionSummary = z.strictObject({
  version: z.number().int().min(1),
  note: z.string(),
  createdAt: z.string(),
  /** 批准人; '' for versions approved before RoleFlow asked (and for processes). */
  approver: z.string(),
});

const finding = z.strictObject({
  roleId: z.number().int(),
  rule: z.enum(RULE_IDS),
  severity: z.enum(['error', 'warning']),
  target: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('field'), field: z.string() }),
    z.strictObject({
      kind: z.literal('duty'),
      index: z.number().int().min(0),
      field: z.enum(['text', 'frequency', 'standard', 'weight']),
    }),
    z.strictObject({ kind: z.literal('duties') }),
    z.strictObject({ kind: z.literal('competencies') }),
  ]),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

const processRecord = z.strictObject({
  id,
  key,
  ...processBasicsShape,
  name: z.string(),
  status: z.enum(ROLE_STATUSES),
  version: z.number().int().min(0),
  editVersion,
  graph: graphSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  pendingNotes: z.array(z.strictObject({ note: z.string(), createdAt: z.string() })).optional(),
  damaged: z.array(z.enum(DAMAGED_DOCUMENTS)).optional(),
});

const saveNotice = z.strictObject({
  code: z.enum(SAVE_NOTICE_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

const usageChoice = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('reassign'), targetId: id }),
  z.strictObject({ mode: z.literal('unbind') }),
]);

const roleUsage = z.strictObject({
  processes: z.array(
    z.strictObject({
      processId: id,
      processName: z.string(),
      lanes: z.number().int().min(0),
      raci: z.number().int().min(0),
      owner: z.boolean(),
    }),
  ),
  reports: z.array(z.strictObject({ roleId: id, title: z.string() })),
});

const departmentUsage = z.strictObject({
  processes: z.array(
    z.strictObject({
      processId: id,
      processName: z.string(),
      lanes: z.number().int().min(0),
      department: z.boolean(),
    }),
  ),
  roles: z.array(z.strictObject({ roleId: id, title: z.string() })),
  children: z.array(z.strictObject({ departmentId: id, name: z.string() })),
});

const processSummary = z.strictObject({
  id,
  key: z.uuid(),
  code: z.string(),
  name: z.string(),
  processClass: z.enum(PROCESS_CLASSES).nullable(),
  ownerRoleId: id.nullable(),
  departmentId: id.nullable(),
  status: z.enum(ROLE_STATUSES),
  version: z.number().int().min(0),
  editVersion,
  stepCount: z.number().int().min(0),
  variantOfId: id.nullable(),
});

/** A saved file's name; `data` (base64) when the host hands the bytes to the page instead. */
const exportResult = z.strictObject({ fileName: z.string(), data: z.string().nullable() });

/** How a map's picture is laid onto paper (shared/picture/tiling.ts). */
const pictureOptions = z.strictObject({
  mode: z.enum(['fit', 'tiled']),
  paper: z.enum(['A4', 'A3']),
  pageOrientation: z.enum(['portrait', 'landscape']),
});

const role = z.strictObject({
  ...roleBasics,
  title: z.string(),
  id,
  key,
  status: z.enum(ROLE_STATUSES),
  version: z.number().int().min(0),
  editVersion,
  duties: z.array(duty),
  details: roleDetailsSchema,
  competencies: z.array(roleCompetency),
  createdAt: z.string(),
  updatedAt: z.string(),
  pendingNotes: z.array(z.strictObject({ note: z.string(), createdAt: z.string() })).optional(),
  damaged: z.array(z.enum(DAMAGED_DOCUMENTS)).optional(),
});

const roleSummary = z.strictObject({
  id,
  title: z.string(),
  code: z.string(),
  departmentId: id,
  reportsToId: id.nullable(),
  status: z.enum(ROLE_STATUSES),
  dutyCount: z.number().int().min(0),
  editVersion,
});

const searchHit = z.strictObject({
  roleId: id,
  title: z.string(),
  code: z.string(),
  departmentId: id,
  status: z.enum(ROLE_STATUSES),
  dutyCount: z.number().int().min(0),
  matchedDuty: z.string().nullable(),
});

const libraryStatus = z.discriminatedUnion('state', [
  z.strictObject({
    state: z.literal('open'),
    name: z.string(),
    schemaVersion: z.number().int(),
    readOnly: z.enum(LIBRARY_READ_ONLY_REASONS).nullable(),
  }),
  z.strictObject({
    state: z.literal('error'),
    name: z.string(),
    code: z.enum(LIBRARY_ERROR_CODES),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    message: z.string(),
  }),
]);

const librarySettings = z.strictObject({ defaultTemplate: z.enum(ROLE_TEMPLATES) });

/** What the process analysis needs of the library (shared/analysis/types.ts AnalysisLibrary). */
const analysisLibrary = z.strictObject({
  roles: z.array(
    z.strictObject({
      id,
      title: z.string(),
      departmentId: id.nullable(),
      hourlyRate: z.number().finite().min(0).nullable(),
    }),
  ),
  departments: z.array(z.strictObject({ id, name: z.string() })),
  settings: analysisSettingsSchema,
});

/** Channel name → request and response schema. Channels are named `domain:verb`. */
export const contract = {
  'app:setLocale': {
    request: z.strictObject({ locale: z.enum(LOCALES) }),
    response: z.strictObject({ locale: z.enum(LOCALES) }),
  },
  ...linkChannels,
  ...libraryCheckChannels,
  ...organisationChannels,
  ...importChannels,
  ...changeChannels,
  ...documentSettingsChannels,
  ...sheetChannels,
  ...processDocChannels,
  ...inspectionChannels,
  /** Quits the desktop app (the library error screen's way out); the browser host cannot. */
  'app:quit': { request: empty, response: empty },

  'library:status': { request: empty, response: libraryStatus },
  'library:create': { request: empty, response: libraryStatus },
  'library:open': { request: empty, response: libraryStatus },
  /** Opens again the library that failed to open, or that opened read-only. */
  'library:retry': { request: empty, response: libraryStatus },
  'library:createSample': { request: empty, response: libraryStatus },
  'library:settings': { request: empty, response: librarySettings },
  'library:setSettings': { request: librarySettings, response: librarySettings },

  /** Roles with their cost rates, departments and the analysis settings, for one analysis. */
  'analysis:library': { request: empty, response: analysisLibrary },
  'analysis:setSettings': { request: analysisSettingsSchema, response: analysisSettingsSchema },

  'department:list': { request: empty, response: z.array(department) },
  'department:create': {
    request: z.strictObject({ name, parentId: id.nullable() }),
    response: department,
  },
  'department:rename': {
    request: z.strictObject({ id, name, ...expected }),
    response: department,
  },
  'department:usage': { request: z.strictObject({ id }), response: departmentUsage },
  // A department in use needs `onUsage`: hand its uses to another department, or unbind them.
  'department:delete': {
    request: z.strictObject({ id, onUsage: usageChoice.optional(), ...expected }),
    response: z.strictObject({ id }),
  },

  'role:list': {
    request: z.strictObject({ departmentId: id.nullable() }),
    response: z.array(roleSummary),
  },
  'role:get': { request: z.strictObject({ id }), response: role },
  'role:create': { request: z.strictObject({ departmentId: id, title: name }), response: role },
  'role:save': { request: roleDraft.extend(expected), response: role },
  /** Keeps the editor's copy as a new draft role (after a conflict), created in one step. */
  'role:saveCopy': { request: roleDraft.omit({ id: true }), response: role },
  /** Keeps the damaged stored bytes, then saves what could be recovered as the role. */
  'role:repair': { request: z.strictObject({ id }), response: role },
  'role:approve': {
    request: z.strictObject({
      id,
      note: z.string().max(2000),
      /** 批准人: printed on every document of this version (issue 11). */
      approver: z.string().trim().min(1).max(100),
      ...expected,
    }),
    response: role,
  },
  'role:history': { request: z.strictObject({ id }), response: z.array(revisionSummary) },
  'role:revision': {
    request: z.strictObject({ id, version: z.number().int().min(1) }),
    response: z.strictObject({ ...revisionSummary.shape, snapshot: role }),
  },

  'process:list': {
    request: z.strictObject({
      processClass: z.enum(PROCESS_CLASSES).nullable(),
      departmentId: id.nullable(),
    }),
    response: z.array(processSummary),
  },
  'process:get': { request: z.strictObject({ id }), response: processRecord },
  'process:create': {
    request: z.strictObject({ name: processBasicsShape.name, departmentId: id.nullable() }),
    response: processRecord,
  },
  'process:save': {
    request: z.strictObject({ id, ...processBasicsShape, graph: graphSchema, ...expected }),
    // What the save unbound because it referred to roles or departments that no longer exist.
    response: processRecord.extend({ notices: z.array(saveNotice) }),
  },
  /** Keeps the editor's copy as a new draft process (after a conflict), created in one step. */
  'process:saveCopy': {
    request: z.strictObject({ ...processBasicsShape, graph: graphSchema }),
    response: processRecord,
  },
  'process:repair': { request: z.strictObject({ id }), response: processRecord },
  'process:approve': {
    request: z.strictObject({ id, note: z.string().max(2000), ...expected }),
    response: processRecord,
  },
  'process:history': { request: z.strictObject({ id }), response: z.array(revisionSummary) },
  /** One approved version's map, to open read-only and to compare (shared/processDiff.ts). */
  'process:revision': {
    request: z.strictObject({ id, version: z.number().int().min(1) }),
    response: z.strictObject({ ...revisionSummary.shape, name: z.string(), graph: graphSchema }),
  },
  'process:delete': {
    request: z.strictObject({ id, ...expected }),
    response: z.strictObject({ id }),
  },
  // BPMN import in two steps (shared/bpmnImport.ts): what the file holds, then store it.
  'process:previewBpmn': { request: bpmnImportFileSchema, response: bpmnPreviewSchema },
  'process:importBpmn': { request: bpmnCommitSchema, response: bpmnImportedSchema },
  'process:exportBpmn': { request: z.strictObject({ id }), response: exportResult },
  'role:activities': {
    request: z.strictObject({ id }),
    response: z.array(
      z.strictObject({
        processId: id,
        processName: z.string(),
        nodeId: z.string(),
        label: z.string(),
        raci: z.enum(RACI).nullable(),
      }),
    ),
  },

  'checks:draft': { request: z.strictObject({ draft: roleDraft }), response: z.array(finding) },
  'checks:library': {
    request: empty,
    response: z.strictObject({ findings: z.array(finding), roles: z.array(roleSummary) }),
  },

  /** One description: the current draft (version null) or one of the role's approved versions. */
  'export:roleDocx': {
    request: z.strictObject({ id, version: z.number().int().min(1).nullable() }),
    response: exportResult,
  },
  /** A handbook of approved versions (roles without one are listed) or of the latest drafts. */
  'export:startHandbook': {
    request: z.strictObject({
      departmentId: id.nullable(),
      versions: z.enum(['approved', 'latest']),
      template: z.enum(['own', 'zh', 'en']),
    }),
    response: z.strictObject({ jobId: z.uuid() }),
  },
  'export:job': {
    request: z.strictObject({ jobId: z.uuid() }),
    response: z.strictObject({
      state: z.enum(['running', 'done', 'failed', 'cancelled']),
      done: z.number().int().min(0),
      total: z.number().int().min(0),
      fileName: z.string(),
      data: z.string().nullable(),
      error: z.string().nullable(),
      leftOut: z.array(z.strictObject({ id, title: z.string() })),
    }),
  },
  /** A picture of a map (PDF, or SVG pages) drawn from the editor's graph, unsaved edits included. */
  'export:processPicture': {
    request: z.strictObject({
      format: z.enum(['pdf', 'svg']),
      options: pictureOptions,
      graph: graphSchema,
      info: z.strictObject({
        name: z.string().max(200),
        code: z.string().max(64),
        version: z.string().max(32),
      }),
      locale: z.enum(LOCALES),
    }),
    response: exportResult,
  },
  'export:cancel': {
    request: z.strictObject({ jobId: z.uuid() }),
    response: z.strictObject({ jobId: z.uuid() }),
  },

  'competency:list': { request: empty, response: z.array(competency) },
  'competency:create': {
    request: z.strictObject({
      ...competencyInput,
      nameZh: competencyInput.nameZh.min(1),
    }),
    response: competency,
  },
  'competency:update': {
    request: z.strictObject({
      id,
      ...competencyInput,
      nameZh: competencyInput.nameZh.min(1),
      ...expected,
    }),
    response: competency,
  },
  'competency:usage': {
    request: z.strictObject({ id }),
    response: z.array(
      z.strictObject({ roleId: id, title: z.string(), requiredLevel: z.number().int() }),
    ),
  },
  'role:usage': { request: z.strictObject({ id }), response: roleUsage },
  // A role in use needs `onUsage`: hand its uses to another role, or unbind them.
  'role:delete': {
    request: z.strictObject({ id, onUsage: usageChoice.optional(), ...expected }),
    response: z.strictObject({ id }),
  },

  'search:query': {
    request: z.strictObject({
      text: z.string().max(500),
      limit: z.number().int().min(1).max(500).optional(),
    }),
    response: z.array(searchHit),
  },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.infer<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.infer<Contract[C]['response']>;

/** Every channel name, for allow-lists. */
export const CHANNELS = Object.keys(contract) as Channel[];

/** Type guard for a channel name arriving from outside (IPC, HTTP). */
export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}

/** Events main pushes to the renderer (menu actions, library switched). */
export const EVENTS = ['library:changed', 'menu:newRole', 'menu:find'] as const;
export type AppEvent = (typeof EVENTS)[number];
