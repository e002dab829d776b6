import type { Channel, RequestOf, ResponseOf } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Locale } from '../../shared/i18n/locales';
import type { LibrarySession } from '../library/librarySession';
import type { SettingsStore } from '../library/settings';
import { BpmnService } from '../services/bpmnService';
import { ChecksService } from '../services/checksService';
import { CompetencyService } from '../services/competencyService';
import { DepartmentService } from '../services/departmentService';
import { DOWNLOAD_DELIVERY, ExportService, type FileDelivery } from '../services/exportService';
import { LibraryService, type LibraryDialogs } from '../services/libraryService';
import { ProcessService } from '../services/processService';
import { RoleService } from '../services/roleService';
import { SearchService } from '../services/searchService';

export type Handler<C extends Channel> = (
  request: RequestOf<C>,
) => ResponseOf<C> | Promise<ResponseOf<C>>;

/** One handler per channel; TypeScript refuses a missing or misspelled channel. */
export type Handlers = { [C in Channel]: Handler<C> };

export type HandlerContext = {
  session: LibrarySession;
  dialogs: LibraryDialogs;
  settings: SettingsStore | null;
  /** Where exported files go; the browser host hands them to the page as downloads. */
  delivery?: FileDelivery;
  onLibraryChanged?: () => void;
};

export type Services = {
  library: LibraryService;
  departments: DepartmentService;
  roles: RoleService;
  search: SearchService;
  competencies: CompetencyService;
  checks: ChecksService;
  exports: ExportService;
  processes: ProcessService;
  bpmn: BpmnService;
};

export function createServices(context: HandlerContext): Services {
  const departments = new DepartmentService(context.session);
  const roles = new RoleService(context.session, departments);
  return {
    library: new LibraryService(
      context.session,
      context.dialogs,
      context.settings,
      context.onLibraryChanged,
    ),
    departments,
    roles,
    search: new SearchService(context.session),
    competencies: new CompetencyService(context.session),
    checks: new ChecksService(context.session, roles),
    processes: new ProcessService(context.session),
    bpmn: new BpmnService(context.session, context.delivery ?? DOWNLOAD_DELIVERY),
    exports: new ExportService(context.session, roles, context.delivery ?? DOWNLOAD_DELIVERY),
  };
}

/** The handler registry both hosts serve: Electron over IPC, the browser host over HTTP. */
export function createHandlers(
  services: Services,
  onLocaleChanged: (locale: Locale) => void = () => undefined,
  /** Quits the app; the browser host has none (a page cannot end the server it talks to). */
  onQuit: (() => void) | null = null,
): Handlers {
  const { library, departments, roles, search, competencies, checks, exports, processes, bpmn } =
    services;
  return {
    'app:setLocale': ({ locale }) => {
      onLocaleChanged(locale);
      return { locale };
    },
    'app:quit': () => {
      if (!onQuit) throw new AppError('UNSUPPORTED', 'Only the desktop app can be quit from here.');
      onQuit();
      return {};
    },

    'library:status': () => library.status(),
    'library:create': () => library.create(),
    'library:open': () => library.open(),
    'library:retry': () => library.retry(),
    'library:createSample': () => library.createSample(),
    'library:settings': () => library.librarySettings(),
    'library:setSettings': (settings) => library.setLibrarySettings(settings),

    'department:list': () => departments.list(),
    'department:create': ({ name, parentId }) => departments.create(name, parentId),
    'department:rename': ({ id, name }) => departments.rename(id, name),
    'department:delete': ({ id }) => departments.delete(id),

    'role:list': ({ departmentId }) => roles.list(departmentId),
    'role:get': ({ id }) => roles.get(id),
    'role:create': ({ departmentId, title }) => roles.create(departmentId, title),
    'role:save': (draft) => roles.save(draft),
    'role:delete': ({ id }) => roles.delete(id),
    'role:approve': ({ id, note }) => roles.approve(id, note),
    'role:repair': ({ id }) => roles.repair(id),
    'role:history': ({ id }) => roles.history(id),
    'role:revision': ({ id, version }) => roles.revision(id, version),

    'process:list': (filter) => processes.list(filter),
    'process:get': ({ id }) => processes.get(id),
    'process:create': ({ name, departmentId }) => processes.create(name, departmentId),
    'process:save': ({ id, graph, ...basics }) => processes.save(id, basics, graph),
    'process:approve': ({ id, note }) => processes.approve(id, note),
    'process:repair': ({ id }) => processes.repair(id),
    'process:history': ({ id }) => processes.history(id),
    'process:delete': ({ id }) => processes.delete(id),
    'role:activities': ({ id }) => processes.activitiesOf(id),
    'process:importBpmn': ({ data }) => bpmn.importFile(Buffer.from(data, 'base64')),
    'process:exportBpmn': ({ id }) => bpmn.exportFile(id),

    'checks:draft': ({ draft }) => checks.checkDraft(draft),
    'checks:library': () => checks.checkLibrary(),

    'export:roleDocx': ({ id }) => exports.roleDocx(id),
    'export:startHandbook': ({ departmentId }) => exports.startHandbook(departmentId),
    'export:job': ({ jobId }) => exports.job(jobId),
    'export:cancel': ({ jobId }) => exports.cancel(jobId),

    'competency:list': () => competencies.list(),
    'competency:create': (input) => competencies.create(input),
    'competency:update': ({ id, ...input }) => competencies.update(id, input),
    'competency:usage': ({ id }) => competencies.usage(id),

    'search:query': ({ text, limit }) => search.query(text, limit),
  };
}
