import {
  emptyParagraph,
  isBlank,
  lines,
  note,
  sectionHeading,
  subHeading,
  subtitle,
  textParagraphs,
  titleHeading,
} from './blocks';
import {
  byImportance,
  competencyLines,
  directReportsText,
  percent,
  weightTotal,
  type RoleExportContext,
} from './context';
import { EMPTY, FREQUENCY_LABELS, isoDate, KIND_LABELS, versionLabel } from './labels';
import { fieldTable, gridTable, signatureTable } from './gridTables';
import { sectionsFlow, type FlowPiece } from './pageFlow';

/*
 * The English job description (DOMAIN.md): job information · summary · essential
 * functions (by importance, % of time) · other duties · supervisory responsibilities ·
 * qualifications · competencies · physical demands and work environment · travel ·
 * disclaimer · acknowledgement. Headings always print; an empty section shows a dash.
 */

const LANG = 'en';
type Block = FlowPiece;

const or = (text: string | null | undefined) => (isBlank(text) ? EMPTY : (text ?? '').trim());

const FLSA = { exempt: 'Exempt', nonExempt: 'Non-exempt' } as const;

function jobInformation(ctx: RoleExportContext): Block {
  const { role } = ctx;
  const d = role.details;
  const gradePay = [role.grade, d.payRange].filter((part) => !isBlank(part)).join(' / ');
  return fieldTable(
    [
      { label: 'Job title', value: or(role.title) },
      { label: 'Job code', value: or(role.code) },
      { label: 'Department', value: or(ctx.departmentName) },
      { label: 'Reports to', value: or(ctx.managerTitle) },
      { label: 'FLSA status', value: d.flsaStatus === null ? EMPTY : FLSA[d.flsaStatus] },
      { label: 'Grade / pay range', value: or(gradePay) },
      { label: 'Location', value: or(d.location) },
      { label: 'Positions', value: role.headcount === null ? EMPTY : String(role.headcount) },
      { label: 'Version', value: versionLabel(role, LANG) },
      {
        label: 'Prepared / updated',
        value: `${isoDate(role.createdAt)} / ${isoDate(role.updatedAt)}`,
      },
    ],
    LANG,
    2,
    0.19,
  );
}

function essentialFunctions(ctx: RoleExportContext): Block[] {
  const list = byImportance(ctx.role.duties);
  if (list.length === 0) return [emptyParagraph(LANG)];
  return [
    gridTable(
      {
        columns: [
          { title: 'No.', width: 1, align: 'center' },
          { title: 'Essential function', width: 6.5 },
          { title: 'Standard / output', width: 5 },
          { title: 'Frequency', width: 2.3, align: 'center' },
          { title: '% of time', width: 2.2, align: 'center' },
        ],
        rows: list.map((duty, i) => [
          String(i + 1),
          duty.text,
          duty.standard,
          duty.frequency === null ? EMPTY : FREQUENCY_LABELS.en[duty.frequency],
          percent(duty.weight),
        ]),
        total: {
          span: 4,
          cells: [
            { text: 'Total', bold: true },
            { text: percent(weightTotal(list)), bold: true },
          ],
        },
        keepTogether: true,
      },
      LANG,
    ),
  ];
}

function supervisory(ctx: RoleExportContext): Block[] {
  const d = ctx.role.details;
  const reports = directReportsText(ctx.subordinateTitles, d.directReports, ', ');
  const text = [...lines(d.supervisoryResponsibilities)];
  if (reports !== '') text.push(`Direct reports: ${reports}`);
  return textParagraphs(text.join('\n'), LANG);
}

function qualifications(ctx: RoleExportContext): Block[] {
  const d = ctx.role.details;
  return [
    subHeading('Minimum qualifications', LANG),
    fieldTable(
      [
        { label: 'Education', value: or(d.education) },
        { label: 'Field of study', value: or(d.major) },
        { label: 'Experience', value: or(d.experience) },
        { label: 'Knowledge', value: or(d.knowledge) },
        { label: 'Skills / certifications', value: or(d.skills) },
        { label: 'Training', value: or(d.training) },
      ],
      LANG,
      1,
      0.22,
    ),
    subHeading('Preferred qualifications', LANG),
    ...textParagraphs(d.preferredQualifications, LANG),
  ];
}

function competencies(ctx: RoleExportContext): Block[] {
  const comps = competencyLines(ctx.role.competencies, ctx.competencies, LANG);
  if (comps.length === 0) return [emptyParagraph(LANG)];
  return [
    gridTable(
      {
        columns: [
          { title: 'No.', width: 1, align: 'center' },
          { title: 'Competency', width: 3.4 },
          { title: 'Type', width: 1.8, align: 'center' },
          { title: 'Level', width: 1.4, align: 'center' },
          { title: 'Behavioural indicator at this level', width: 9.4 },
        ],
        rows: comps.map((c, i) => [
          String(i + 1),
          c.name,
          c.kind === null ? EMPTY : KIND_LABELS.en[c.kind],
          c.maxLevel === null ? String(c.requiredLevel) : `${c.requiredLevel} / ${c.maxLevel}`,
          c.indicator,
        ]),
        keepTogether: true,
      },
      LANG,
    ),
  ];
}

function acknowledgement(): Block[] {
  return [
    note(
      'I have read and understand this job description and agree to perform the duties it describes.',
      LANG,
      true,
    ),
    signatureTable(
      { columns: ['', 'Signature', 'Date'], signers: ['Employee', 'Manager', 'Human Resources'] },
      LANG,
    ),
  ];
}

/** The English job description as pieces of a page plan. `bookmark` anchors a handbook's contents entry. */
export function enFlow(ctx: RoleExportContext, bookmark?: string): Block[] {
  const { role } = ctx;
  const d = role.details;
  const sections: [string, Block[]][] = [
    ['Job Information', [jobInformation(ctx)]],
    ['Summary', textParagraphs(role.purpose, LANG)],
    ['Essential Functions', essentialFunctions(ctx)],
    ['Other Duties', textParagraphs(d.otherDuties, LANG)],
    ['Supervisory Responsibilities', supervisory(ctx)],
    ['Qualifications', qualifications(ctx)],
    ['Competencies (Knowledge, Skills, Abilities)', competencies(ctx)],
    ['Physical Demands and Work Environment', textParagraphs(d.workConditions, LANG)],
    ['Travel', textParagraphs(d.travel, LANG)],
    ['Disclaimer', textParagraphs(d.disclaimer, LANG)],
  ];
  return sectionsFlow(
    [
      titleHeading(or(role.title), LANG, bookmark),
      subtitle(['Job Description', ctx.departmentName, versionLabel(role, LANG)], LANG),
    ],
    sections.map(([title, blocks]) => [sectionHeading(title, LANG), blocks]),
    [
      sectionHeading('Acknowledgement', LANG),
      ...acknowledgement(),
      note(`Exported ${isoDate(ctx.exportedAt)}`, LANG),
    ],
  );
}
