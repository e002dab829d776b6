import type { Department } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { LibrarySession } from '../library/librarySession';
import { editConflict } from './editConflict';

/** The department tree, with the rules that keep it whole. */
export class DepartmentService {
  constructor(private readonly session: LibrarySession) {}

  list(): Department[] {
    return this.session.repositories().departments.list();
  }

  create(name: string, parentId: number | null): Department {
    const { departments } = this.session.repositories();
    if (parentId !== null) this.require(parentId);
    return departments.create(name, parentId);
  }

  /** Renames the department, unless it changed since `expectedVersion` (EDIT_CONFLICT). */
  rename(id: number, name: string, expectedVersion: number): Department {
    this.require(id);
    if (!this.session.repositories().departments.rename(id, name, expectedVersion)) {
      throw editConflict('department', this.require(id).name);
    }
    return this.require(id);
  }

  require(id: number): Department {
    const department = this.session.repositories().departments.get(id);
    if (!department)
      throw new AppError('NOT_FOUND', `Department ${id} does not exist.`, {
        what: 'department',
      });
    return department;
  }
}
