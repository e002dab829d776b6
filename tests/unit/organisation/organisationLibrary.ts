import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers, createServices } from '../../../electron/ipc/handlers';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/contract';
import type { DutyDraft, Role, RoleCompetency } from '../../../shared/domain';
import type { ProcessGraph } from '../../../shared/process';
import { openTempSession } from '../helpers/tempFiles';

/*
 * A real library file for the organisation channels: every request goes through dispatch
 * with the contract's validation of requests and answers, as both hosts serve them.
 */
export function organisationLibrary() {
  const { session } = openTempSession();
  const services = createServices({ session, dialogs: NO_DIALOGS, settings: null });
  const handlers = createHandlers(services);
  const options = { validateResponses: true };
  const call = async <C extends Channel>(channel: C, request: RequestOf<C>) => {
    const result = await dispatch(handlers, channel, request, options);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.data as ResponseOf<C>;
  };
  const refused = async <C extends Channel>(channel: C, request: RequestOf<C>) => {
    const result = await dispatch(handlers, channel, request, options);
    if (result.ok) throw new Error(`${channel} was not refused`);
    return result.error;
  };
  const saveRole = (
    role: Role,
    change: { duties?: DutyDraft[]; competencies?: RoleCompetency[]; headcount?: number },
  ): Role =>
    services.roles.save(
      {
        ...role,
        headcount: change.headcount ?? role.headcount,
        duties: change.duties ?? role.duties,
        competencies: change.competencies ?? role.competencies,
      },
      role.editVersion,
    );
  const newMap = (name: string, departmentId: number, graph: ProcessGraph) => {
    const created = services.processes.create(name, departmentId);
    const { id, graph: _graph, ...rest } = created;
    const basics = {
      code: rest.code,
      name: rest.name,
      processClass: rest.processClass,
      ownerRoleId: rest.ownerRoleId,
      departmentId: rest.departmentId,
      purpose: rest.purpose,
      trigger: rest.trigger,
      output: rest.output,
      kpis: rest.kpis,
    };
    return services.processes.save(id, basics, graph, created.editVersion);
  };
  return { services, session, call, refused, saveRole, newMap };
}
