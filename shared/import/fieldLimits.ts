import type { ImportedRole, ImportTextField } from './importedRole';

/*
 * The longest text each field takes (the contract's limits, shared/contract/roleDraft.ts and
 * shared/roleDetails.ts). A document's text longer than its field is not cut: it moves to
 * `unplaced`, whole, and the field stays empty for the user to fill.
 */

const MAX: Record<ImportTextField, number> = {
  title: 200,
  code: 64,
  department: 200,
  reportsTo: 200,
  grade: 64,
  purpose: 4000,
  location: 200,
  directReports: 1000,
  authority: 4000,
  relationsInternal: 2000,
  relationsExternal: 2000,
  education: 500,
  major: 500,
  experience: 1000,
  knowledge: 2000,
  skills: 2000,
  training: 2000,
  preferredQualifications: 2000,
  workConditions: 2000,
  careerPath: 2000,
  supervisoryResponsibilities: 2000,
  otherDuties: 2000,
  travel: 500,
  payRange: 200,
  disclaimer: 2000,
};

const DUTY_MAX = { text: 2000, standard: 2000, kpi: 1000, count: 200 } as const;
const KPI_COUNT = 50;

/** Moves what does not fit its field into `unplaced`; `label` names a field for the user. */
export function fitToLimits(
  role: ImportedRole,
  label: (field: ImportTextField | 'duties' | 'kpis') => string,
  fileName: string,
): ImportedRole {
  const unplaced = [...role.unplaced];
  const texts = { ...role.texts };
  for (const field of Object.keys(MAX) as ImportTextField[]) {
    if (texts[field].length > MAX[field]) {
      unplaced.push({ heading: label(field), text: texts[field] });
      // A role needs a title: the file's name stands in for one too long to be a title.
      texts[field] = field === 'title' ? fileName.replace(/\.docx$/i, '').slice(0, MAX.title) : '';
    }
  }
  const duties = role.duties.filter((duty) => {
    const fits =
      duty.text.length <= DUTY_MAX.text &&
      duty.standard.length <= DUTY_MAX.standard &&
      duty.kpi.length <= DUTY_MAX.kpi;
    if (!fits) unplaced.push({ heading: label('duties'), text: duty.text });
    return fits;
  });
  for (const duty of duties.slice(DUTY_MAX.count)) {
    unplaced.push({ heading: label('duties'), text: duty.text });
  }
  for (const kpi of role.kpis.slice(KPI_COUNT)) {
    unplaced.push({ heading: label('kpis'), text: `${kpi.name} ${kpi.target}` });
  }
  return {
    ...role,
    texts,
    duties: duties.slice(0, DUTY_MAX.count),
    kpis: role.kpis.slice(0, KPI_COUNT),
    unplaced,
  };
}
