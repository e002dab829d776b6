import type { ResponseOf } from '../../shared/contract';
import { basicsOf } from '../../shared/domain';
import type { RaciLetter } from '../../shared/process';
import { AppError } from '../../shared/errors';
import type { AlignmentProcess } from '../../shared/alignment/library';
import { libraryRaci, raciBlock, type RaciScope } from '../../shared/organisation/raci';
import { withRaciLetter } from '../../shared/organisation/raciEdit';
import { redesignStatement, type RedesignStatement } from '../../shared/organisation/redesign';
import { redesignNote } from '../../shared/organisation/redesignNote';
import { staffingTable } from '../../shared/organisation/staffing';
import type { LibrarySession } from '../library/librarySession';
import type { AlignmentLibraryStore } from './alignmentLibrary';
import { DepartmentService } from './departmentService';
import { editConflict } from './editConflict';
import { ProcessService } from './processService';
import { RoleService } from './roleService';
import { partsOf } from './usageService';

/** Issue 10 (one library): RACI across the library, 定岗定编, the redesign impact statement. */
export class OrganisationService {
  private readonly processes: ProcessService;
  private readonly roles: RoleService;

  constructor(
    private readonly session: LibrarySession,
    /** The whole library, read once and shared by the services (see AlignmentLibraryStore). */
    private readonly library: AlignmentLibraryStore,
  ) {
    // Writes go through the services every editor uses, with their checks and conflicts.
    this.processes = new ProcessService(session);
    this.roles = new RoleService(session, new DepartmentService(session));
  }

  raci(scope: RaciScope): ResponseOf<'organisation:raci'> {
    const library = this.library.current();
    if (scope.kind === 'process') this.process(scope.processId);
    if (scope.kind === 'department') this.roles.list(scope.departmentId);
    const matrix = libraryRaci(library, scope);
    const roles = new Map(library.roles.map((role) => [role.id, role]));
    // One query for every map's edit version: the matrix edits cells against them.
    const versions = new Map(
      this.session
        .repositories()
        .processes.list({ processClass: null, departmentId: null })
        .map((summary) => [summary.id, summary]),
    );
    return {
      roles: matrix.roleIds.flatMap((roleId) => {
        const role = roles.get(roleId);
        return role ? [{ id: role.id, title: role.title, departmentId: role.departmentId }] : [];
      }),
      processes: matrix.processes.flatMap((block) => {
        const version = versions.get(block.processId);
        return version
          ? [{ ...block, editVersion: version.editVersion, status: version.status }]
          : [];
      }),
    };
  }

  /** One cell of the matrix, saved with the whole map (an approved map becomes a draft). */
  setRaci(request: {
    processId: number;
    nodeId: string;
    roleId: number;
    letter: RaciLetter | null;
    expectedVersion: number;
  }): ResponseOf<'organisation:setRaci'> {
    const stored = this.processes.get(request.processId);
    if (stored.editVersion !== request.expectedVersion) throw editConflict('process', stored.name);
    this.roles.get(request.roleId);
    const edited = withRaciLetter(stored.graph, request.nodeId, request.roleId, request.letter);
    if (!edited.ok) {
      throw new AppError('INVALID_REQUEST', `Cannot set RACI: ${edited.reason}.`, {
        reason: edited.reason,
      });
    }
    const { id } = stored;
    this.processes.save(id, partsOf(stored).basics, edited.graph, request.expectedVersion);
    const block = raciBlock(this.library.current(), this.process(id));
    const saved = this.processes.get(id);
    return { ...block, editVersion: saved.editVersion, status: saved.status };
  }

  staffing(departmentId: number | null): ResponseOf<'organisation:staffing'> {
    if (departmentId !== null) this.roles.list(departmentId);
    // The index's workloads: step hours are kept per map, not re-analysed for every table.
    const { library, workloads } = this.library.index();
    return staffingTable(library, departmentId, workloads);
  }

  /** Each to-be map with the as-is map it is a variant of. */
  redesignPairs(): ResponseOf<'organisation:redesignPairs'> {
    const { processes } = this.library.current();
    const byId = new Map(processes.map((p) => [p.id, p]));
    return processes.flatMap((toBe) => {
      const asIs = byId.get(toBe.graph.analysis?.variantOfId ?? -1);
      if (!asIs || asIs.id === toBe.id) return [];
      return [{ asIs: { id: asIs.id, name: asIs.name }, toBe: { id: toBe.id, name: toBe.name } }];
    });
  }

  redesign(asIsId: number, toBeId: number): ResponseOf<'organisation:redesign'> {
    const statement = this.statement(asIsId, toBeId);
    const competencies = new Map(
      this.session
        .repositories()
        .competencies.list()
        .map((c) => [c.id, c]),
    );
    return {
      ...statement,
      roles: statement.roles.map((role) => ({
        ...role,
        redline: role.redline.map(({ draft: _draft, ...row }) => row),
        competencies: role.competencies.map((needed) => ({
          ...needed,
          nameZh: competencies.get(needed.competencyId)?.nameZh ?? '',
          nameEn: competencies.get(needed.competencyId)?.nameEn ?? '',
        })),
      })),
    };
  }

  /**
   * Writes the accepted rows in one transaction: each role's new duties and links, the
   * competencies it takes over, and a pending revision note (an approved role becomes a
   * draft). A role edited since the statement was shown refuses the whole apply.
   */
  applyRedesign(request: {
    asIsId: number;
    toBeId: number;
    roleIds: number[];
    expectedVersions: { roleId: number; expectedVersion: number }[];
  }): ResponseOf<'organisation:applyRedesign'> {
    const statement = this.statement(request.asIsId, request.toBeId);
    const rows = new Map(statement.roles.map((row) => [row.roleId, row]));
    const expected = new Map(request.expectedVersions.map((v) => [v.roleId, v.expectedVersion]));
    const repositories = this.session.repositories();
    return repositories.transaction(() => {
      const drafts = [...new Set(request.roleIds)].map((roleId) => {
        const row = rows.get(roleId);
        const role = this.roles.get(roleId);
        const version = expected.get(roleId);
        if (!row) throw new AppError('NOT_FOUND', `Role ${roleId} is not changed by the redesign.`);
        if (version === undefined || version !== role.editVersion) {
          throw editConflict('role', role.title);
        }
        const held = new Set(role.competencies.map((c) => c.competencyId));
        this.roles.save(
          {
            ...basicsOf(role),
            id: role.id,
            details: role.details,
            duties: row.redline.flatMap((line) => (line.draft ? [line.draft] : [])),
            competencies: [
              ...role.competencies,
              ...row.competencies
                .filter((c) => !held.has(c.competencyId))
                .map(({ competencyId, requiredLevel, importance }) => ({
                  competencyId,
                  requiredLevel,
                  importance,
                })),
            ],
          },
          version,
        );
        const note = redesignNote(statement, row, role.template);
        repositories.pendingNotes.add('role', role.id, note);
        return { roleId: role.id, title: role.title, note };
      });
      return { drafts };
    });
  }

  private statement(asIsId: number, toBeId: number): RedesignStatement {
    if (asIsId === toBeId) {
      throw new AppError('INVALID_REQUEST', 'The as-is and to-be maps must differ.', {
        reason: 'samePair',
      });
    }
    return redesignStatement(this.library.current(), this.process(asIsId), this.process(toBeId));
  }

  private process(id: number): AlignmentProcess {
    const process = this.library.current().processes.find((p) => p.id === id);
    if (!process)
      throw new AppError('NOT_FOUND', `Process ${id} does not exist.`, { what: 'process' });
    return process;
  }
}
