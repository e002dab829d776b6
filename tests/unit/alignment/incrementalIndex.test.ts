import { describe, expect, it } from 'vitest';
import type { AlignmentLibrary, AlignmentProcess } from '../../../shared/alignment/library';
import type { Role } from '../../../shared/domain';
import { buildLibraryIndex, checkAlignment, checkRole } from '../../../shared/rules/library';
import { end, flow, graphOf, start, step } from '../analysis/graphs';
import { dutyOf, libraryWith, linkTo, processOf, roleOf } from './library';

/*
 * The library index is updated, not rebuilt (issue 10: "built once and updated on change"): a
 * role's save analyses no map, a map's save that map only; renaming a role re-analyses the
 * maps whose process findings print its name. Counted by the index's analysedProcessIds, and
 * the findings are always those of a fresh build.
 */

const mapOf = (id: number, lanes: Record<string, string>, label = '审核保单') => {
  const graph = graphOf(
    lanes,
    [
      start(),
      step('a', 'l1', { label, workMinutes: 30 }),
      step('b', 'l2', { label: '录入保单', workMinutes: 10 }),
      end(),
    ],
    [flow('start', 'a'), flow('a', 'b'), flow('b', 'end')],
  );
  const analysis = { ...graph.analysis, annualVolume: 1000 };
  return { ...processOf(id, { ...graph, analysis }), editVersion: 1 };
};

function original(): AlignmentLibrary {
  const roles = [1, 2, 3, 4].map((id) =>
    roleOf({ id, headcount: 1, duties: [dutyOf(`职责${id}`, { steps: [linkTo(1, 'a')] })] }),
  );
  return libraryWith(roles, [
    mapOf(1, { l1: 'role:1', l2: 'role:2' }),
    mapOf(2, { l1: 'role:2', l2: 'role:3' }),
    mapOf(3, { l1: 'role:3', l2: 'role:4' }),
  ]);
}

/** The library as the store reads it again after a save: every object new, versions kept. */
function reread(library: AlignmentLibrary, change: (copy: AlignmentLibrary) => void) {
  const copy = structuredClone(library);
  change(copy);
  return copy;
}

const roleIn = (library: AlignmentLibrary, id: number): Role => {
  const role = library.roles.find((r) => r.id === id);
  if (!role) throw new Error(`no role ${id}`);
  return role;
};
const processIn = (library: AlignmentLibrary, id: number): AlignmentProcess => {
  const process = library.processes.find((p) => p.id === id);
  if (!process) throw new Error(`no process ${id}`);
  return process;
};

describe('the library index, updated on change', () => {
  it('analyses every map once when built from nothing', () => {
    expect(buildLibraryIndex(original()).analysedProcessIds).toEqual([1, 2, 3]);
  });

  it('analyses no map after a role save that changes its duties and headcount', () => {
    const before = original();
    const previous = buildLibraryIndex(before);
    const after = reread(before, (copy) => {
      const role = roleIn(copy, 2);
      role.duties = [dutyOf('新职责', { steps: [linkTo(2, 'a')] })];
      role.headcount = 3;
      role.editVersion += 1;
    });
    const index = buildLibraryIndex(after, previous);
    expect(index.analysedProcessIds).toEqual([]);
    expect(checkAlignment(after, index)).toEqual(checkAlignment(after));
    expect(index.workloads).toEqual(buildLibraryIndex(after).workloads);
  });

  it('analyses only the saved map after a map save', () => {
    const before = original();
    const previous = buildLibraryIndex(before);
    const after = reread(before, (copy) => {
      const process = processIn(copy, 2);
      const edited = mapOf(2, { l1: 'role:4', l2: 'role:3' }, '复核保单');
      process.graph = edited.graph;
      process.editVersion = 2;
    });
    const index = buildLibraryIndex(after, previous);
    expect(index.analysedProcessIds).toEqual([2]);
    expect(checkAlignment(after, index)).toEqual(checkAlignment(after));
    expect(index.stepsByRole.get(4)?.map((s) => [s.processId, s.label])).toEqual([
      [2, '复核保单'],
      [3, '录入保单'],
    ]);
  });

  it('re-analyses the maps naming a renamed role (their findings print its title)', () => {
    const before = original();
    const previous = buildLibraryIndex(before);
    const after = reread(before, (copy) => {
      roleIn(copy, 3).title = '核保主管';
      const analysisRole = copy.analysis.roles.find((r) => r.id === 3);
      if (analysisRole) analysisRole.title = '核保主管';
    });
    const index = buildLibraryIndex(after, previous);
    expect(index.analysedProcessIds).toEqual([2, 3]);
    expect(checkAlignment(after, index)).toEqual(checkAlignment(after));
  });

  it('re-analyses every map when the settings change', () => {
    const before = original();
    const after = reread(before, (copy) => {
      copy.analysis.settings = { ...copy.analysis.settings, timeBasis: 'calendar' };
    });
    expect(buildLibraryIndex(after, buildLibraryIndex(before)).analysedProcessIds).toEqual([
      1, 2, 3,
    ]);
  });

  it('without editVersions, keeps a map while its graph is the same object', () => {
    const before = original();
    const unversioned = before.processes.map(({ editVersion: _, ...process }) => process);
    const first = { ...before, processes: unversioned };
    const previous = buildLibraryIndex(first);
    const [one, two, three] = unversioned;
    if (!one || !two || !three) throw new Error('three maps expected');
    const changed = { ...two, graph: structuredClone(two.graph) };
    const second = { ...first, processes: [one, changed, three] };
    expect(buildLibraryIndex(second, previous).analysedProcessIds).toEqual([2]);
  });

  it("checks a role's draft against the maps as saved now, given an earlier library's index", () => {
    const before = original();
    const previous = buildLibraryIndex(before);
    const after = reread(before, (copy) => {
      processIn(copy, 3).graph = mapOf(3, { l1: 'role:1', l2: 'role:4' }).graph;
      processIn(copy, 3).editVersion = 2;
    });
    const role = roleIn(after, 1);
    const draft = {
      ...role,
      duties: role.duties.map((duty) => ({
        ...duty,
        steps: duty.steps.map(({ processId, nodeId, label }) => ({ processId, nodeId, label })),
      })),
    };
    const findings = checkRole(after, previous, draft);
    expect(findings).toEqual(checkRole(after, buildLibraryIndex(after), draft));
    expect(findings.filter((f) => f.rule === 'J2').map((f) => [f.processId, f.nodeIds])).toEqual([
      [3, ['a']],
    ]);
  });
});
