import type { LaneChoice } from '../../../shared/bpmnImport';
import type { LaneRef } from '../../interchange/stableRefs';
import { matchLaneToRole, type LibraryIndex } from '../laneMatching';

/**
 * The owner proposed for an imported lane in the import dialog: the role or department its
 * stable key names (the file came from a library sharing the row), else the role, then the
 * department, of its name (matchLaneToRole), else none. Never a new role: only the user
 * chooses that.
 */
export function proposeLaneOwner(
  lane: { name: string; ref: LaneRef | undefined },
  library: LibraryIndex,
): LaneChoice {
  const proposal = matchLaneToRole(lane, library);
  if (proposal.kind === 'role') return { kind: 'role', roleId: proposal.roleId };
  if (proposal.kind === 'department') {
    return { kind: 'department', departmentId: proposal.departmentId };
  }
  return { kind: 'none' };
}
