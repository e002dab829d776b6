import { branchAttributes } from './branchXml';
import { type ProcessNode } from '../../shared/process';
import { activityToXml, isEmptyActivity } from './activityXml';
import { exportElementOf } from './bpmnKinds';
import { element, textElement, type Names } from './bpmnMarkup';
import { xmlIdOf, type EdgePlan, type PatchContext } from './patchContext';
import { edgesOf } from './patchPlan';
import { stepAttributes } from './patchSteps';
import { ROLEFLOW_NS } from './roleflowSchema';
import { nameIn } from './xmlEditor';

/*
 * Markup for nodes and edges RoleFlow adds to an imported file, in the file's own prefixes,
 * one element per line. Child order follows the BPMN schema (extension elements, incoming,
 * outgoing, property, data input / output associations).
 */

export function nodeMarkup(ctx: PatchContext, node: ProcessNode, names: Names): string[] {
  const q = names.qualify;
  const declare = names.declaration;
  const id = xmlIdOf(ctx, node.id);
  const name = node.label === '' ? undefined : node.label;
  switch (node.kind) {
    case 'annotation':
      return [
        element(q('textAnnotation'), [['id', id]], textElement(q('text'), node.label), declare),
      ];
    case 'document': {
      const object = ctx.ids.claim(`${id}_object`);
      return [
        element(q('dataObject'), [['id', object]], '', declare),
        element(
          q('dataObjectReference'),
          [
            ['id', id],
            ['name', name],
            ['dataObjectRef', object],
          ],
          '',
          declare,
        ),
      ];
    }
    case 'data':
      return [
        element(
          q('dataStoreReference'),
          [
            ['id', id],
            ['name', name],
          ],
          '',
          declare,
        ),
      ];
    default: {
      const children: string[] = [];
      if (node.kind === 'activity' && node.activity && !isEmptyActivity(node.activity)) {
        const roleflow = nameIn(ctx.base.element, ROLEFLOW_NS, 'roleflow');
        const markup = activityToXml(node.activity, roleflow, ctx.input.refs);
        children.push(element(q('extensionElements'), [], markup));
      }
      const edges = edgesOf(ctx.plans, node.id);
      for (const plan of edges.incoming)
        children.push(textElement(q('incoming'), xmlIdOf(ctx, plan.edge.id)));
      for (const plan of edges.outgoing)
        children.push(textElement(q('outgoing'), xmlIdOf(ctx, plan.edge.id)));
      for (const plan of edges.inputs) children.push(...dataInputMarkup(ctx, plan, names, false));
      for (const plan of edges.outputs) children.push(dataOutputMarkup(ctx, plan, names, false));
      const marks = stepAttributes(ctx, node);
      return [
        element(
          q(exportElementOf(node)),
          [['id', id], ['name', name], ...marks.attributes],
          children.join(''),
          `${declare}${marks.declaration}`,
        ),
      ];
    }
  }
}

/** A placeholder property and the association into it (as bpmn-js writes data inputs). */
export function dataInputMarkup(
  ctx: PatchContext,
  plan: EdgePlan,
  names: Names,
  declare: boolean,
): string[] {
  const q = names.qualify;
  const id = xmlIdOf(ctx, plan.edge.id);
  const property = ctx.ids.claim(`${id}_target`);
  return [
    element(
      q('property'),
      [
        ['id', property],
        ['name', '__targetRef_placeholder'],
      ],
      '',
      declare ? names.declaration : '',
    ),
    element(
      q('dataInputAssociation'),
      [['id', id]],
      textElement(q('sourceRef'), xmlIdOf(ctx, plan.edge.source)) +
        textElement(q('targetRef'), property),
      declare ? names.declaration : '',
    ),
  ];
}

export function dataOutputMarkup(
  ctx: PatchContext,
  plan: EdgePlan,
  names: Names,
  declare: boolean,
): string {
  const q = names.qualify;
  return element(
    q('dataOutputAssociation'),
    [['id', xmlIdOf(ctx, plan.edge.id)]],
    textElement(q('targetRef'), xmlIdOf(ctx, plan.edge.target)),
    declare ? names.declaration : '',
  );
}

export function flowMarkup(ctx: PatchContext, plan: EdgePlan, names: Names): string {
  const { edge } = plan;
  const id = xmlIdOf(ctx, edge.id);
  const source = xmlIdOf(ctx, edge.source);
  const target = xmlIdOf(ctx, edge.target);
  if (plan.kind === 'sequenceFlow') {
    const branch = branchAttributes(ctx, edge);
    return element(
      names.qualify('sequenceFlow'),
      [
        ['id', id],
        ['name', edge.label === '' ? undefined : edge.label],
        ['sourceRef', source],
        ['targetRef', target],
        ...branch.attributes,
      ],
      '',
      `${names.declaration}${branch.declaration}`,
    );
  }
  const toData = ['document', 'data'].includes(ctx.now.nodes.get(edge.target)?.kind ?? '');
  const fromData = ['document', 'data'].includes(ctx.now.nodes.get(edge.source)?.kind ?? '');
  return element(
    names.qualify('association'),
    [
      ['id', id],
      ['sourceRef', source],
      ['targetRef', target],
      ['associationDirection', toData || fromData ? 'One' : 'None'],
    ],
    '',
    names.declaration,
  );
}
