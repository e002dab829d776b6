import type { Services } from '../../electron/ipc/handlers';
import type { DutyDraft, RoleDraft } from '../../shared/domain';
import { zhDuty } from './generateLibrary';
import type { Random } from './prng';
import { roleDetails } from './roleDetails';
import { timeSync, type Series } from './stats';

const DUTIES_PER_ROLE = 12;

function typedDuty(text: string): DutyDraft {
  return {
    text,
    category: 'execute',
    weight: 10,
    frequency: 'monthly',
    standard: '',
    kpi: '',
    source: 'typed',
  };
}

/**
 * Saves one role with 12 duties through RoleService.save, as the editor does on every save:
 * the whole aggregate, one duty's text changed each time. The role reports to an existing
 * role, so the manager-loop check runs too, and has its sections filled in like the rest. Drafts are built before timing starts.
 */
export function benchSave(
  services: Services,
  random: Random,
  warmUp: number,
  count: number,
): Series {
  const department = services.departments.list()[0];
  if (!department) throw new Error('the generated library has no department');
  const manager = services.roles.list(department.id)[0];
  const created = services.roles.create(department.id, '薪酬绩效经理');
  // The draft is the created role minus what only the server sets, so it carries whatever
  // else a role holds (sections, competencies) exactly as the editor would send it back.
  const { status: _s, version: _v, editVersion, createdAt: _c, updatedAt: _u, ...fresh } = created;
  const first = services.roles.save(
    {
      ...fresh,
      code: 'HR-9000',
      reportsToId: manager?.id ?? null,
      headcount: 2,
      grade: 'M3',
      purpose: zhDuty(random),
      details: roleDetails(random, true, () => zhDuty(random)),
      duties: Array.from({ length: DUTIES_PER_ROLE }, () => typedDuty(zhDuty(random))),
    },
    editVersion,
  );
  const {
    duties,
    status: _s2,
    version: _v2,
    editVersion: firstVersion,
    createdAt: _c2,
    updatedAt: _u2,
    ...basics
  } = first;
  // Each save is based on the one before it, as in an editor that keeps saving.
  let expectedVersion = firstVersion;
  const drafts = Array.from({ length: warmUp + count }, (_, i): RoleDraft => {
    const edited = i % DUTIES_PER_ROLE;
    return {
      ...basics,
      duties: duties.map((duty, n) =>
        n === edited ? { ...duty, text: `${zhDuty(random)}（${i}）` } : duty,
      ),
    };
  });
  return timeSync(
    'save role, 12 duties',
    drafts.slice(0, warmUp),
    drafts.slice(warmUp),
    (draft) => {
      expectedVersion = services.roles.save(draft, expectedVersion).editVersion;
    },
    (draft) => String(draft.id),
  );
}
