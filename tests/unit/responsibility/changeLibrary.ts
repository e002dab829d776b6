import { dispatch } from '../../../electron/ipc/dispatch';
import { createHandlers, createServices } from '../../../electron/ipc/handlers';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/contract';
import type { Role } from '../../../shared/domain';
import {
  emptyActivityDetails,
  type Lane,
  type ProcessGraph,
  type ProcessNode,
} from '../../../shared/process';
import { type duty } from '../helpers/fixtures';
import { openTempSession } from '../helpers/tempFiles';

/*
 * A real library file for the responsibility-change tests, reached through dispatch (requests
 * and answers checked against the contract) as the renderer reaches it.
 */

export function changeLibrary() {
  const { session } = openTempSession();
  const services = createServices({ session, dialogs: NO_DIALOGS, settings: null });
  const handlers = createHandlers(services);
  async function call<C extends Channel>(
    channel: C,
    request: RequestOf<C>,
  ): Promise<ResponseOf<C>> {
    const result = await dispatch(handlers, channel, request, { validateResponses: true });
    if (!result.ok) throw Object.assign(new Error(result.error.code), { error: result.error });
    return result.data as ResponseOf<C>;
  }
  async function refused<C extends Channel>(channel: C, request: RequestOf<C>): Promise<string> {
    const result = await dispatch(handlers, channel, request, { validateResponses: true });
    if (result.ok) throw new Error(`${channel} was not refused`);
    return result.error.code;
  }
  /** Edit versions of every role and map: what a write touched shows as a changed number. */
  function versions() {
    const repositories = session.repositories();
    return {
      roles: new Map(repositories.roles.all().map((r) => [r.id, r.editVersion])),
      processes: new Map(repositories.processes.all().map((p) => [p.id, p.editVersion])),
    };
  }
  function touched(before: ReturnType<typeof versions>, after: ReturnType<typeof versions>) {
    const changed = (a: Map<number, number>, b: Map<number, number>) =>
      [...new Set([...a.keys(), ...b.keys()])]
        .filter((id) => a.get(id) !== b.get(id))
        .sort((x, y) => x - y);
    return {
      roles: changed(before.roles, after.roles),
      processes: changed(before.processes, after.processes),
    };
  }
  const approve = (id: number) => {
    const role = services.roles.get(id);
    return services.roles.approve(id, '初稿', role.editVersion);
  };
  const withDuties = (role: Role, duties: ReturnType<typeof duty>[]) =>
    services.roles.save(
      { ...role, duties, details: role.details, competencies: role.competencies },
      role.editVersion,
    );
  /** A map of one lane per role, the steps in a row (start → steps → end), at a volume a year. */
  function saveMap(
    processId: number,
    lanes: { role: Role; steps: [string, string, number][] }[],
    volume: number,
  ) {
    const current = services.processes.get(processId);
    const laneList: Lane[] = lanes.map((l, i) => ({
      id: `lane${i}`,
      name: l.role.title,
      owner: { kind: 'role', roleId: l.role.id },
      size: 160,
    }));
    const nodes: ProcessNode[] = [];
    const shape = (
      id: string,
      kind: ProcessNode['kind'],
      label: string,
      lane: number,
      x: number,
    ): ProcessNode => ({
      id,
      kind,
      label,
      laneId: `lane${lane}`,
      x,
      y: lane * 160 + 50,
      width: 120,
      height: 60,
    });
    nodes.push(shape('start', 'start', '', 0, 0));
    let x = 150;
    lanes.forEach((l, i) =>
      l.steps.forEach(([id, label, minutes]) => {
        nodes.push({
          ...shape(id, 'activity', label, i, x),
          activity: { ...emptyActivityDetails(), workMinutes: minutes },
        });
        x += 150;
      }),
    );
    nodes.push(shape('end', 'end', '', 0, x));
    const edges = nodes
      .slice(1)
      .map((node, i) => ({ id: `e${i}`, source: nodes[i]?.id ?? '', target: node.id, label: '' }));
    const graph: ProcessGraph = {
      lanes: laneList,
      nodes,
      edges,
      analysis: { annualVolume: volume },
    };
    const { id: _id, graph: _graph, ...basics } = current;
    void _id;
    void _graph;
    return services.processes.save(processId, basics, graph, current.editVersion);
  }
  return { session, services, call, refused, versions, touched, approve, withDuties, saveMap };
}
