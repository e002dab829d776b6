import type { DamagedDocument } from './documentRecovery';
import type { RoleDetails } from './roleDetails';

/**
 * Domain types shared by main and renderer. These are the shapes the app works with;
 * database row types stay private to the repositories in electron/db.
 */

/**
 * Optimistic concurrency. Every saved aggregate (role, process, competency, department) carries
 * `editVersion`: 0 when created, one more on every save, approval, rename. A write names the
 * `expectedVersion` it was based on and is refused with EDIT_CONFLICT when the stored one has
 * moved on (another window saved first), so a stale copy never overwrites newer work. It is not
 * the approval `version` (版本) of roles and processes, which counts approvals only.
 */
export type EditVersioned = { editVersion: number };

/** A department in the organisation tree; `parentId` null means a top-level department. */
export type Department = {
  id: number;
  /** Stable key (UUID): names the department outside this library; the id stays internal. */
  key: string;
  parentId: number | null;
  name: string;
  position: number;
  /** Edit version (see EditVersioned): a rename or delete names the one it was based on. */
  editVersion: number;
};

/** Duty category of the method: 管理与执行 (manage, execute) and 参与和协助 (participate, assist). */
export const DUTY_CATEGORIES = ['manage', 'execute', 'participate', 'assist'] as const;
export type DutyCategory = (typeof DUTY_CATEGORIES)[number];

/** 频次: how often a duty is performed. */
export const DUTY_FREQUENCIES = [
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'yearly',
  'asNeeded',
] as const;
export type DutyFrequency = (typeof DUTY_FREQUENCIES)[number];

/** Where a duty came from: typed by the user, or derived from a process activity. */
export const DUTY_SOURCES = ['typed', 'process'] as const;
export type DutySource = (typeof DUTY_SOURCES)[number];

/**
 * A duty's link to a process step that carries it out (一岗一流程, issue 10): the step's
 * process and stable node id, and the step's label when the link was made or last confirmed,
 * so a renamed step is noticed. Stored as rows of the library (`duty_steps`), written in the
 * role's save transaction.
 */
export type DutyStepLink = {
  processId: number;
  nodeId: string;
  /** The step's label when linked: differs from the current one once the step is renamed. */
  label: string;
};

/** Where a linked step stands now. */
export const STEP_LINK_STATES = ['ok', 'stepRenamed', 'stepDeleted'] as const;
export type StepLinkState = (typeof STEP_LINK_STATES)[number];

/** A link as read back: with what the library holds now of the step and its process. */
export type LinkedStep = DutyStepLink & {
  /** The process's name; null when the process was deleted. */
  processName: string | null;
  /** The step's label in the saved map; null when the step (or its process) is gone. */
  currentLabel: string | null;
  state: StepLinkState;
};

export type Duty = {
  id: number;
  text: string;
  category: DutyCategory | null;
  /** 权重 % — 0–100, at most one decimal place (see weights.ts). */
  weight: number | null;
  frequency: DutyFrequency | null;
  standard: string;
  kpi: string;
  source: DutySource;
  /** The process steps that carry the duty out (J2, J3, staffing, weights against time). */
  steps: LinkedStep[];
  /** Marked "not process work" (e.g. 团队建设): rule J3 does not ask for a backing process. */
  notProcessWork: boolean;
  /** Minutes per occurrence, for the workload of duties no process step carries (§d2). */
  minutesPerOccurrence: number | null;
  /** Occurrences a year for a duty done as needed (不定期); other frequencies imply theirs. */
  occurrencesPerYear: number | null;
  /** 协作对象: the roles the duty is done with (J4, drafted from the neighbouring lanes). */
  partnerRoleIds: number[];
};

/**
 * A duty as the editor sends it: new duties have no id yet, links name the step only, and the
 * fields added by issue 10 may be left out (an older caller keeps them as they are stored:
 * no links, process work, no minutes, no partners).
 */
export type DutyDraft = Omit<
  Duty,
  | 'id'
  | 'steps'
  | 'notProcessWork'
  | 'minutesPerOccurrence'
  | 'occurrencesPerYear'
  | 'partnerRoleIds'
> & {
  id?: number;
  steps?: DutyStepLink[];
  notProcessWork?: boolean;
  minutesPerOccurrence?: number | null;
  occurrencesPerYear?: number | null;
  partnerRoleIds?: number[];
};

export const ROLE_STATUSES = ['draft', 'approved'] as const;
export type RoleStatus = (typeof ROLE_STATUSES)[number];

/** Which document template a role is written in: Chinese 职位说明书 or English job description. */
export const ROLE_TEMPLATES = ['zh', 'en'] as const;
export type RoleTemplate = (typeof ROLE_TEMPLATES)[number];

/** The basic information (基本信息) of a position description. */
export type RoleBasics = {
  title: string;
  code: string;
  departmentId: number;
  /** 直接上级: another role in the library. */
  reportsToId: number | null;
  /** 岗位编制 / 定员: number of posts. */
  headcount: number | null;
  grade: string;
  purpose: string;
  template: RoleTemplate;
};

export type Role = RoleBasics & {
  id: number;
  /** Stable key (UUID): names the role outside this library (BPMN, a future shared library). */
  key: string;
  status: RoleStatus;
  /** 版本: 0 until first approved; each approval adds one. */
  version: number;
  /** Counts every write, for conflicts between windows (see EditVersioned); not 版本. */
  editVersion: number;
  duties: Duty[];
  /** The sections beyond basic information and duties. */
  details: RoleDetails;
  /** 能力素质 the role requires, with levels. */
  competencies: RoleCompetency[];
  createdAt: string;
  updatedAt: string;
  /**
   * Notes of changes made since the last approval on the user's behalf (a responsibility
   * change, a redesign applied): the approval's revision note starts from them. Absent: none.
   */
  pendingNotes?: PendingNote[];
  /**
   * Stored documents that failed their schema: the role shows what could be recovered,
   * read-only, until a repaired copy is saved (`role:repair`). Absent when all is well.
   */
  damaged?: DamagedDocument[];
};

/** A role as sent by the editor on save: the whole aggregate, duties in display order. */
export type RoleDraft = RoleBasics & {
  id: number;
  duties: DutyDraft[];
  details: RoleDetails;
  competencies: RoleCompetency[];
};

/** One approved version of a role (持续改进): what it was, and why it changed. */
export type RoleRevision = {
  version: number;
  note: string;
  createdAt: string;
  /** 批准人; '' for versions approved before RoleFlow asked. */
  approver: string;
  snapshot: Role;
};

/** A change recorded against a draft before it is approved (修订说明 waiting for approval). */
export type PendingNote = { note: string; createdAt: string };

/** A revision as listed in the history, without its snapshot. */
export type RevisionSummary = Omit<RoleRevision, 'snapshot'>;

/** One line of the role list. */
export type RoleSummary = {
  id: number;
  title: string;
  code: string;
  departmentId: number;
  reportsToId: number | null;
  status: RoleStatus;
  dutyCount: number;
  editVersion: number;
};

export const COMPETENCY_KINDS = ['knowledge', 'skill', 'ability', 'attitude'] as const;
export type CompetencyKind = (typeof COMPETENCY_KINDS)[number];

/** A proficiency level and its behavioural indicator in each language (either may be empty). */
export type CompetencyLevel = { level: number; indicatorZh: string; indicatorEn: string };

/** A dictionary entry; every text has a field per language, so a document prints only its own. */
export type Competency = {
  id: number;
  kind: CompetencyKind;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  levels: CompetencyLevel[];
  editVersion: number;
};

export type RoleCompetency = {
  competencyId: number;
  requiredLevel: number;
  importance: number;
};

/** A search hit: the role, and which text matched so the list can show why. */
export type SearchHit = {
  roleId: number;
  title: string;
  code: string;
  departmentId: number;
  status: RoleStatus;
  dutyCount: number;
  /** The duty text that matched, when the match was in a duty rather than the title or code. */
  matchedDuty: string | null;
};

/** What the renderer knows of the open library. It never sees the file's path. */
export type LibraryStatus =
  | { state: 'open'; name: string; schemaVersion: number; readOnly: LibraryReadOnlyReason | null }
  | {
      state: 'error';
      name: string;
      code: LibraryErrorCode;
      /** What the message in the interface language is filled with (`errors.<code>`). */
      params: Record<string, string | number>;
      /** English, for logs only; the renderer shows `errors.<code>` with `params`. */
      message: string;
    };

/**
 * Why an open library cannot be written: the file or its folder is read-only, or another
 * program holds the write lock. Such a library opens read-only, with the reason on screen.
 */
export const LIBRARY_READ_ONLY_REASONS = ['file', 'folder', 'locked'] as const;
export type LibraryReadOnlyReason = (typeof LIBRARY_READ_ONLY_REASONS)[number];

/** Why a library could not be opened; each has a message and the same ways out. */
export const LIBRARY_ERROR_CODES = [
  'LIBRARY_NOT_A_LIBRARY',
  'LIBRARY_DAMAGED',
  'LIBRARY_TOO_NEW',
  'LIBRARY_UNREADABLE',
  'LIBRARY_MISSING',
  'LIBRARY_BUSY',
  'LIBRARY_DISK_FULL',
  'LIBRARY_FOLDER_UNAVAILABLE',
  'LIBRARY_IO_ERROR',
  'LIBRARY_READ_ONLY',
  'LIBRARY_OPEN_FAILED',
  'LIBRARY_NOT_OPEN',
] as const;
export type LibraryErrorCode = (typeof LIBRARY_ERROR_CODES)[number];

/** The basic information of a role that has only just been named. */
export function newRoleBasics(departmentId: number, title: string): RoleBasics {
  return {
    title,
    code: '',
    departmentId,
    reportsToId: null,
    headcount: null,
    grade: '',
    purpose: '',
    template: 'zh',
  };
}

/** A typed duty with only its text filled in. */
export function newDuty(text = ''): DutyDraft {
  return {
    text,
    category: null,
    weight: null,
    frequency: null,
    standard: '',
    kpi: '',
    source: 'typed',
    steps: [],
    notProcessWork: false,
    minutesPerOccurrence: null,
    occurrencesPerYear: null,
    partnerRoleIds: [],
  };
}

/**
 * A duty of the editor's draft read as a saved duty, for the checks that run over drafts: its
 * links as the editor holds them (taken to be current), the fields it left out at their
 * defaults.
 */
export function draftAsDuty(draft: DutyDraft, id: number): Duty {
  return {
    ...draft,
    id,
    steps: (draft.steps ?? []).map((link) => ({
      ...link,
      processName: null,
      currentLabel: link.label,
      state: 'ok' as const,
    })),
    notProcessWork: draft.notProcessWork ?? false,
    minutesPerOccurrence: draft.minutesPerOccurrence ?? null,
    occurrencesPerYear: draft.occurrencesPerYear ?? null,
    partnerRoleIds: draft.partnerRoleIds ?? [],
  };
}

/** The basic information (RoleBasics) of a saved role or a draft, without the rest. */
export function basicsOf(role: RoleBasics): RoleBasics {
  return {
    title: role.title,
    code: role.code,
    departmentId: role.departmentId,
    reportsToId: role.reportsToId,
    headcount: role.headcount,
    grade: role.grade,
    purpose: role.purpose,
    template: role.template,
  };
}

/**
 * A saved duty as a save takes it: its links name their step only (what a read adds — the
 * step's state and process name — stays behind). `keepId` false writes it as a new duty (on
 * another role, after a move or a merge).
 */
export function dutyDraftOf(duty: Duty, keepId = true): DutyDraft {
  const { id, steps, ...rest } = duty;
  const links = steps.map(({ processId, nodeId, label }) => ({ processId, nodeId, label }));
  return keepId ? { ...rest, id, steps: links } : { ...rest, steps: links };
}
