import { isBlank, note, spacer, subtitle, titleHeading } from './blocks';
import { competencyLines, percent, weightTotal, type RoleExportContext } from './context';
import { gridTable, labelCell } from './gridTables';
import {
  EMPTY,
  FREQUENCY_LABELS,
  isoDate,
  KIND_LABELS,
  PERIOD_LABELS,
  versionLabel,
} from './labels';
import { orDash as or, zhBasicFields } from './zhBasics';
import { keptWithNext, type FlowPiece } from './pageFlow';
import { band, fieldSection, signatures, textSection } from './formGrid';

/*
 * The compact Chinese 职位说明书, as Chinese practice prints it: one bordered grid, each
 * section a shaded band with its content under it — 基本信息 as a form (shaded labels, two
 * pairs a row), 岗位目的, the duty table directly under it, then 工作权限 · 工作关系 ·
 * 任职资格 · 工作条件 · 考核指标 · 职业发展 · 签字确认. A role of eight duties fits on two A4
 * pages; page breaks are the plan's (pagination.ts). Every section prints, even empty.
 */

const LANG = 'zh';

function basics(ctx: RoleExportContext, index: number): FlowPiece {
  return fieldSection(index, '基本信息', zhBasicFields(ctx, true));
}

/** 工作职责: what the duty is, its standard (and KPI), how often, its weight; 合计 closes it. */
function duties(ctx: RoleExportContext, index: number): FlowPiece {
  const list = ctx.role.duties;
  if (list.length === 0) return textSection(index, '工作职责', '');
  const columns = [
    { title: '序号', width: 0.9, align: 'center' as const },
    { title: '职责', width: 5.6 },
    { title: '工作内容/标准', width: 5.6 },
    { title: '频次', width: 1.4, align: 'center' as const },
    { title: '权重', width: 1.3, align: 'center' as const },
  ];
  return gridTable(
    {
      lead: [band(index, '工作职责', columns.length)],
      columns,
      rows: list.map((duty, i) => [
        String(i + 1),
        duty.text,
        [duty.standard, isBlank(duty.kpi) ? '' : `考核：${duty.kpi.trim()}`].join('\n'),
        duty.frequency === null ? EMPTY : FREQUENCY_LABELS.zh[duty.frequency],
        percent(duty.weight),
      ]),
      total: {
        span: 4,
        cells: [
          { text: '合计', bold: true },
          { text: percent(weightTotal(list)), bold: true },
        ],
      },
      keepTogether: true,
    },
    LANG,
  );
}

function qualifications(ctx: RoleExportContext, index: number): FlowPiece[] {
  const d = ctx.role.details;
  const fields = fieldSection(index, '任职资格', [
    { label: '学历', value: or(d.education) },
    { label: '专业', value: or(d.major) },
    { label: '工作经验', value: or(d.experience) },
    { label: '知识', value: or(d.knowledge) },
    { label: '技能/证书', value: or(d.skills) },
    { label: '培训', value: or(d.training) },
  ]);
  const comps = competencyLines(ctx.role.competencies, ctx.competencies, LANG);
  const competencies = gridTable(
    {
      lead: [{ cells: [{ ...labelCell('能力素质要求', 4), align: 'left' }] }],
      columns: [
        { title: '能力素质', width: 2.8 },
        { title: '类型', width: 1.3, align: 'center' },
        { title: '要求等级', width: 1.7, align: 'center' },
        { title: '该等级行为描述', width: 9 },
      ],
      rows: comps.map((c) => [
        c.name,
        c.kind === null ? EMPTY : KIND_LABELS.zh[c.kind],
        c.maxLevel === null ? `${c.requiredLevel} 级` : `${c.requiredLevel} / ${c.maxLevel} 级`,
        c.indicator,
      ]),
      keepTogether: true,
    },
    LANG,
  );
  // The competencies read as the end of 任职资格: no page between the two.
  return comps.length === 0 ? [fields] : [keptWithNext(fields), spacer(), competencies];
}

function kpis(ctx: RoleExportContext, index: number): FlowPiece {
  const list = ctx.role.details.kpis;
  const columns = [
    { title: '序号', width: 0.9, align: 'center' as const },
    { title: '考核指标（KPI）', width: 7.5 },
    { title: '目标值', width: 4.5 },
    { title: '考核周期', width: 2, align: 'center' as const },
  ];
  if (list.length === 0) return textSection(index, '考核指标', '');
  return gridTable(
    {
      lead: [band(index, '考核指标', columns.length)],
      columns,
      rows: list.map((kpi, i) => [
        String(i + 1),
        kpi.name,
        kpi.target,
        kpi.period === null ? EMPTY : PERIOD_LABELS.zh[kpi.period],
      ]),
      keepTogether: true,
    },
    LANG,
  );
}

/** The compact form as pieces of a page plan. `bookmark` anchors a handbook's contents entry. */
export function zhFormFlow(ctx: RoleExportContext, bookmark?: string): FlowPiece[] {
  const { role } = ctx;
  const d = role.details;
  const sections: FlowPiece[][] = [
    [basics(ctx, 0)],
    [textSection(1, '岗位目的', role.purpose)],
    [duties(ctx, 2)],
    [textSection(3, '工作权限', d.authority)],
    [
      fieldSection(4, '工作关系', [
        { label: '内部', value: or(d.relationsInternal) },
        { label: '外部', value: or(d.relationsExternal) },
      ]),
    ],
    qualifications(ctx, 5),
    [textSection(6, '工作条件', d.workConditions)],
    [kpis(ctx, 7)],
    [textSection(8, '职业发展', d.careerPath)],
  ];
  const body = sections.flatMap((pieces, i) => (i === 0 ? pieces : [spacer(), ...pieces]));
  // 签字确认 stays on the page of the section before it, and the export date with it.
  const last = body.pop();
  return [
    titleHeading(or(role.title), LANG, bookmark),
    subtitle(['职位说明书', ctx.departmentName, versionLabel(role, LANG)], LANG),
    ...body,
    ...(last === undefined ? [] : [keptWithNext(last)]),
    spacer(),
    signatures(sections.length),
    note(`导出日期：${isoDate(ctx.exportedAt)}`, LANG),
  ];
}
