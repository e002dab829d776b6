import type { Channel, RequestOf, ResponseOf } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Locale } from '../../shared/i18n/locales';
import type { LibrarySession } from '../library/librarySession';
import type { SettingsStore } from '../library/settings';
import { AlignmentLibraryStore } from '../services/alignmentLibrary';
import { AnalysisService } from '../services/analysisService';
import { LibraryChecksService } from '../services/libraryChecksService';
import { LinkService } from '../services/linkService';
import { DocumentSettingsService } from '../services/documentSettingsService';
import { OrganisationService } from '../services/organisationService';
import { ResponsibilityService } from '../services/responsibilityService';
import { changeHandlers } from './handlers/changeHandlers';
import { checkHandlers } from './handlers/checkHandlers';
import { linkHandlers } from './handlers/linkHandlers';
import { documentSettingsHandlers } from './handlers/documentSettingsHandlers';
import { organisationHandlers } from './handlers/organisationHandlers';
import { sheetHandlers } from './handlers/sheetHandlers';
import { importHandlers } from './handlers/importHandlers';
import { ImportService } from '../services/importService';
import { NO_WORD_PICKER, type WordPicker } from '../import/wordSources';
import { processDocHandlers } from './handlers/processDocHandlers';
import { inspectionHandlers } from './handlers/inspectionHandlers';
import { ActionVariants } from '../services/inspection/actionVariants';
import { InspectionService } from '../services/inspection/inspectionService';
import { InspectionInsights } from '../services/inspection/inspectionInsights';
import { InspectionImport } from '../services/inspection/inspectionImport';
import { InspectionReportService } from '../services/inspection/inspectionReportService';
import { ProcessDocService } from '../services/processDocService';
import { BpmnService } from '../services/bpmnService';
import { ChecksService } from '../services/checksService';
import { CompetencyService } from '../services/competencyService';
import { DepartmentService } from '../services/departmentService';
import { DOWNLOAD_DELIVERY, ExportService, type FileDelivery } from '../services/exportService';
import { LibraryService, type LibraryDialogs } from '../services/libraryService';
import { PictureService } from '../services/pictureService';
import { ProcessService } from '../services/processService';
import { RoleService } from '../services/roleService';
import { SearchService } from '../services/searchService';
import { SpreadsheetService } from '../services/spreadsheetService';
import { UsageService } from '../services/usageService';

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
  /** The desktop app's dialog for Word files; the browser host's page uploads them instead. */
  wordPicker?: WordPicker;
};

export type Services = {
  library: LibraryService;
  departments: DepartmentService;
  roles: RoleService;
  search: SearchService;
  competencies: CompetencyService;
  checks: ChecksService;
  exports: ExportService;
  pictures: PictureService;
  processes: ProcessService;
  bpmn: BpmnService;
  usage: UsageService;
  analysis: AnalysisService;
  links: LinkService;
  libraryChecks: LibraryChecksService;
  organisation: OrganisationService;
  responsibility: ResponsibilityService;
  documentSettings: DocumentSettingsService;
  spreadsheets: SpreadsheetService;
  imports: ImportService;
  processDocs: ProcessDocService;
  inspections: InspectionService;
  inspectionInsights: InspectionInsights;
  inspectionImport: InspectionImport;
  inspectionReports: InspectionReportService;
  actionVariants: ActionVariants;
};

export function createServices(context: HandlerContext): Services {
  const departments = new DepartmentService(context.session);
  const roles = new RoleService(context.session, departments);
  const analysis = new AnalysisService(context.session);
  const alignment = new AlignmentLibraryStore(context.session, analysis);
  const checks = new ChecksService(context.session, roles);
  const libraryChecks = new LibraryChecksService(context.session, alignment);
  const organisation = new OrganisationService(context.session, alignment);
  const processes = new ProcessService(context.session);
  const links = new LinkService(context.session, alignment);
  const delivery = context.delivery ?? DOWNLOAD_DELIVERY;
  const inspectionInsights = new InspectionInsights(context.session);
  const inspections = new InspectionService(context.session);
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
    checks,
    processes,
    bpmn: new BpmnService(context.session, context.delivery ?? DOWNLOAD_DELIVERY),
    usage: new UsageService(context.session),
    analysis,
    links,
    libraryChecks,
    organisation,
    responsibility: new ResponsibilityService(context.session, alignment),
    documentSettings: new DocumentSettingsService(context.session),
    exports: new ExportService(context.session, roles, context.delivery ?? DOWNLOAD_DELIVERY),
    pictures: new PictureService(context.delivery ?? DOWNLOAD_DELIVERY),
    spreadsheets: new SpreadsheetService(
      context.session,
      { library: alignment, organisation, checks, libraryChecks, roles },
      delivery,
    ),
    imports: new ImportService(context.session, roles, context.wordPicker ?? NO_WORD_PICKER),
    processDocs: new ProcessDocService(processes, roles, links, analysis, departments, delivery),
    inspections,
    actionVariants: new ActionVariants(context.session, inspections, processes),
    inspectionInsights,
    inspectionImport: new InspectionImport(context.session, inspectionInsights, delivery),
    inspectionReports: new InspectionReportService(
      context.session,
      inspectionInsights,
      analysis,
      delivery,
    ),
  };
}

/** The handler registry both hosts serve: Electron over IPC, the browser host over HTTP. */
export function createHandlers(
  services: Services,
  onLocaleChanged: (locale: Locale) => void = () => undefined,
  /** Quits the app; the browser host has none (a page cannot end the server it talks to). */
  onQuit: (() => void) | null = null,
): Handlers {
  const {
    library,
    departments,
    roles,
    search,
    competencies,
    checks,
    exports,
    pictures,
    processes,
    bpmn,
    usage,
    analysis,
  } = services;
  return {
    ...linkHandlers(services),
    ...checkHandlers(services),
    ...organisationHandlers(services),
    ...importHandlers(services),
    ...changeHandlers(services),
    ...documentSettingsHandlers(services),
    ...sheetHandlers(services),
    ...inspectionHandlers(services),
    ...processDocHandlers(services),
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

    'analysis:library': () => analysis.library(),
    'analysis:setSettings': (settings) => analysis.setSettings(settings),

    'department:list': () => departments.list(),
    'department:create': ({ name, parentId }) => departments.create(name, parentId),
    'department:rename': ({ id, name, expectedVersion }) =>
      departments.rename(id, name, expectedVersion),
    'department:usage': ({ id }) => usage.departmentUsage(id),
    'department:delete': ({ id, onUsage, expectedVersion }) =>
      usage.deleteDepartment(id, onUsage, expectedVersion),

    'role:list': ({ departmentId }) => roles.list(departmentId),
    'role:get': ({ id }) => roles.get(id),
    'role:create': ({ departmentId, title }) => roles.create(departmentId, title),
    'role:save': ({ expectedVersion, ...draft }) => roles.save(draft, expectedVersion),
    'role:saveCopy': (copy) => roles.saveCopy(copy),
    'role:usage': ({ id }) => usage.roleUsage(id),
    'role:delete': ({ id, onUsage, expectedVersion }) =>
      usage.deleteRole(id, onUsage, expectedVersion),
    'role:approve': ({ id, note, approver, expectedVersion }) =>
      roles.approve(id, note, expectedVersion, approver),
    'role:repair': ({ id }) => roles.repair(id),
    'role:history': ({ id }) => roles.history(id),
    'role:revision': ({ id, version }) => roles.revision(id, version),

    'process:list': (filter) => processes.list(filter),
    'process:get': ({ id }) => processes.get(id),
    'process:create': ({ name, departmentId }) => processes.create(name, departmentId),
    'process:save': ({ id, graph, expectedVersion, ...basics }) =>
      processes.save(id, basics, graph, expectedVersion),
    'process:saveCopy': ({ graph, ...basics }) => processes.saveCopy(basics, graph),
    'process:approve': ({ id, note, expectedVersion }) =>
      processes.approve(id, note, expectedVersion),
    'process:repair': ({ id }) => processes.repair(id),
    'process:history': ({ id }) => processes.history(id),
    'process:revision': ({ id, version }) => processes.revision(id, version),
    'process:delete': ({ id, expectedVersion }) => processes.delete(id, expectedVersion),
    'role:activities': ({ id }) => processes.activitiesOf(id),
    'process:previewBpmn': ({ data, fileName }) =>
      bpmn.preview(Buffer.from(data, 'base64'), fileName),
    'process:importBpmn': ({ data, fileName, lanes }) =>
      bpmn.importFile(Buffer.from(data, 'base64'), fileName, lanes),
    'process:exportBpmn': ({ id }) => bpmn.exportFile(id),

    'checks:draft': ({ draft }) => checks.checkDraft(draft),
    'checks:library': () => checks.checkLibrary(),

    'export:roleDocx': ({ id, version }) => exports.roleDocx(id, version),
    'export:startHandbook': (options) => exports.startHandbook(options),
    'export:job': ({ jobId }) => exports.job(jobId),
    'export:cancel': ({ jobId }) => exports.cancel(jobId),
    'export:processPicture': (request) => pictures.export(request),

    'competency:list': () => competencies.list(),
    'competency:create': (input) => competencies.create(input),
    'competency:update': ({ id, expectedVersion, ...input }) =>
      competencies.update(id, input, expectedVersion),
    'competency:usage': ({ id }) => competencies.usage(id),

    'search:query': ({ text, limit }) => search.query(text, limit),
  };
}
