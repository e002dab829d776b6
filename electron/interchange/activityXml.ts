import { type BpmnModdle } from 'bpmn-moddle';
import {
  emptyActivityDetails,
  RACI,
  VALUE_CLASSES,
  type ActivityDetails,
  type RaciLetter,
  type ValueClass,
} from '../../shared/process';
import { bool, many, num, one, str, type ModdleObject } from './moddle';
import { textElement, type Names } from './bpmnMarkup';
import { ACTIVITY_TYPE } from './roleflowSchema';
import { type LibraryRefs, type NamedKey, type RaciRef } from './stableRefs';
import { escapeAttribute, formatNumber, xmlSafe } from './xmlText';

/*
 * ActivityDetails ↔ <roleflow:activity>. Reading is defensive (the element may come from a
 * hand-edited or foreign file): out-of-range values become "not set" and texts are cut to the
 * lengths the process schema accepts, so an imported graph always passes validation.
 */

const TEXT_FIELDS = ['inputs', 'outputs', 'formsAndSystems', 'instruction'] as const;
const TEXT_LIMITS: Record<(typeof TEXT_FIELDS)[number], number> = {
  inputs: 4000,
  outputs: 4000,
  formsAndSystems: 4000,
  instruction: 20000,
};
const FLAGS = ['isApproval', 'isInspection', 'isHandOff'] as const;
const MAX_MINUTES = 1e7;
/*
 * The analysis fields (PROCESS-ANALYSIS.md §0), optional on ActivityDetails: written only when
 * given, read only when in the range the process schema accepts (else "not given").
 */
const ANALYSIS_NUMBERS = {
  waitDays: 100000,
  fixedCost: 1e12,
  firstPassYield: 100,
  timeLimitDays: 100000,
  timeLimitMinutes: MAX_MINUTES,
} as const;
type AnalysisNumber = keyof typeof ANALYSIS_NUMBERS;
const ANALYSIS_NUMBER_FIELDS = Object.keys(ANALYSIS_NUMBERS) as AnalysisNumber[];

/** The analysis fields given on `details`, as attribute name → value. */
function analysisAttributes(details: ActivityDetails): [string, number | boolean][] {
  const given: [string, number | boolean][] = [];
  for (const field of ANALYSIS_NUMBER_FIELDS) {
    const value = details[field];
    if (typeof value === 'number') given.push([field, value]);
  }
  if (details.isRepetitive === true) given.push(['isRepetitive', true]);
  return given;
}
const MAX_RACI = 50;

/** The <roleflow:activity> among a flow node's extension elements, if any. */
export function findActivityExtension(node: ModdleObject): ModdleObject | undefined {
  const extensions = one(node, 'extensionElements');
  if (extensions === undefined) return undefined;
  return many(extensions, 'values').find((value) => value.$type === ACTIVITY_TYPE);
}

export function activityFromModdle(element: ModdleObject): ActivityDetails {
  const details = emptyActivityDetails();
  details.workMinutes = minutes(num(element, 'workMinutes'));
  details.waitMinutes = minutes(num(element, 'waitMinutes'));
  const valueClass = str(element, 'valueClass');
  details.valueClass = isValueClass(valueClass) ? valueClass : null;
  for (const flag of FLAGS) details[flag] = bool(element, flag) ?? false;
  for (const field of ANALYSIS_NUMBER_FIELDS) {
    const value = num(element, field);
    if (value !== undefined && value >= 0 && value <= ANALYSIS_NUMBERS[field]) {
      details[field] = value;
    }
  }
  if (bool(element, 'isRepetitive') === true) details.isRepetitive = true;
  for (const field of TEXT_FIELDS) {
    details[field] = (str(element, field) ?? '').slice(0, TEXT_LIMITS[field]);
  }
  // RACI entries name roles of the file's library: the importing service matches them
  // (raciRefsFromModdle), so a foreign numeric id never lands in this library's graph.
  return details;
}

/** The RACI entries of a <roleflow:activity>, by key and name as the file gives them. */
export function raciRefsFromModdle(element: ModdleObject): RaciRef[] {
  const refs: RaciRef[] = [];
  for (const entry of many(element, 'raci').slice(0, MAX_RACI)) {
    const letter = str(entry, 'letter');
    if (!isRaci(letter)) continue;
    const roleKey = blankToUndefined(str(entry, 'roleKey'));
    const roleName = blankToUndefined(str(entry, 'roleName')?.trim());
    const legacyId = num(entry, 'roleId') !== undefined;
    if (roleKey !== undefined || roleName !== undefined || legacyId) {
      refs.push({ roleKey, roleName, legacyId, letter });
    }
  }
  return refs;
}

/** RACI entries as a file carries them: key and name; entries whose role is gone are left out. */
export function exportedRaci(
  details: ActivityDetails,
  refs: LibraryRefs | undefined,
): (NamedKey & { letter: RaciLetter })[] {
  return details.raci.flatMap((entry) => {
    const role = refs?.role(entry.roleId);
    return role ? [{ ...role, letter: entry.letter }] : [];
  });
}

export function activityToModdle(
  moddle: BpmnModdle,
  details: ActivityDetails,
  refs: LibraryRefs | undefined,
): ModdleObject {
  const properties: Record<string, unknown> = {
    raci: exportedRaci(details, refs).map((entry) =>
      moddle.create('roleflow:Raci', {
        roleKey: entry.key,
        roleName: xmlSafe(entry.name),
        letter: entry.letter,
      }),
    ),
  };
  if (details.workMinutes !== null) properties.workMinutes = details.workMinutes;
  if (details.waitMinutes !== null) properties.waitMinutes = details.waitMinutes;
  if (details.valueClass !== null) properties.valueClass = details.valueClass;
  for (const flag of FLAGS) properties[flag] = details[flag];
  for (const [name, value] of analysisAttributes(details)) properties[name] = value;
  for (const field of TEXT_FIELDS) if (details[field] !== '') properties[field] = details[field];
  return moddle.create(ACTIVITY_TYPE, properties);
}

/**
 * The same element as text, for exports that splice into an imported file; `names` says how
 * the RoleFlow namespace is written where it goes (and declares it there if the file has no
 * binding for it, so the source's root element never has to change).
 */
export function activityToXml(
  details: ActivityDetails,
  names: Names,
  refs: LibraryRefs | undefined,
): string {
  const q = names.qualify;
  const attributes: string[] = [];
  if (details.workMinutes !== null) {
    attributes.push(`workMinutes="${formatNumber(details.workMinutes)}"`);
  }
  if (details.waitMinutes !== null) {
    attributes.push(`waitMinutes="${formatNumber(details.waitMinutes)}"`);
  }
  if (details.valueClass !== null) attributes.push(`valueClass="${details.valueClass}"`);
  for (const flag of FLAGS) attributes.push(`${flag}="${String(details[flag])}"`);
  for (const [name, value] of analysisAttributes(details)) {
    attributes.push(`${name}="${typeof value === 'number' ? formatNumber(value) : String(value)}"`);
  }
  const children = exportedRaci(details, refs).map(
    (entry) =>
      `<${q('raci')} roleKey="${escapeAttribute(entry.key)}" roleName="${escapeAttribute(entry.name)}" letter="${entry.letter}"/>`,
  );
  for (const field of TEXT_FIELDS) {
    if (details[field] !== '') children.push(textElement(q(field), details[field]));
  }
  return `<${q('activity')}${names.declaration} ${attributes.join(' ')}>${children.join('')}</${q('activity')}>`;
}

/** Equal as the side panel sees them (undefined reads as "nothing filled in"). */
export function sameActivity(
  a: ActivityDetails | undefined,
  b: ActivityDetails | undefined,
): boolean {
  const left = a ?? emptyActivityDetails();
  const right = b ?? emptyActivityDetails();
  return (
    left.workMinutes === right.workMinutes &&
    left.waitMinutes === right.waitMinutes &&
    left.valueClass === right.valueClass &&
    FLAGS.every((flag) => left[flag] === right[flag]) &&
    ANALYSIS_NUMBER_FIELDS.every((field) => (left[field] ?? null) === (right[field] ?? null)) &&
    (left.isRepetitive ?? false) === (right.isRepetitive ?? false) &&
    TEXT_FIELDS.every((field) => left[field] === right[field]) &&
    left.raci.length === right.raci.length &&
    left.raci.every(
      (entry, i) =>
        entry.roleId === right.raci[i]?.roleId && entry.letter === right.raci[i]?.letter,
    )
  );
}

export function isEmptyActivity(details: ActivityDetails | undefined): boolean {
  return sameActivity(details, undefined);
}

/**
 * Whether an activity of an imported file changed: its fields, and its RACI entries compared
 * as the file carries them (key and letter), since the file's entries are not bound to ids.
 */
export function activityChanged(
  now: ActivityDetails | undefined,
  base: ActivityDetails | undefined,
  baseRaci: RaciRef[],
  refs: LibraryRefs | undefined,
): boolean {
  const fields = (details: ActivityDetails | undefined) => details && { ...details, raci: [] };
  if (!sameActivity(fields(now), fields(base))) return true;
  const written = now ? exportedRaci(now, refs) : [];
  return (
    written.length !== baseRaci.length ||
    written.some(
      (entry, i) => entry.key !== baseRaci[i]?.roleKey || entry.letter !== baseRaci[i]?.letter,
    )
  );
}

function blankToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

function minutes(value: number | undefined): number | null {
  return value !== undefined && value >= 0 && value <= MAX_MINUTES ? value : null;
}

function isValueClass(value: string | undefined): value is ValueClass {
  return VALUE_CLASSES.some((candidate) => candidate === value);
}

function isRaci(value: string | undefined): value is RaciLetter {
  return RACI.some((candidate) => candidate === value);
}
