import { describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/ipc/handlers';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import { AppError } from '../../../shared/errors';
import { errorText } from '../../../shared/i18n/errorText';
import { en } from '../../../shared/i18n/en';
import { translator } from '../../../shared/i18n/translate';
import { zhCN } from '../../../shared/i18n/zh-CN';
import {
  emptyProcessKpis,
  type NodeKind,
  type ProcessBasics,
  type ProcessGraph,
  type ProcessNode,
} from '../../../shared/process';
import { openTempSession } from '../helpers/tempFiles';

function setup() {
  const { session } = openTempSession();
  const services = createServices({ session, dialogs: NO_DIALOGS, settings: null });
  const process = services.processes.create('报销', null);
  return { services, session, process };
}

const basics: ProcessBasics = {
  code: 'FI-01',
  name: '报销',
  processClass: null,
  ownerRoleId: null,
  departmentId: null,
  purpose: '',
  trigger: '',
  output: '',
  kpis: emptyProcessKpis(),
};

const node = (id: string, kind: NodeKind, label: string, x: number): ProcessNode => ({
  id,
  kind,
  label,
  laneId: 'lane',
  x,
  y: 20,
  width: 100,
  height: 60,
});

function graph(): ProcessGraph {
  return {
    lanes: [{ id: 'lane', name: '员工', owner: { kind: 'none' }, size: 160 }],
    phases: [{ id: 'apply', name: '申请', size: 600 }],
    nodes: [
      node('start', 'start', '开始', 0),
      node('fill', 'activity', '填写报销单', 200),
      node('check', 'decision', '金额超限？', 400),
      node('end', 'end', '结束', 600),
    ],
    edges: [
      { id: 'e1', source: 'start', target: 'fill', label: '' },
      { id: 'e2', source: 'fill', target: 'check', label: '' },
      { id: 'e3', source: 'check', target: 'end', label: '否' },
    ],
  };
}

/** The AppError a call throws (fails the test when it throws none). */
function refusal(call: () => unknown): AppError {
  try {
    call();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('process save', () => {
  it('refuses a new connector out of the end, naming its ends, in both languages', () => {
    const { services, process } = setup();
    const saved = services.processes.save(process.id, basics, graph(), 0);
    const next = graph();
    next.edges.push({ id: 'back', source: 'end', target: 'fill', label: '' });
    const error = refusal(() =>
      services.processes.save(process.id, basics, next, saved.editVersion),
    );
    expect(error.code).toBe('CONNECTION_INVALID');
    expect(error.params).toEqual({ reason: 'outOfEnd', source: '结束', target: '填写报销单' });
    expect(errorText(translator(zhCN), error.code, error.params)).toContain('结束“结束”');
    expect(errorText(translator(en), error.code, error.params)).toContain(
      'nothing flows out of an end',
    );
    // nothing was written
    expect(services.processes.get(process.id).graph.edges).toHaveLength(3);
  });

  it('refuses a self-loop and a duplicate connector', () => {
    const { services, process } = setup();
    const loop = graph();
    loop.edges.push({ id: 'loop', source: 'fill', target: 'fill', label: '' });
    expect(
      refusal(() => services.processes.save(process.id, basics, loop, 0)).params,
    ).toMatchObject({
      reason: 'selfLoop',
      source: '填写报销单',
    });
    const twice = graph();
    twice.edges.push({ id: 'again', source: 'fill', target: 'check', label: '' });
    expect(
      refusal(() => services.processes.save(process.id, basics, twice, 0)).params,
    ).toMatchObject({ reason: 'duplicate', source: '填写报销单', target: '金额超限？' });
  });

  it('keeps saving a map whose stored connectors already broke a rule (imported, older)', () => {
    const { services, session, process } = setup();
    const old = graph();
    old.edges.push({ id: 'old', source: 'end', target: 'fill', label: '' });
    // stored as an import or an older RoleFlow stored it: straight, without the rules
    session.repositories().processes.save(process.id, 0, basics, old);
    const stored = services.processes.get(process.id);
    const renamed = {
      ...stored.graph,
      nodes: stored.graph.nodes.map((n) => (n.id === 'fill' ? { ...n, label: '填写并签字' } : n)),
    };
    const saved = services.processes.save(process.id, basics, renamed, stored.editVersion);
    expect(saved.graph.edges.map((e) => e.id)).toContain('old');
    // re-pointing the old connector makes it a changed one: the rules apply to it again
    const repointed = {
      ...saved.graph,
      edges: saved.graph.edges.map((e) => (e.id === 'old' ? { ...e, target: 'start' } : e)),
    };
    expect(
      refusal(() => services.processes.save(process.id, basics, repointed, saved.editVersion)).code,
    ).toBe('CONNECTION_INVALID');
  });

  it('refuses a step in a phase or across a lane that does not exist', () => {
    const { services, process } = setup();
    const phase = graph();
    phase.nodes = phase.nodes.map((n) => (n.id === 'fill' ? { ...n, phaseId: 'gone' } : n));
    const error = refusal(() => services.processes.save(process.id, basics, phase, 0));
    expect(error.params).toEqual({ reason: 'graphPhaseMissing', name: '填写报销单' });
    expect(errorText(translator(zhCN), error.code, error.params)).toBe(
      '步骤“填写报销单”所在的阶段不存在。',
    );
    const joint = graph();
    joint.nodes = joint.nodes.map((n) => (n.id === 'fill' ? { ...n, jointLaneId: 'lane' } : n));
    expect(refusal(() => services.processes.save(process.id, basics, joint, 0)).params).toEqual({
      reason: 'graphJointLaneInvalid',
      name: '填写报销单',
    });
    const phases = graph();
    phases.nodes = phases.nodes.map((n) => (n.id === 'fill' ? { ...n, phaseId: 'apply' } : n));
    expect(() => services.processes.save(process.id, basics, phases, 0)).not.toThrow();
  });

  it('numbers the steps on save and keeps the numbers on the next save', () => {
    const { services, process } = setup();
    const saved = services.processes.save(process.id, basics, graph(), 0);
    const numberOf = (g: ProcessGraph, id: string) => g.nodes.find((n) => n.id === id)?.stepNumber;
    expect(numberOf(saved.graph, 'fill')).toBe(10);
    expect(numberOf(saved.graph, 'check')).toBe(20);
    expect(numberOf(saved.graph, 'start')).toBeUndefined();
    // a step inserted between them gets 15
    const inserted: ProcessGraph = {
      ...saved.graph,
      nodes: [...saved.graph.nodes, node('sign', 'activity', '主管签字', 300)],
      edges: [
        ...saved.graph.edges.filter((e) => e.id !== 'e2'),
        { id: 'e2a', source: 'fill', target: 'sign', label: '' },
        { id: 'e2b', source: 'sign', target: 'check', label: '' },
      ],
    };
    const again = services.processes.save(process.id, basics, inserted, saved.editVersion);
    expect(numberOf(again.graph, 'sign')).toBe(15);
    expect(numberOf(again.graph, 'check')).toBe(20);
    expect(services.processes.list({ processClass: null, departmentId: null })[0]?.stepCount).toBe(
      3,
    );
  });
});

describe('process history', () => {
  it('opens an approved version’s map, and names a version that does not exist', () => {
    const { services, process } = setup();
    const saved = services.processes.save(process.id, basics, graph(), 0);
    services.processes.approve(process.id, '首次发布', saved.editVersion);
    const revision = services.processes.revision(process.id, 1);
    expect(revision).toMatchObject({ version: 1, note: '首次发布', name: '报销' });
    expect(revision.graph).toEqual(saved.graph);
    const error = refusal(() => services.processes.revision(process.id, 9));
    expect(error.code).toBe('NOT_FOUND');
    expect(errorText(translator(zhCN), error.code, error.params)).toBe('该流程没有版本 9。');
  });
});
