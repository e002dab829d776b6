import { describe, expect, it } from 'vitest';
import { buildRoleDocx } from '../../../electron/export/roleDocument';
import { createServices } from '../../../electron/ipc/handlers';
import { NO_DIALOGS } from '../../../electron/services/libraryService';
import { openTempSession } from '../helpers/tempFiles';
import { paragraphs, readDocx } from './docxXml';
import { zhContext } from './sampleRoles';

/*
 * 工作权限 / 工作关系 edited as structures (issue 10) still print as sentences: main writes the
 * texts from the structures on save, and the Word document reads them back one per paragraph.
 */
describe('a role saved with authority clauses and relations, exported to Word', () => {
  it('prints each clause and each relation as the sentence the user wrote', async () => {
    const { session } = openTempSession();
    const services = createServices({ session, dialogs: NO_DIALOGS, settings: null });
    const finance = services.departments.create('财务部', null);
    const role = services.roles.create(finance.id, '财务经理');
    const cashier = services.roles.create(finance.id, '出纳');
    services.roles.save(
      {
        ...role,
        details: {
          ...role.details,
          authorityClauses: [
            {
              text: '单笔 20 万元以内付款的审批权',
              kind: 'approve',
              object: '付款',
              amountMax: 200_000,
            },
            {
              text: '财务人员考核建议权',
              kind: 'recommend',
              object: '财务人员考核',
              amountMax: null,
            },
          ],
          relations: [
            { text: '', scope: 'internal', partner: { kind: 'role', roleId: cashier.id } },
            {
              text: '开户银行（结算）',
              scope: 'external',
              partner: { kind: 'named', name: '开户银行' },
            },
          ],
        },
      },
      role.editVersion,
    );
    const saved = services.roles.get(role.id);
    const { document } = await readDocx(await buildRoleDocx(zhContext({ role: saved })));
    const lines = paragraphs(document);
    expect(lines).toContain('单笔 20 万元以内付款的审批权');
    expect(lines).toContain('财务人员考核建议权');
    const printed = document.replace(/<[^>]+>/g, '');
    expect(printed).toContain('出纳');
    expect(printed).toContain('开户银行（结算）');
    session.close();
  });
});
