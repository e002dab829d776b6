import {
  newDuty,
  type DutyDraft,
  type RoleBasics,
  type RoleCompetency,
  type RoleDraft,
} from '../../../shared/domain';
import { emptyRoleDetails, type RoleDetails } from '../../../shared/roleDetails';

/** A typed duty with its text and whatever else the test sets. */
export function duty(text: string, extra: Partial<DutyDraft> = {}): DutyDraft {
  return { ...newDuty(text), ...extra };
}

/** The whole aggregate the repository saves, with empty sections unless given. */
export function draft(
  id: number,
  basics: RoleBasics,
  duties: DutyDraft[],
  extra: { details?: Partial<RoleDetails>; competencies?: RoleCompetency[] } = {},
): RoleDraft {
  return {
    ...basics,
    id,
    duties,
    details: { ...emptyRoleDetails(), ...extra.details },
    competencies: extra.competencies ?? [],
  };
}
