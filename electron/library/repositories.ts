import type { Database } from 'better-sqlite3';
import { CompetencyRepository } from '../db/repositories/competencyRepository';
import { DepartmentRepository } from '../db/repositories/departmentRepository';
import { InspectionRepository } from '../db/repositories/inspection/inspectionRepository';
import { PendingNoteRepository } from '../db/repositories/pendingNoteRepository';
import { ProcessRepository } from '../db/repositories/processRepository';
import { RevisionRepository } from '../db/repositories/revisionRepository';
import { RoleRepository } from '../db/repositories/roleRepository';
import { SearchRepository } from '../db/repositories/searchRepository';
import { SettingsRepository } from '../db/repositories/settingsRepository';

export type Repositories = {
  departments: DepartmentRepository;
  roles: RoleRepository;
  competencies: CompetencyRepository;
  search: SearchRepository;
  revisions: RevisionRepository;
  settings: SettingsRepository;
  processes: ProcessRepository;
  /** 修订说明 waiting for approval, of roles and processes (see PendingNoteRepository). */
  pendingNotes: PendingNoteRepository;
  /** 工作检查 and 持续改进: plans, inspections, surveys, complaints, actions (issue 12). */
  inspection: InspectionRepository;
  /** Runs `work` in one transaction across repositories. */
  transaction<T>(work: () => T): T;
};

/** The repositories of one open connection. */
export function createRepositories(db: Database): Repositories {
  return {
    departments: new DepartmentRepository(db),
    roles: new RoleRepository(db),
    competencies: new CompetencyRepository(db),
    search: new SearchRepository(db),
    revisions: new RevisionRepository(db),
    settings: new SettingsRepository(db),
    processes: new ProcessRepository(db),
    pendingNotes: new PendingNoteRepository(db),
    inspection: new InspectionRepository(db),
    transaction: <T>(work: () => T): T => db.transaction(work)(),
  };
}
