import { describe, expect, it } from 'vitest';
import { answerAction } from '../../../../shared/inspection/actionAnswer';
import { newAction, storeLibrary } from './storeFixtures';

const APPROVED = '2024-12-31T01:30:00.000Z';

describe('an improvement action recorded when its linked revision is approved', () => {
  it('decides purely: the linked process or role, once, never a cancelled action', () => {
    const processKey = '11111111-1111-4111-8111-111111111111';
    const variant = '22222222-2222-4222-8222-222222222222';
    const action = newAction(processKey, { kind: 'processVariant', processKey: variant });
    const revision = {
      kind: 'process' as const,
      subject: variant,
      version: 1,
      approvedAt: APPROVED,
    };
    expect(answerAction(action, revision)).toMatchObject({
      answeredBy: revision,
      status: 'done',
      stage: 'check',
    });
    expect(answerAction(action, { ...revision, subject: processKey })).toBeNull();
    expect(answerAction(action, { ...revision, kind: 'role', subject: '7' })).toBeNull();
    expect(answerAction({ ...action, status: 'cancelled' }, revision)).toBeNull();
    const answered = { ...action, answeredBy: revision };
    expect(answerAction(answered, { ...revision, version: 2 })).toBeNull();
    const roleAction = newAction(processKey, { kind: 'roleDraft', roleId: 7 });
    const roleRevision = { kind: 'role' as const, subject: '7', version: 3, approvedAt: APPROVED };
    expect(answerAction(roleAction, roleRevision)?.answeredBy).toEqual(roleRevision);
  });

  it('approving the linked variant records it; approving an unrelated process does not', () => {
    const { services, asIs, variant, other } = storeLibrary();
    const store = services.inspections;
    const link = { kind: 'processVariant' as const, processKey: variant.key };
    const action = store.saveAction(
      newAction(asIs.key, link, '由一名专案经理负责全过程。'),
      'zh-CN',
    );
    // The variant's approval dialog starts from the note naming the action.
    expect(services.processes.get(variant.id).pendingNotes?.map((n) => n.note)).toEqual([
      '整改措施：由一名专案经理负责全过程。',
    ]);
    // Saving it again with the same link does not repeat the note.
    store.saveAction({ ...action, how: '试点后切换。' }, 'zh-CN');
    expect(services.processes.get(variant.id).pendingNotes).toHaveLength(1);

    const unrelated = services.processes.get(other.id);
    services.processes.approve(other.id, '首次发布', unrelated.editVersion);
    const asIsNow = services.processes.get(asIs.id);
    services.processes.approve(asIs.id, '现状', asIsNow.editVersion);
    expect(store.action(action.key)).toMatchObject({ answeredBy: null, status: 'inProgress' });

    const toBe = services.processes.get(variant.id);
    services.processes.approve(
      variant.id,
      '整改措施：由一名专案经理负责全过程。',
      toBe.editVersion,
    );
    const recorded = store.action(action.key);
    expect(recorded).toMatchObject({
      status: 'done',
      stage: 'check',
      editVersion: 2,
      answeredBy: { kind: 'process', subject: variant.key, version: 1 },
    });
    expect(Date.parse(recorded.answeredBy?.approvedAt ?? '')).not.toBeNaN();
    expect(services.processes.history(variant.id)[0]?.note).toContain('整改措施');
  });

  it('approving the linked role draft records it, with the note in English', () => {
    const { services, asIs, caseManager } = storeLibrary();
    const store = services.inspections;
    const link = { kind: 'roleDraft' as const, roleId: caseManager.id };
    const action = store.saveAction(newAction(asIs.key, link, 'Weekly follow-up calls'), 'en');
    const role = services.roles.get(caseManager.id);
    expect(role.pendingNotes?.map((n) => n.note)).toEqual([
      'Improvement action: Weekly follow-up calls',
    ]);
    services.roles.approve(caseManager.id, 'v1', role.editVersion, '王经理');
    expect(store.action(action.key).answeredBy).toMatchObject({
      kind: 'role',
      subject: String(caseManager.id),
      version: 1,
    });
  });

  it('refuses a link to a role that does not exist before writing anything', () => {
    const { services, asIs } = storeLibrary();
    const link = { kind: 'roleDraft' as const, roleId: 9999 };
    expect(() => services.inspections.saveAction(newAction(asIs.key, link), 'en')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(services.inspections.actions(null)).toEqual([]);
  });
});
