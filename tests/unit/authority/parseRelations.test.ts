import { describe, expect, it } from 'vitest';
import {
  deriveStructures,
  parseRelationsText,
  regenerateTexts,
  relationsText,
  resolvePartner,
  resolveRelations,
} from '../../../shared/authority';
import { emptyRoleDetails } from '../../../shared/roleDetails';

const names = (text: string) =>
  parseRelationsText(text, 'internal').map((relation) =>
    relation.partner.kind === 'named' ? [relation.text, relation.partner.name] : [],
  );

describe('parseRelationsText', () => {
  it('splits the sample library’s texts and names the partner before its note', () => {
    expect(
      names('新契约部经理；核保员（疑难风险会签）；财务部（保费收付）；信息技术部（共享系统）'),
    ).toEqual([
      ['新契约部经理', '新契约部经理'],
      ['核保员（疑难风险会签）', '核保员'],
      ['财务部（保费收付）', '财务部'],
      ['信息技术部（共享系统）', '信息技术部'],
    ]);
  });

  it('strips the heads, splits on 、，,/ and lines but never inside brackets', () => {
    expect(names('内部：总经理、财务部（预算，费用）\n人力资源部/行政部，客户：投诉处理')).toEqual([
      ['总经理', '总经理'],
      ['财务部（预算，费用）', '财务部'],
      ['人力资源部', '人力资源部'],
      ['行政部', '行政部'],
      ['客户：投诉处理', '客户'],
    ]);
    expect(names('Internal: Production Manager (daily plan); EHS coordinator')).toEqual([
      ['Production Manager (daily plan)', 'Production Manager'],
      ['EHS coordinator', 'EHS coordinator'],
    ]);
  });

  it('keeps the scope and reads an empty text as none', () => {
    expect(parseRelationsText('再保险公司；体检机构', 'external').map((r) => r.scope)).toEqual([
      'external',
      'external',
    ]);
    expect(parseRelationsText(' ；、 \n', 'internal')).toEqual([]);
  });
});

describe('resolvePartner', () => {
  const roles = [
    { id: 1, title: '核保员' },
    { id: 2, title: 'Production Manager' },
  ];
  const departments = [
    { id: 7, name: '财务部' },
    { id: 8, name: '核保员' },
  ];

  it('matches a role title or department name, normalised, roles first', () => {
    expect(resolvePartner(' 核保员 ', roles, departments)).toEqual({ kind: 'role', roleId: 1 });
    expect(resolvePartner('ｐｒｏｄｕｃｔｉｏｎ  manager', roles, departments)).toEqual({
      kind: 'role',
      roleId: 2,
    });
    expect(resolvePartner('财务部', roles, departments)).toEqual({
      kind: 'department',
      departmentId: 7,
    });
    const bilingual = [{ id: 9, name: '人力资源部 / Human Resources' }];
    expect(resolvePartner('人力资源部', [], bilingual)).toEqual({
      kind: 'department',
      departmentId: 9,
    });
    expect(resolvePartner('human resources', [], bilingual)).toEqual({
      kind: 'department',
      departmentId: 9,
    });
    expect(resolvePartner('再保险公司', roles, departments)).toEqual({
      kind: 'named',
      name: '再保险公司',
    });
  });

  it('resolves named relations and keeps bound ones', () => {
    const relations = parseRelationsText('核保员（会签）；财务部', 'internal');
    expect(resolveRelations(relations, roles, departments).map((r) => r.partner)).toEqual([
      { kind: 'role', roleId: 1 },
      { kind: 'department', departmentId: 7 },
    ]);
  });
});

describe('structures and texts', () => {
  it('derives missing structures from the texts and regenerates the texts one per line', () => {
    const details = {
      ...emptyRoleDetails(),
      authority: '费用的审批权（≤5万元）；考核建议权',
      relationsInternal: '总经理；财务部',
      relationsExternal: '税务机关',
    };
    const derived = deriveStructures(details);
    expect(derived.authorityClauses?.map((c) => [c.kind, c.amountMax])).toEqual([
      ['approve', 50_000],
      ['recommend', null],
    ]);
    expect(derived.relations?.map((r) => r.scope)).toEqual(['internal', 'internal', 'external']);
    const texts = regenerateTexts(derived);
    expect(texts.authority).toBe('费用的审批权（≤5万元）\n考核建议权');
    expect(texts.relationsInternal).toBe('总经理\n财务部');
    expect(texts.relationsExternal).toBe('税务机关');
    expect(deriveStructures(derived)).toBe(derived);
  });

  it('prints a relation with no sentence by its partner’s name', () => {
    const relations = [
      { text: '', scope: 'internal' as const, partner: { kind: 'role' as const, roleId: 3 } },
      { text: '  ', scope: 'internal' as const, partner: { kind: 'named' as const, name: '客户' } },
    ];
    expect(relationsText(relations, 'internal', () => '出单员')).toBe('出单员\n出单员');
    expect(relationsText(relations, 'internal')).toBe('客户');
  });
});
