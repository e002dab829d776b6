import type { AlignmentProcess } from '../alignment/library';
import type { Competency, Role } from '../domain';
import { AppError } from '../errors';
import type { ResponsibilityChange } from './change';
import type { MapEdit } from './graphs';

/*
 * The plan of a responsibility change: every description and map it rewrites, as they will
 * be written. The impact preview is read from the plan and apply writes the plan, so the
 * preview lists exactly what apply touches (issue 10, "impact previews list exactly what the
 * applied change touches").
 */

/** The id a role created by the change has in the preview (apply gives it a real one). */
export const NEW_ROLE_ID = 0;

export const ROLE_ITEM_CODES = [
  'created',
  'deleted',
  'renamed',
  'dutyAdded',
  'dutyRemoved',
  'relationsRepointed',
  'partnersRepointed',
  'managerChanged',
  'stepsLost',
  'stepUncovered',
  'stepsGiven',
  'stepsGained',
  'competencyEdited',
] as const;
export type RoleItemCode = (typeof ROLE_ITEM_CODES)[number];
export type ItemParams = Record<string, string | number>;
export type RoleItem = { code: RoleItemCode; params: ItemParams };

export type RoleEdit = {
  roleId: number;
  /** Null: created by the change. */
  before: Role | null;
  /** Null: deleted by the change. */
  after: Role | null;
  items: RoleItem[];
};

export type ProcessEdit = { process: AlignmentProcess; edit: MapEdit };

export const LINK_EFFECTS = ['moved', 'unbound', 'stepsLost'] as const;
export type LinkEffect = (typeof LINK_EFFECTS)[number];
export type LinkEdit = {
  effect: LinkEffect;
  duty: string;
  processId: number;
  nodeId: string;
  step: string;
  fromRoleId: number;
  toRoleId: number | null;
};

export type ChangePlan = {
  change: ResponsibilityChange;
  roles: RoleEdit[];
  processes: ProcessEdit[];
  links: LinkEdit[];
  /** The competency as it will be written (editCompetency). */
  competency: Competency | null;
  /** What the revision notes say (alignment.changes.notes.<kind> with these params). */
  note: ItemParams;
};

export type PlanContext = {
  /** The competency dictionary (editCompetency only). */
  competencies: readonly Competency[];
  /** The id of a role the change creates: NEW_ROLE_ID in the preview, the real one in apply. */
  newRoleId: number;
};

/** The library's roles by id, or NOT_FOUND for one that does not exist. */
export function requireRole(roles: ReadonlyMap<number, Role>, id: number): Role {
  const role = roles.get(id);
  if (!role) throw new AppError('NOT_FOUND', `Role ${id} does not exist.`, { what: 'role' });
  return role;
}
