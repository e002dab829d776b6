import { hourlyRate } from '../../shared/analysis/rates';
import type { AnalysisSettings } from '../../shared/analysis/settings';
import type { AnalysisLibrary } from '../../shared/analysis/types';
import type { LibrarySession } from '../library/librarySession';

/**
 * What the process analysis needs from the open library. The analysis itself runs where the
 * map is (the renderer, on the graph being edited, unsaved edits included); main gives it the
 * roles' cost rates — from their descriptions, which the renderer does not load all of — the
 * departments and the library's analysis settings.
 */
export class AnalysisService {
  constructor(private readonly session: LibrarySession) {}

  library(): AnalysisLibrary {
    const repositories = this.session.repositories();
    const settings = repositories.settings.readAnalysis();
    const roles = repositories.roles.costs().map((role) => ({
      id: role.id,
      title: role.title,
      departmentId: role.departmentId,
      hourlyRate: hourlyRate(role, settings.standardHours),
    }));
    const departments = repositories.departments
      .list()
      .map((department) => ({ id: department.id, name: department.name }));
    return { roles, departments, settings };
  }

  setSettings(settings: AnalysisSettings): AnalysisSettings {
    const { settings: repository } = this.session.repositories();
    repository.writeAnalysis(settings);
    return repository.readAnalysis();
  }
}
