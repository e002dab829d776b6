import { describe, expect, it } from 'vitest';
import { type AppError } from '../../../../shared/errors';
import { newAction, storeLibrary } from './storeFixtures';

describe('an improvement action opens its to-be variant (inspection:openVariant)', () => {
  it('copies the process as its draft variant, links it, and is answered by its approval', () => {
    const { services, asIs } = storeLibrary();
    const action = services.inspections.saveAction(
      newAction(asIs.key, { kind: 'none' }, '由一名专案经理负责全过程。'),
      'zh-CN',
    );
    const before = services.processes.list({ processClass: null, departmentId: null }).length;

    const opened = services.actionVariants.open(action.key, action.editVersion, 'zh-CN');

    const variant = services.processes.get(opened.processId);
    const original = services.processes.get(asIs.id);
    expect(variant).toMatchObject({
      name: `${original.name}（改进方案）`,
      status: 'draft',
      code: '',
      ownerRoleId: original.ownerRoleId,
    });
    expect(variant.graph.analysis?.variantOfId).toBe(asIs.id);
    expect(variant.graph.nodes.map((n) => n.id)).toEqual(original.graph.nodes.map((n) => n.id));
    expect(services.processes.list({ processClass: null, departmentId: null })).toHaveLength(
      before + 1,
    );
    expect(opened.action).toMatchObject({
      link: { kind: 'processVariant', processKey: variant.key },
      status: 'inProgress',
      editVersion: action.editVersion + 1,
    });
    expect(variant.pendingNotes?.map((n) => n.note)).toEqual([
      '整改措施：由一名专案经理负责全过程。',
    ]);

    services.processes.approve(
      variant.id,
      '整改措施：由一名专案经理负责全过程。',
      variant.editVersion,
    );
    expect(services.inspections.action(action.key)).toMatchObject({
      status: 'done',
      answeredBy: { kind: 'process', subject: variant.key, version: 1 },
    });
  });

  it('names the variant in English when asked in English', () => {
    const { services, asIs } = storeLibrary();
    const action = services.inspections.saveAction(newAction(asIs.key, { kind: 'none' }), 'en');
    const { processId } = services.actionVariants.open(action.key, 0, 'en');
    expect(services.processes.get(processId).name).toMatch(/ \(improved\)$/);
  });

  it('refuses a second variant, a stale copy and an unknown action, creating nothing', () => {
    const { services, asIs, variant } = storeLibrary();
    const count = () => services.processes.list({ processClass: null, departmentId: null }).length;
    const start = count();
    const linked = services.inspections.saveAction(
      newAction(asIs.key, { kind: 'processVariant', processKey: variant.key }),
      'zh-CN',
    );
    expect(() => services.actionVariants.open(linked.key, linked.editVersion, 'zh-CN')).toThrow(
      expect.objectContaining({ code: 'INSPECTION_ACTION_LINKED' }) as AppError,
    );
    const free = services.inspections.saveAction(newAction(asIs.key, { kind: 'none' }), 'zh-CN');
    expect(() => services.actionVariants.open(free.key, free.editVersion + 1, 'zh-CN')).toThrow(
      expect.objectContaining({ code: 'EDIT_CONFLICT' }) as AppError,
    );
    expect(() =>
      services.actionVariants.open('99999999-9999-4999-8999-999999999999', 0, 'zh-CN'),
    ).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }) as AppError);
    expect(count()).toBe(start);
    expect(services.inspections.action(free.key).link).toEqual({ kind: 'none' });
  });
});
