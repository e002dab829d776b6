import { describe, expect, it } from 'vitest';
import type { RoleExportContext } from '../../../electron/export/context';
import { CATEGORY_LABELS } from '../../../electron/export/labels';
import { buildRoleDocx } from '../../../electron/export/roleDocument';
import { WORD_LIMITS } from '../../../electron/import/limits';
import { readWord } from '../../../electron/import/wordReader';
import type { ImportTextField } from '../../../shared/import/importedRole';
import { recogniseRole } from '../../../shared/import/recognise';
import { enContext, zhContext } from '../export/sampleRoles';

/*
 * Round trip: a description RoleFlow exported (the Chinese form and sectioned layouts, the
 * English job description) and imported again gives the same fields, field by field, for
 * every field the layout prints.
 */

async function roundTrip(ctx: RoleExportContext) {
  const { blocks } = await readWord(await buildRoleDocx(ctx), WORD_LIMITS);
  return recogniseRole(blocks, 'exported.docx');
}

/** The role's value of each text field the import fills. */
function expectedTexts(ctx: RoleExportContext, fields: readonly ImportTextField[]) {
  const { role } = ctx;
  const d = role.details;
  const all: Record<ImportTextField, string> = {
    title: role.title,
    code: role.code,
    department: ctx.departmentName,
    reportsTo: ctx.managerTitle ?? '',
    grade: role.grade,
    purpose: role.purpose,
    location: d.location,
    directReports: [...ctx.subordinateTitles, d.directReports].filter(Boolean).join('、'),
    authority: d.authority,
    relationsInternal: d.relationsInternal,
    relationsExternal: d.relationsExternal,
    education: d.education,
    major: d.major,
    experience: d.experience,
    knowledge: d.knowledge,
    skills: d.skills,
    training: d.training,
    preferredQualifications: d.preferredQualifications,
    workConditions: d.workConditions,
    careerPath: d.careerPath,
    supervisoryResponsibilities: d.supervisoryResponsibilities,
    otherDuties: d.otherDuties,
    travel: d.travel,
    payRange: d.payRange,
    disclaimer: d.disclaimer,
  };
  return Object.fromEntries(fields.map((field) => [field, all[field]]));
}

const ZH_FIELDS = [
  'title',
  'code',
  'department',
  'reportsTo',
  'grade',
  'purpose',
  'location',
  'authority',
  'relationsInternal',
  'relationsExternal',
  'education',
  'major',
  'experience',
  'knowledge',
  'skills',
  'training',
  'workConditions',
  'careerPath',
] as const;

describe('a description exported by RoleFlow, imported again', () => {
  for (const layout of ['form', 'sectioned'] as const) {
    it(`gives the same fields: Chinese ${layout} layout`, async () => {
      const ctx = zhContext({ layout });
      const imported = await roundTrip(ctx);
      expect(imported.template).toBe('zh');
      for (const [field, value] of Object.entries(expectedTexts(ctx, ZH_FIELDS))) {
        expect(imported.texts[field as ImportTextField], field).toBe(value);
      }
      expect(imported.headcount).toBe(ctx.role.headcount);
      expect(imported.kpis).toEqual(ctx.role.details.kpis);
      const duties = ctx.role.duties;
      expect(
        imported.duties.map((d) => [d.text, d.weight, d.frequency, d.standard, d.kpi]),
      ).toEqual(duties.map((d) => [d.text, d.weight, d.frequency, d.standard, d.kpi]));
      if (layout === 'sectioned') {
        // The category prints as its group (管理与执行 / 参与和协助): the group comes back.
        const group = (c: string | null) => (c ? CATEGORY_LABELS.zh[c as 'manage'] : null);
        expect(imported.duties.map((d) => group(d.category))).toEqual(
          duties.map((d) => group(d.category)),
        );
      }
    });
  }

  it('gives the same fields: English job description', async () => {
    const ctx = enContext();
    const imported = await roundTrip(ctx);
    expect(imported.template).toBe('en');
    const fields = [
      'title',
      'code',
      'department',
      'reportsTo',
      'grade',
      'purpose',
      'location',
      'education',
      'major',
      'experience',
      'knowledge',
      'skills',
      'preferredQualifications',
      'workConditions',
      'supervisoryResponsibilities',
      'otherDuties',
      'travel',
      'payRange',
      'disclaimer',
    ] as const;
    for (const [field, value] of Object.entries(expectedTexts(ctx, fields))) {
      expect(imported.texts[field as ImportTextField], field).toBe(value);
    }
    expect(imported.headcount).toBe(ctx.role.headcount);
    // Essential functions print by importance; the import keeps the printed order.
    const printed = [...ctx.role.duties].sort((a, b) => (b.weight ?? -1) - (a.weight ?? -1));
    expect(imported.duties.map((d) => [d.text, d.weight, d.frequency, d.standard])).toEqual(
      printed.map((d) => [d.text, d.weight, d.frequency, d.standard]),
    );
  });
});
