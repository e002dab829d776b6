import type { Channel, RequestOf, ResponseOf } from '../../shared/contract';
import type { Locale } from '../../shared/i18n/locales';
import type { LibrarySession } from '../library/librarySession';
import type { SettingsStore } from '../library/settings';
import { DepartmentService } from '../services/departmentService';
import { LibraryService, type LibraryDialogs } from '../services/libraryService';
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
  onLibraryChanged?: () => void;
};

export type Services = {
  library: LibraryService;
  departments: DepartmentService;
  roles: RoleService;
  search: SearchService;
};

export function createServices(context: HandlerContext): Services {
  const departments = new DepartmentService(context.session);
  return {
    library: new LibraryService(
      context.session,
      context.dialogs,
      context.settings,
      context.onLibraryChanged,
    ),
    departments,
    roles: new RoleService(context.session, departments),
    search: new SearchService(context.session),
  };
}

/** The handler registry both hosts serve: Electron over IPC, the browser host over HTTP. */
export function createHandlers(
  services: Services,
  onLocaleChanged: (locale: Locale) => void = () => undefined,
): Handlers {
  const { library, departments, roles, search } = services;
  return {
    'app:setLocale': ({ locale }) => {
      onLocaleChanged(locale);
      return { locale };
    },

    'library:status': () => library.status(),
    'library:create': () => library.create(),
    'library:open': () => library.open(),

    'department:list': () => departments.list(),
    'department:create': ({ name, parentId }) => departments.create(name, parentId),
    'department:rename': ({ id, name }) => departments.rename(id, name),
    'department:delete': ({ id }) => departments.delete(id),

    'role:list': ({ departmentId }) => roles.list(departmentId),
    'role:get': ({ id }) => roles.get(id),
    'role:create': ({ departmentId, title }) => roles.create(departmentId, title),
    'role:save': (draft) => roles.save(draft),
    'role:delete': ({ id }) => roles.delete(id),

    'search:query': ({ text, limit }) => search.query(text, limit),
  };
}
