import { isBlank } from './blocks';
import { directReportsText, type RoleExportContext } from './context';
import type { Field } from './gridTables';
import { EMPTY, isoDate, versionLabel } from './labels';

/** User text trimmed, or the dash of an empty field. */
export const orDash = (text: string | null | undefined) =>
  isBlank(text) ? EMPTY : (text ?? '').trim();

/**
 * 基本信息 of a Chinese description, the same fields in both layouts. The compact form's
 * label cells are narrower, so two labels are shortened there (岗位定员, 编制/更新); Word
 * import reads both spellings (shared/import/vocabulary.ts).
 */
export function zhBasicFields(ctx: RoleExportContext, compact: boolean): Field[] {
  const { role } = ctx;
  const d = role.details;
  return [
    { label: '岗位名称', value: orDash(role.title) },
    { label: '岗位编号', value: orDash(role.code) },
    { label: '所属部门', value: orDash(ctx.departmentName) },
    { label: '直接上级', value: orDash(ctx.managerTitle) },
    {
      label: '直接下级',
      value: orDash(directReportsText(ctx.subordinateTitles, d.directReports, '、')),
    },
    {
      label: compact ? '岗位定员' : '岗位编制/定员',
      value: role.headcount === null ? EMPTY : `${role.headcount} 人`,
    },
    { label: '职级', value: orDash(role.grade) },
    { label: '工作地点', value: orDash(d.location) },
    { label: '版本', value: versionLabel(role, 'zh') },
    {
      label: compact ? '编制/更新' : '编制/更新日期',
      value: `${isoDate(role.createdAt)} / ${isoDate(role.updatedAt)}`,
    },
  ];
}
