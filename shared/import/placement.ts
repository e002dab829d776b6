import type { ImportedRole, ImportTextField } from './importedRole';
import { dutyFromLine } from './duties';
import { parseHeadcount } from './values';
import { type LabelKey, labelledLine, type SectionKey } from './vocabulary';

/*
 * Where one value or line goes, given its label or the section it stands in. Anything that
 * has no field goes to `unplaced` under the heading it came from.
 */

/** A text field gets the value; a second value for it is added on a new line, never lost. */
export function appendText(role: ImportedRole, field: ImportTextField, value: string): void {
  const text = value.trim();
  if (text === '' || text === '—') return;
  const old = role.texts[field];
  if (old === text) return;
  role.texts[field] = old === '' ? text : `${old}\n${text}`;
}

export function unplace(role: ImportedRole, heading: string, text: string): void {
  const value = text.trim();
  if (value !== '' && value !== '—') role.unplaced.push({ heading, text: value });
}

/** A labelled value ("岗位编制 | 2 人", "Grade / pay range | G7 / $85,000"). */
export function placeLabelled(role: ImportedRole, label: LabelKey, value: string, heading: string) {
  const text = value.trim();
  if (text === '' || text === '—') return;
  if (label === 'headcount') {
    const count = parseHeadcount(text);
    if (count === null || role.headcount !== null) unplace(role, heading, text);
    else role.headcount = count;
  } else if (label === 'gradeAndPay') {
    const [grade, ...pay] = text.split(/\s+\/\s+/);
    appendText(role, 'grade', grade ?? '');
    appendText(role, 'payRange', pay.join(' / '));
  } else if (label === 'flsa') {
    // RoleFlow keeps FLSA status as a choice; the preview shows the words to set it by hand.
    unplace(role, heading, text);
  } else {
    appendText(role, label, text);
  }
}

/** Requirement bullets of an English person specification, sorted by what they speak of. */
function requirementField(line: string, zh: boolean): ImportTextField {
  if (zh) {
    if (/学历|本科|大专|硕士|博士|中专|高中/.test(line)) return 'education';
    if (/专业/.test(line)) return 'major';
    if (/经验|年以上|工作经历/.test(line)) return 'experience';
    if (/熟悉|了解|知识|掌握.*(法|理论|制度)/.test(line)) return 'knowledge';
    if (/培训/.test(line)) return 'training';
    return 'skills';
  }
  if (/degree|qualification|diploma|educat|gcse|a level|nvq|graduate/i.test(line))
    return 'education';
  if (/experience/i.test(line)) return 'experience';
  if (/knowledge|understanding|awareness|familiar/i.test(line)) return 'knowledge';
  if (/training/i.test(line)) return 'training';
  return 'skills';
}

const LIST_MARK = /^\s*(?:\d{1,3}\s*[.、．)）]|[（(]\s*\d{1,3}\s*[)）]|[•·●▪◦\-–—*])\s*/;
const LISTED = new Set<SectionKey | null>([
  'authority',
  'relations',
  'relationsInternal',
  'relationsExternal',
  'qualifications',
  'essential',
  'desirable',
  'otherDuties',
  'supervisoryResponsibilities',
]);

const SECTION_FIELDS: Partial<Record<SectionKey, ImportTextField>> = {
  purpose: 'purpose',
  authority: 'authority',
  relationsInternal: 'relationsInternal',
  relationsExternal: 'relationsExternal',
  desirable: 'preferredQualifications',
  workConditions: 'workConditions',
  careerPath: 'careerPath',
  otherDuties: 'otherDuties',
  supervisoryResponsibilities: 'supervisoryResponsibilities',
  travel: 'travel',
  disclaimer: 'disclaimer',
  location: 'location',
  payRange: 'payRange',
};

/** A line of text in a section: a labelled value, a duty, or the section's text. */
export function placeLine(
  role: ImportedRole,
  section: SectionKey | null,
  heading: string,
  line: string,
  zh: boolean,
): void {
  const text = line.trim();
  if (text === '' || text === '—') return;
  const labelled = labelledLine(text);
  if (labelled && section !== 'duties' && section !== 'authority') {
    placeLabelled(role, labelled.label, labelled.value, heading);
    return;
  }
  const field = section ? SECTION_FIELDS[section] : undefined;
  // Numbers and bullets of a list are the document's layout, not the text ("1. 本科及以上…").
  const item = LISTED.has(section) ? text.replace(LIST_MARK, '').trim() : text;
  if (field) {
    appendText(role, field, item);
  } else if (section === 'duties') {
    const duty = dutyFromLine(text);
    if (duty) role.duties.push(duty);
  } else if (section === 'relations') {
    appendText(
      role,
      /外部|external|outside/i.test(item) ? 'relationsExternal' : 'relationsInternal',
      item,
    );
  } else if (section === 'qualifications' || section === 'essential') {
    appendText(role, requirementField(item, zh), item);
  } else {
    unplace(role, heading, text);
  }
}
