import { AppError } from '../../shared/errors';

/** The aggregates whose saves carry an edit version. */
export type VersionedWhat =
  | 'role'
  | 'process'
  | 'competency'
  | 'department'
  | 'inspectionPlan'
  | 'inspection'
  | 'survey'
  | 'complaint'
  | 'improvementAction';

/**
 * The answer to a write based on an edit version that is no longer the stored one: another
 * window saved first. The editor offers to reload or to keep its copy; nothing was written.
 */
export function editConflict(what: VersionedWhat, name: string): AppError {
  return new AppError(
    'EDIT_CONFLICT',
    `The ${what} "${name}" was changed elsewhere after this copy was opened; nothing was saved.`,
    { what, name },
  );
}
