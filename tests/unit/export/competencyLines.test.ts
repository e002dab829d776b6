import { describe, expect, it } from 'vitest';
import { competencyLines } from '../../../electron/export/context';
import { buildRoleDocx } from '../../../electron/export/roleDocument';
import { STARTER_COMPETENCIES } from '../../../electron/library/seed/starterCompetencies';
import type { Competency } from '../../../shared/domain';
import { paragraphs, readDocx } from './docxXml';
import { enContext, zhContext } from './sampleRoles';

/* 能力素质 in one language per document (issue 11): the dictionary holds both, a document prints its own. */

const communication: Competency = {
  id: 1,
  editVersion: 0,
  kind: 'ability',
  nameZh: '沟通协调',
  nameEn: 'Communication',
  descriptionZh: '',
  descriptionEn: '',
  levels: [
    { level: 1, indicatorZh: '能清楚表达自己的意见', indicatorEn: 'Expresses views clearly' },
    { level: 2, indicatorZh: '', indicatorEn: 'Listens and understands others' },
    { level: 3, indicatorZh: '能协调跨部门分歧', indicatorEn: '' },
  ],
};

const required = (level: number) => [{ competencyId: 1, requiredLevel: level, importance: 3 }];

describe('competencyLines', () => {
  it("prints the indicator in the document's language only", () => {
    expect(competencyLines(required(1), [communication], 'zh')[0]).toMatchObject({
      name: '沟通协调',
      indicator: '能清楚表达自己的意见',
    });
    expect(competencyLines(required(1), [communication], 'en')[0]).toMatchObject({
      name: 'Communication',
      indicator: 'Expresses views clearly',
    });
  });

  it("falls back to the other language, without a label, only when the document's is empty", () => {
    expect(competencyLines(required(2), [communication], 'zh')[0]?.indicator).toBe(
      'Listens and understands others',
    );
    expect(competencyLines(required(3), [communication], 'en')[0]?.indicator).toBe(
      '能协调跨部门分歧',
    );
  });
});

describe('a position description with the starter dictionary', () => {
  // The starter entries the sample role requires, as a library seeded by RoleFlow holds them.
  const dictionary: Competency[] = STARTER_COMPETENCIES.slice(0, 3).map((entry, index) => ({
    ...entry,
    id: index + 1,
    editVersion: 0,
  }));
  const indicators = dictionary.flatMap((c) => c.levels);

  it('prints no English indicator in a Chinese document', async () => {
    const { document } = await readDocx(
      await buildRoleDocx(zhContext({ competencies: dictionary })),
    );
    const text = paragraphs(document).join('\n');
    expect(text).toContain(dictionary[0]?.levels[2]?.indicatorZh);
    for (const level of indicators) expect(text).not.toContain(level.indicatorEn);
  });

  it('prints no Chinese indicator in an English document', async () => {
    const { document } = await readDocx(
      await buildRoleDocx(enContext({ competencies: dictionary })),
    );
    const text = paragraphs(document).join('\n');
    expect(text).toContain(dictionary[2]?.levels[2]?.indicatorEn);
    expect(text).not.toMatch(/\p{Script=Han}/u);
    for (const level of indicators) expect(text).not.toContain(level.indicatorZh);
  });
});
