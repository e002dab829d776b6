import type { ConfirmedRole, WordPreview } from '../contract/importChannels';
import { emptyRoleDetails } from '../roleDetails';
import { IMPORT_DETAIL_FIELDS, type ImportTextField } from './importedRole';

/*
 * What the user decided about one read file in the preview, and the role it becomes. Pure,
 * so the dialog and the tests build the same request.
 */

/** A field the preview lists with a tick box (title is always taken: a role needs one). */
export type PreviewField =
  Exclude<ImportTextField, 'title' | 'department' | 'reportsTo'> | 'headcount' | 'kpis';

export type DepartmentChoice =
  { kind: 'existing'; departmentId: number } | { kind: 'new'; name: string } | null;

export type FileChoice = {
  include: boolean;
  department: DepartmentChoice;
  reportsToId: number | null;
  /** Fields and duties (by index) the user unticked. */
  skippedFields: PreviewField[];
  skippedDuties: number[];
};

export function initialChoice(preview: WordPreview): FileChoice {
  const name = preview.texts.department.trim();
  const department: DepartmentChoice =
    preview.departmentId !== null
      ? { kind: 'existing', departmentId: preview.departmentId }
      : name !== ''
        ? { kind: 'new', name }
        : null;
  return {
    include: true,
    department,
    reportsToId: preview.reportsToId,
    skippedFields: [],
    skippedDuties: [],
  };
}

const DETAIL_FIELDS = IMPORT_DETAIL_FIELDS satisfies readonly PreviewField[];

/** The role to create, or null when the file is not ticked or has no department yet. */
export function confirmedRoleOf(
  fileName: string,
  preview: WordPreview,
  choice: FileChoice,
): ConfirmedRole | null {
  if (!choice.include || choice.department === null) return null;
  const skipped = new Set<string>(choice.skippedFields);
  const text = (field: PreviewField & ImportTextField) =>
    skipped.has(field) ? '' : preview.texts[field];
  const details = emptyRoleDetails();
  for (const field of DETAIL_FIELDS) details[field] = text(field);
  details.kpis = skipped.has('kpis') ? [] : preview.kpis;
  return {
    fileName,
    department: choice.department,
    role: {
      title: preview.texts.title,
      code: text('code'),
      reportsToId: choice.reportsToId,
      headcount: skipped.has('headcount') ? null : preview.headcount,
      grade: text('grade'),
      purpose: text('purpose'),
      template: preview.template,
      duties: preview.duties
        .filter((_duty, index) => !choice.skippedDuties.includes(index))
        .map((duty) => ({ ...duty, source: 'typed' as const })),
      details,
      competencies: [],
    },
  };
}
