import { RACI, type RaciLetter } from '../../process';
import type { FlowModel } from '../flow';
import type { Actor, RaciMatrix } from '../types';
import { distinct } from './handOffs';

/*
 * The RACI matrix (PROCESS-ANALYSIS.md §b6 item 4): one row per activity in step order (by
 * step number, unnumbered steps after in flow order), one column per performer of any step and
 * per role named in any step's RACI. The step's performer is R unless its RACI gives that role
 * other letters; every other role has the letters its RACI entries give it, or none (null).
 */
export function raciMatrix(flow: FlowModel): RaciMatrix {
  const roles = new Map(flow.library.roles.map((role) => [role.id, role]));
  const named = flow.activities.flatMap((node) =>
    (node.node.activity?.raci ?? []).map((entry): Actor => ({
      key: `role:${entry.roleId}`,
      name: roles.get(entry.roleId)?.title ?? `#${entry.roleId}`,
      roleId: entry.roleId,
      departmentId: roles.get(entry.roleId)?.departmentId ?? null,
    })),
  );
  const performers = flow.activities.flatMap((node) => (node.actor ? [node.actor] : []));
  const actors = distinct([...performers, ...named]);
  const ordered = flow.activities
    .map((node, index) => ({ node, index, number: node.node.stepNumber ?? Infinity }))
    .sort((a, b) => a.number - b.number || a.index - b.index);
  const rows = ordered.map(({ node }) => {
    const raci = node.node.activity?.raci ?? [];
    const letters = actors.map((actor): RaciLetter[] | null => {
      const given = RACI.filter((letter) =>
        raci.some((entry) => entry.roleId === actor.roleId && entry.letter === letter),
      );
      if (given.length > 0) return given;
      return actor.key === node.actor?.key ? ['R'] : null;
    });
    return { nodeId: node.id, label: node.node.label, letters };
  });
  return { actors, rows };
}
