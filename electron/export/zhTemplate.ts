import {
  emptyParagraph,
  note,
  sectionHeading,
  subHeading,
  subtitle,
  textParagraphs,
  titleHeading,
} from './blocks';
import { competencyLines, percent, weightTotal, type RoleExportContext } from './context';
import {
  CATEGORY_LABELS,
  EMPTY,
  FREQUENCY_LABELS,
  isoDate,
  KIND_LABELS,
  PERIOD_LABELS,
  versionLabel,
  zhNumeral,
} from './labels';
import { fieldTable, gridTable, signatureTable } from './gridTables';
import { orDash as or, zhBasicFields } from './zhBasics';
import { sectionsFlow, type FlowPiece } from './pageFlow';

/*
 * The Chinese 职位说明书 (DOMAIN.md): 基本信息 · 岗位目的 · 工作职责 · 工作权限 · 工作关系 ·
 * 任职资格 · 工作条件/环境 · 考核指标 · 职业发展 · 签字确认, numbered 一、二、… Every heading
 * prints even when its section is empty: the printed norm is a fixed format.
 */

const LANG = 'zh';
type Block = FlowPiece;

function basics(ctx: RoleExportContext): Block {
  return fieldTable(zhBasicFields(ctx, false), LANG, 2, 0.15);
}

function duties(ctx: RoleExportContext): Block[] {
  const list = ctx.role.duties;
  if (list.length === 0) return [emptyParagraph(LANG)];
  return [
    gridTable(
      {
        columns: [
          { title: '序号', width: 1, align: 'center' },
          { title: '职责描述', width: 4.85 },
          { title: '类别', width: 2.1, align: 'center' },
          { title: '权重%', width: 1.35, align: 'center' },
          { title: '频次', width: 1.35, align: 'center' },
          { title: '工作标准/输出成果', width: 3.85 },
          { title: 'KPI', width: 2.5 },
        ],
        rows: list.map((duty, i) => [
          String(i + 1),
          duty.text,
          duty.category === null ? EMPTY : CATEGORY_LABELS.zh[duty.category],
          percent(duty.weight),
          duty.frequency === null ? EMPTY : FREQUENCY_LABELS.zh[duty.frequency],
          duty.standard,
          duty.kpi,
        ]),
        total: {
          span: 3,
          cells: [
            { text: '合计', bold: true },
            { text: percent(weightTotal(list)), bold: true },
            '',
            '',
            '',
          ],
        },
        keepTogether: true,
      },
      LANG,
    ),
  ];
}

function relations(ctx: RoleExportContext): Block {
  const d = ctx.role.details;
  return fieldTable(
    [
      { label: '内部', value: or(d.relationsInternal) },
      { label: '外部', value: or(d.relationsExternal) },
    ],
    LANG,
    1,
  );
}

function qualifications(ctx: RoleExportContext): Block[] {
  const d = ctx.role.details;
  const blocks: Block[] = [
    fieldTable(
      [
        { label: '学历', value: or(d.education) },
        { label: '专业', value: or(d.major) },
        { label: '经验', value: or(d.experience) },
        { label: '知识', value: or(d.knowledge) },
        { label: '技能/证书', value: or(d.skills) },
        { label: '培训', value: or(d.training) },
      ],
      LANG,
      1,
    ),
    subHeading('能力素质要求', LANG),
  ];
  const comps = competencyLines(ctx.role.competencies, ctx.competencies, LANG);
  if (comps.length === 0) return [...blocks, emptyParagraph(LANG)];
  blocks.push(
    gridTable(
      {
        columns: [
          { title: '序号', width: 1, align: 'center' },
          { title: '能力素质', width: 2.8 },
          { title: '类型', width: 1.3, align: 'center' },
          { title: '要求等级', width: 1.9, align: 'center' },
          { title: '该等级行为描述', width: 10 },
        ],
        rows: comps.map((c, i) => [
          String(i + 1),
          c.name,
          c.kind === null ? EMPTY : KIND_LABELS.zh[c.kind],
          c.maxLevel === null ? `${c.requiredLevel} 级` : `${c.requiredLevel} / ${c.maxLevel} 级`,
          c.indicator,
        ]),
        keepTogether: true,
      },
      LANG,
    ),
  );
  return blocks;
}

function kpis(ctx: RoleExportContext): Block[] {
  const list = ctx.role.details.kpis;
  if (list.length === 0) return [emptyParagraph(LANG)];
  return [
    gridTable(
      {
        columns: [
          { title: '序号', width: 1, align: 'center' },
          { title: '考核指标（KPI）', width: 8 },
          { title: '目标值', width: 5 },
          { title: '考核周期', width: 3, align: 'center' },
        ],
        rows: list.map((kpi, i) => [
          String(i + 1),
          kpi.name,
          kpi.target,
          kpi.period === null ? EMPTY : PERIOD_LABELS.zh[kpi.period],
        ]),
        keepTogether: true,
      },
      LANG,
    ),
  ];
}

function signatures(): Block[] {
  return [
    note('本人已阅读并理解本职位说明书的全部内容，同意按此履行岗位职责。', LANG, true),
    signatureTable(
      { columns: ['确认人', '签字', '日期'], signers: ['任职者', '直接上级', '人力资源部'] },
      LANG,
    ),
  ];
}

/**
 * The sectioned Chinese position description as pieces of a page plan. `bookmark` anchors
 * a handbook's contents entry.
 */
export function zhSectionedFlow(ctx: RoleExportContext, bookmark?: string): Block[] {
  const { role } = ctx;
  const d = role.details;
  const sections: [string, Block[]][] = [
    ['基本信息', [basics(ctx)]],
    ['岗位目的', textParagraphs(role.purpose, LANG)],
    ['工作职责', duties(ctx)],
    ['工作权限', textParagraphs(d.authority, LANG)],
    ['工作关系', [relations(ctx)]],
    ['任职资格', qualifications(ctx)],
    ['工作条件/环境', textParagraphs(d.workConditions, LANG)],
    ['考核指标', kpis(ctx)],
    ['职业发展', textParagraphs(d.careerPath, LANG)],
  ];
  const heading = (title: string, i: number) => sectionHeading(`${zhNumeral(i)}、${title}`, LANG);
  return sectionsFlow(
    [
      titleHeading(or(role.title), LANG, bookmark),
      subtitle(['职位说明书', ctx.departmentName, versionLabel(role, LANG)], LANG),
    ],
    sections.map(([title, blocks], i) => [heading(title, i), blocks]),
    [
      heading('签字确认', sections.length),
      ...signatures(),
      note(`导出日期：${isoDate(ctx.exportedAt)}`, LANG),
    ],
  );
}
