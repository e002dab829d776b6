import type { Competency } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { CompetencyInput } from '../db/repositories/competencyRepository';
import type { LibrarySession } from '../library/librarySession';
import { editConflict } from './editConflict';

/** The competency dictionary (知识 / 技能 / 能力 / 素质). */
export class CompetencyService {
  constructor(private readonly session: LibrarySession) {}

  list(): Competency[] {
    return this.session.repositories().competencies.list();
  }

  create(input: CompetencyInput): Competency {
    assertLevels(input);
    const id = this.session.repositories().competencies.create(input);
    return this.require(id);
  }

  /** Replaces the entry, unless it changed since `expectedVersion` (EDIT_CONFLICT). */
  update(id: number, input: CompetencyInput, expectedVersion: number): Competency {
    this.require(id);
    assertLevels(input);
    if (!this.session.repositories().competencies.update(id, input, expectedVersion)) {
      const current = this.require(id);
      throw editConflict('competency', current.nameZh || current.nameEn);
    }
    return this.require(id);
  }

  /** Roles requiring this entry: the editor shows them before an edit is saved. */
  usage(id: number) {
    this.require(id);
    return this.session.repositories().competencies.rolesUsing(id);
  }

  private require(id: number): Competency {
    const found = this.session
      .repositories()
      .competencies.list()
      .find((c) => c.id === id);
    if (!found)
      throw new AppError('NOT_FOUND', `Competency ${id} does not exist.`, { what: 'competency' });
    return found;
  }
}

/** Levels are numbered 1, 2, 3 … without gaps, each with a behavioural indicator. */
function assertLevels(input: CompetencyInput): void {
  input.levels.forEach((level, index) => {
    if (level.level !== index + 1) {
      throw new AppError(
        'INVALID_REQUEST',
        'Proficiency levels must be numbered 1, 2, 3 … in order.',
        { reason: 'levelsOrder', n: index + 1 },
      );
    }
  });
}
