import type { AlignmentLibrary } from '../../alignment/library';
import { draftAsDuty, type Role, type RoleDraft } from '../../domain';
import { approvalsAgainstAuthority } from './authority';
import { dutiesWithoutProcess, laneRolesWithoutDescription, stepsWithoutDuty } from './coverage';
import { buildLibraryIndex, type LibraryIndex } from './libraryIndex';
import { relationsAgainstHandOffs } from './relations';
import { dutyStandardLimits, processTimeLimits } from './timeLimits';
import type { AlignmentFinding } from './types';
import { saturationOutsideBand, weightsAgainstTime } from './workload';

/*
 * The library-wide checks J1–J8 (PROCESS-ANALYSIS.md §c7, §f1–f5): a position description
 * against the maps its role works in. Pure; the index is built once per library and reused,
 * and a role's unsaved draft is checked against the index of the saved library.
 */

export { buildLibraryIndex, type LibraryIndex } from './libraryIndex';
export type { ProcessFacts } from './processFacts';
export * from './types';

/** The rules that read one role (with the index for the maps and the other roles). */
export function checkRoleAgainst(role: Role, index: LibraryIndex): AlignmentFinding[] {
  return [
    ...stepsWithoutDuty(role, index),
    ...dutiesWithoutProcess(role, index),
    ...relationsAgainstHandOffs(role, index),
    ...approvalsAgainstAuthority(role, index),
    ...saturationOutsideBand(role, index),
    ...weightsAgainstTime(role, index),
    ...dutyStandardLimits(role, index),
  ];
}

/** Every finding of the library: the maps' (J1, J8 chain) and each role's. */
export function checkAlignment(
  library: AlignmentLibrary,
  index: LibraryIndex = buildLibraryIndex(library),
): AlignmentFinding[] {
  return [
    ...laneRolesWithoutDescription(index),
    ...processTimeLimits(index),
    ...library.roles.flatMap((role) => checkRoleAgainst(role, index)),
  ];
}

/**
 * One role as edited: its draft read as a role (new duties get negative ids, so no finding
 * names a saved duty they are not), checked against the index of the saved library.
 */
export function checkRole(
  library: AlignmentLibrary,
  index: LibraryIndex,
  draft: RoleDraft,
): AlignmentFinding[] {
  // An index of another library (the store moved on) would check the draft against stale maps:
  // bring it up to date (only the maps that changed are analysed again).
  const current = buildLibraryIndex(library, index);
  const saved = current.roles.get(draft.id);
  const role: Role = {
    ...(saved ?? placeholderRole(draft)),
    ...draft,
    duties: draft.duties.map((duty, i) => draftAsDuty(duty, duty.id ?? -(i + 1))),
  };
  return checkRoleAgainst(role, current);
}

function placeholderRole(draft: RoleDraft): Role {
  return {
    ...draft,
    key: '',
    status: 'draft',
    version: 0,
    editVersion: 0,
    duties: [],
    createdAt: '',
    updatedAt: '',
  };
}
