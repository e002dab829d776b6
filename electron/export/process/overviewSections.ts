import type { FlowPiece } from '../pageFlow';
import { emptyParagraph, note, textParagraphs } from '../blocks';
import { fieldTable, gridTable } from '../gridTables';
import type { ProcessDocContext } from './context';
import { numberedHeading } from './headerSections';
import { PROCESS_LABELS } from './processLabels';
import { laneOwnerName, type DocStep } from './processSteps';

/*
 * Sections 2–6 of the 流程说明书: purpose, scope (the organisation the map spans), the key roles
 * with the duties of their descriptions that this process carries out, and the boundaries.
 */

type Block = FlowPiece;

export function purposeSection(ctx: ProcessDocContext): Block[] {
  const { lang } = ctx;
  return [
    numberedHeading(1, PROCESS_LABELS[lang].sections.purpose, lang),
    ...textParagraphs(ctx.process.purpose, lang),
  ];
}

/** 适用范围: the departments and roles of the map's lanes (what the map itself says). */
export function scopeSection(ctx: ProcessDocContext, steps: DocStep[]): Block[] {
  const { lang, process } = ctx;
  const labels = PROCESS_LABELS[lang];
  const heading = numberedHeading(2, labels.sections.scope, lang);
  const separator = lang === 'zh' ? '、' : ', ';
  const departmentIds = new Set<number>();
  if (process.departmentId !== null) departmentIds.add(process.departmentId);
  for (const lane of process.graph.lanes) {
    if (lane.owner.kind === 'department') departmentIds.add(lane.owner.departmentId);
  }
  const roleIds = new Set(steps.flatMap((step) => step.letters.map((l) => l.roleId)));
  for (const roleId of roleIds) {
    const id = ctx.roles.get(roleId)?.departmentId;
    if (id !== undefined) departmentIds.add(id);
  }
  const departments = [...departmentIds].flatMap((id) => ctx.departments.get(id) ?? []);
  const roles = [...roleIds].flatMap((id) => ctx.roles.get(id)?.title ?? []);
  const unbound = process.graph.lanes
    .filter((lane) => lane.owner.kind === 'none')
    .map((lane) => laneOwnerName(lane, ctx));
  if (departments.length === 0 && roles.length === 0 && unbound.length === 0) {
    return [heading, emptyParagraph(lang)];
  }
  return [
    heading,
    fieldTable(
      [
        { label: labels.scopeDepartments, value: departments.join(separator) },
        { label: labels.scopeRoles, value: [...roles, ...unbound].join(separator) },
      ],
      lang,
      1,
    ),
  ];
}

/**
 * 关键角色及职责: every role holding a letter on a step or with a duty linked to one, with the
 * duties of its description that name this process's steps, and the description's number.
 */
export function rolesSection(ctx: ProcessDocContext, steps: DocStep[]): Block[] {
  const { lang } = ctx;
  const labels = PROCESS_LABELS[lang];
  const heading = numberedHeading(3, labels.sections.roles, lang);
  const order: number[] = [];
  const add = (id: number) => {
    if (!order.includes(id) && ctx.roles.has(id)) order.push(id);
  };
  if (ctx.process.ownerRoleId !== null) add(ctx.process.ownerRoleId);
  steps.forEach((step) => step.letters.forEach((l) => add(l.roleId)));
  ctx.duties.forEach((duty) => add(duty.roleId));
  if (order.length === 0) return [heading, emptyParagraph(lang)];
  const stepNumbers = new Map(steps.map((step) => [step.node.id, step.number]));
  const rows = order.map((roleId, i) => {
    const role = ctx.roles.get(roleId);
    const duties = ctx.duties
      .filter((duty) => duty.roleId === roleId)
      .map((duty) => {
        const numbers = duty.nodeIds.flatMap((id) => stepNumbers.get(id) ?? []);
        return numbers.length === 0 ? duty.text : `${duty.text}（${numbers.join('、')}）`;
      });
    return [
      String(i + 1),
      role?.title ?? '',
      duties.join('\n'),
      role?.departmentName ?? '',
      role?.code ?? '',
    ];
  });
  const [no, title, duties, position, code] = labels.roleColumns;
  return [
    heading,
    gridTable(
      {
        columns: [
          { title: no ?? '', width: 0.6, align: 'center' },
          { title: title ?? '', width: 1.8 },
          { title: duties ?? '', width: 5 },
          { title: position ?? '', width: 1.6 },
          { title: code ?? '', width: 1.4, align: 'center' },
        ],
        rows,
      },
      lang,
    ),
  ];
}

/** 流程边界: trigger, end, and what the process takes in and puts out. */
export function boundariesSection(ctx: ProcessDocContext, steps: DocStep[]): Block[] {
  const { lang, process } = ctx;
  const labels = PROCESS_LABELS[lang];
  const nodes = process.graph.nodes;
  const named = (kind: 'start' | 'end') =>
    nodes.filter((n) => n.kind === kind && n.label.trim() !== '').map((n) => n.label.trim());
  const trigger = [process.trigger.trim(), ...named('start')].filter((t) => t !== '');
  const end = [...named('end'), process.output.trim()].filter((t) => t !== '');
  const first = steps[0]?.node.activity?.inputs.trim() ?? '';
  const last = steps[steps.length - 1]?.node.activity?.outputs.trim() ?? '';
  return [
    numberedHeading(4, labels.sections.boundaries, lang),
    fieldTable(
      [
        { label: labels.boundary.trigger, value: [...new Set(trigger)].join('\n') },
        { label: labels.boundary.end, value: [...new Set(end)].join('\n') },
        { label: labels.boundary.inputs, value: first },
        {
          label: labels.boundary.outputs,
          value: [...new Set([last, process.output.trim()].filter((t) => t !== ''))].join('\n'),
        },
      ],
      lang,
      1,
      0.26,
    ),
  ];
}

export function mapLeadIn(ctx: ProcessDocContext): Block[] {
  const { lang } = ctx;
  const labels = PROCESS_LABELS[lang];
  const heading = numberedHeading(5, labels.sections.map, lang);
  if (ctx.mapPages.length === 0) return [heading, emptyParagraph(lang)];
  return [heading, note(labels.mapNote(ctx.mapPages.length), lang)];
}
