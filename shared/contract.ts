import { z } from 'zod';
import {
  DUTY_CATEGORIES,
  DUTY_FREQUENCIES,
  DUTY_SOURCES,
  LIBRARY_ERROR_CODES,
  ROLE_STATUSES,
  ROLE_TEMPLATES,
} from './domain';
import { LOCALES } from './i18n/locales';

/*
 * The IPC contract: every channel the renderer may call, with the schema of its request
 * and of its answer. The preload's allow-list, main's validation, the browser host's
 * routes and the renderer's typed client are all derived from this one object.
 *
 * Requests are strict objects: an unknown key (including `__proto__` or `constructor`
 * smuggled in as an own property) is refused, not ignored.
 */

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const shortText = (max: number) => z.string().max(max);
const name = z.string().trim().min(1).max(200);
const empty = z.strictObject({});

const department = z.strictObject({
  id,
  parentId: id.nullable(),
  name: z.string(),
  position: z.number().int(),
});

const duty = z.strictObject({
  id,
  text: z.string(),
  category: z.enum(DUTY_CATEGORIES).nullable(),
  weight: z.number().int().min(0).max(100).nullable(),
  frequency: z.enum(DUTY_FREQUENCIES).nullable(),
  standard: z.string(),
  kpi: z.string(),
  source: z.enum(DUTY_SOURCES),
});

const dutyDraft = z.strictObject({
  id: id.optional(),
  text: shortText(2000),
  category: z.enum(DUTY_CATEGORIES).nullable(),
  weight: z.number().int().min(0).max(100).nullable(),
  frequency: z.enum(DUTY_FREQUENCIES).nullable(),
  standard: shortText(2000),
  kpi: shortText(1000),
  source: z.enum(DUTY_SOURCES),
});

const roleBasics = {
  title: name,
  code: shortText(64),
  departmentId: id,
  reportsToId: id.nullable(),
  headcount: z.number().int().min(0).max(100000).nullable(),
  grade: shortText(64),
  purpose: shortText(4000),
  template: z.enum(ROLE_TEMPLATES),
};

const role = z.strictObject({
  ...roleBasics,
  title: z.string(),
  id,
  status: z.enum(ROLE_STATUSES),
  version: z.number().int().min(0),
  duties: z.array(duty),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const roleSummary = z.strictObject({
  id,
  title: z.string(),
  code: z.string(),
  departmentId: id,
  status: z.enum(ROLE_STATUSES),
  dutyCount: z.number().int().min(0),
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
  z.strictObject({ state: z.literal('open'), name: z.string(), schemaVersion: z.number().int() }),
  z.strictObject({
    state: z.literal('error'),
    name: z.string(),
    code: z.enum(LIBRARY_ERROR_CODES),
    message: z.string(),
  }),
]);

/** Channel name → request and response schema. Channels are named `domain:verb`. */
export const contract = {
  'app:setLocale': {
    request: z.strictObject({ locale: z.enum(LOCALES) }),
    response: z.strictObject({ locale: z.enum(LOCALES) }),
  },

  'library:status': { request: empty, response: libraryStatus },
  'library:create': { request: empty, response: libraryStatus },
  'library:open': { request: empty, response: libraryStatus },

  'department:list': { request: empty, response: z.array(department) },
  'department:create': {
    request: z.strictObject({ name, parentId: id.nullable() }),
    response: department,
  },
  'department:rename': { request: z.strictObject({ id, name }), response: department },
  'department:delete': { request: z.strictObject({ id }), response: z.strictObject({ id }) },

  'role:list': {
    request: z.strictObject({ departmentId: id.nullable() }),
    response: z.array(roleSummary),
  },
  'role:get': { request: z.strictObject({ id }), response: role },
  'role:create': { request: z.strictObject({ departmentId: id, title: name }), response: role },
  'role:save': {
    request: z.strictObject({ ...roleBasics, id, duties: z.array(dutyDraft).max(200) }),
    response: role,
  },
  'role:delete': { request: z.strictObject({ id }), response: z.strictObject({ id }) },

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
