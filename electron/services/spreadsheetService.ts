import { analyseProcess } from '../../shared/analysis';
import { DAY_MINUTES } from '../../shared/analysis/settings';
import { processHoursByRole } from '../../shared/analysis/staffing';
import type { AlignmentProcess } from '../../shared/alignment/library';
import type { SheetKind, SheetRequest } from '../../shared/contract/sheetChannels';
import { AppError } from '../../shared/errors';
import { safeFileName } from '../../shared/fileNames';
import type { RaciScope } from '../../shared/organisation/raci';
import { analysisSheets } from '../export/sheets/analysisSheets';
import { checksSheets } from '../export/sheets/checksSheets';
import { raciSheet } from '../export/sheets/raciSheet';
import { roleListSheet } from '../export/sheets/roleListSheet';
import type { SheetTable } from '../export/sheets/sheetModel';
import { localDate, sheetText, type SheetText } from '../export/sheets/sheetText';
import { staffingSheets } from '../export/sheets/staffingSheets';
import { writeWorkbook } from '../export/sheets/workbook';
import type { LibrarySession } from '../library/librarySession';
import type { AlignmentLibraryStore } from './alignmentLibrary';
import type { ChecksService } from './checksService';
import { deliver, type ExportResult, type FileDelivery } from './exportService';
import type { LibraryChecksService } from './libraryChecksService';
import type { OrganisationService } from './organisationService';
import type { RoleService } from './roleService';

/** The services whose answers the screens show: a sheet is built from the very same data. */
export type SheetSources = {
  library: AlignmentLibraryStore;
  organisation: OrganisationService;
  checks: ChecksService;
  libraryChecks: LibraryChecksService;
  roles: RoleService;
};

/**
 * Spreadsheet export (issue 11): the checks report, the RACI matrix, 定岗定编, a process's
 * analysis and the role list as .xlsx in the interface language. The scope is checked before
 * the save dialog opens, so an unknown process or department is an error, not an empty file.
 */
export class SpreadsheetService {
  constructor(
    private readonly session: LibrarySession,
    private readonly sources: SheetSources,
    private readonly delivery: FileDelivery,
  ) {}

  async exportSheet(request: SheetRequest): Promise<ExportResult> {
    const now = new Date();
    const library = this.sources.library.current();
    const dayMinutes = DAY_MINUTES[library.analysis.settings.timeBasis];
    const text = sheetText(request.locale, this.session.status().name, now, dayMinutes);
    const { tables, subject } = this.tables(request, text);
    const title = fileTitle(request.kind, subject, text);
    const fileName = safeFileName(`${title} ${localDate(now)}`, 'xlsx');
    const target = await this.delivery.chooseTarget(fileName, 'xlsx');
    if (target === null) throw new AppError('CANCELLED', 'No file was chosen.');
    return deliver(target, fileName, await writeWorkbook(tables, now));
  }

  /** The tables of one kind, and what the file is about (a process, a department) if not all. */
  private tables(
    request: SheetRequest,
    text: SheetText,
  ): { tables: SheetTable[]; subject: string | null } {
    switch (request.kind) {
      case 'checks':
        return {
          tables: checksSheets(
            {
              descriptions: this.sources.checks.checkLibrary(),
              alignment: this.sources.libraryChecks.checkLibrary(),
              departments: this.sources.library.current().departments,
            },
            text,
          ),
          subject: null,
        };
      case 'raci': {
        const subject = this.raciSubject(request.scope);
        const matrix = this.sources.organisation.raci(request.scope);
        return {
          tables: [raciSheet(matrix, scopeLine(subject, request.scope.kind, text), text)],
          subject,
        };
      }
      case 'staffing': {
        const subject = this.departmentName(request.departmentId);
        const table = this.sources.organisation.staffing(request.departmentId);
        const line = scopeLine(subject, 'department', text);
        return { tables: staffingSheets(table, line, text), subject };
      }
      case 'analysis': {
        const process = this.process(request.processId);
        const { analysis } = this.sources.library.current();
        const data = {
          name: process.name,
          code: process.code,
          graph: process.graph,
          analysis: analyseProcess({
            graph: process.graph,
            library: analysis,
            ownerRoleId: process.ownerRoleId,
          }),
          library: analysis,
          roleHours: processHoursByRole(process.graph, analysis),
        };
        return { tables: analysisSheets(data, text), subject: process.name };
      }
      case 'roles': {
        const subject = this.departmentName(request.departmentId);
        const listed = this.sources.roles.list(request.departmentId);
        const { roles, departments } = this.sources.library.current();
        const byId = new Map(roles.map((role) => [role.id, role]));
        const titles = new Map(roles.map((role) => [role.id, role.title]));
        const shown = listed.flatMap((summary) => byId.get(summary.id) ?? []);
        const line = scopeLine(subject, 'department', text);
        return { tables: [roleListSheet(shown, departments, titles, line, text)], subject };
      }
    }
  }

  private raciSubject(scope: RaciScope): string | null {
    if (scope.kind === 'process') {
      const process = this.process(scope.processId);
      return process.code ? `${process.code} ${process.name}` : process.name;
    }
    return scope.kind === 'department' ? this.departmentName(scope.departmentId) : null;
  }

  /** The department's name; null for the library; NOT_FOUND when there is no such department. */
  private departmentName(departmentId: number | null): string | null {
    if (departmentId === null) return null;
    const found = this.sources.library.current().departments.find((d) => d.id === departmentId);
    if (!found) {
      throw new AppError('NOT_FOUND', `Department ${departmentId} does not exist.`, {
        what: 'department',
      });
    }
    return found.name;
  }

  private process(id: number): AlignmentProcess {
    const process = this.sources.library.current().processes.find((p) => p.id === id);
    if (!process) {
      throw new AppError('NOT_FOUND', `Process ${id} does not exist.`, { what: 'process' });
    }
    return process;
  }
}

function scopeLine(subject: string | null, kind: RaciScope['kind'], text: SheetText): string {
  if (subject === null) return text.t('sheets.scope.library');
  return text.t(`sheets.scope.${kind}`, { name: subject });
}

const FILE_TITLES: Record<SheetKind, string> = {
  checks: 'sheets.checks.fileName',
  raci: 'sheets.raci.fileName',
  staffing: 'sheets.staffing.fileName',
  analysis: 'sheets.analysis.fileName',
  roles: 'sheets.roles.fileName',
};

/** "定岗定编表 人力资源部 2026-12-01.xlsx": what, of what, when. */
function fileTitle(kind: SheetKind, subject: string | null, text: SheetText): string {
  const title = text.t(FILE_TITLES[kind]);
  return subject ? `${title} ${subject}` : title;
}
