import { singleEdge, singleStep, type EditorContext } from './context';
import { clearWaypoints, reverseEdge } from './connectorCommands';
import { addStepAfter } from './quickAdd';
import type { EditorCommand } from './registry';

/* Connecting: by keyboard, the next step in one go, and turning or straightening a connector. */

/** The way the flow runs out of a step: to the right, or down on a vertical map. */
export function flowSide(context: Pick<EditorContext, 'graph'>): 'right' | 'bottom' {
  return context.graph.orientation === 'vertical' ? 'bottom' : 'right';
}

const stepMayLeadOn = (context: EditorContext) => {
  const step = singleStep(context);
  return step !== null && step.kind !== 'end' && step.kind !== 'annotation';
};

export const connectCommands: EditorCommand[] = [
  {
    id: 'connect.to',
    label: 'canvas.cmd.connectTo',
    shortcuts: ['Mod+K'],
    menus: ['shape'],
    edits: true,
    enabled: (context) => singleStep(context) !== null && context.graph.nodes.length > 1,
    run: (context) => {
      const step = singleStep(context);
      if (step) context.pickTarget(step.id);
    },
  },
  {
    id: 'connect.addNext',
    label: 'canvas.cmd.addNext',
    shortcuts: ['Mod+Enter'],
    menus: ['shape'],
    edits: true,
    enabled: stepMayLeadOn,
    run: (context) => {
      const step = singleStep(context);
      if (!step) return;
      const id = context.newId();
      const edgeId = context.newId();
      const ids = [id, edgeId];
      const label = context.t('nodeKinds.activity');
      context.apply(context.t('editor2.cmdAdd'), (graph) => {
        const queue = [...ids];
        const next = () => queue.shift() ?? '';
        return (
          addStepAfter(graph, step.id, flowSide(context), 'activity', label, next)?.graph ?? graph
        );
      });
      context.select([id]);
    },
  },
  {
    id: 'connect.reverse',
    label: 'canvas.cmd.reverse',
    menus: ['connector'],
    edits: true,
    enabled: (context) => singleEdge(context) !== null,
    run: (context) => {
      const edge = singleEdge(context);
      if (!edge) return;
      const result = reverseEdge(context.graph, edge.id);
      if (result.refusal) context.notify(context.t(`canvas.refused.${result.refusal}`));
      else
        context.apply(
          context.t('canvas.cmd.reverse'),
          (graph) => reverseEdge(graph, edge.id).graph,
        );
    },
  },
  {
    id: 'connect.straighten',
    label: 'canvas.cmd.straighten',
    menus: ['connector'],
    edits: true,
    enabled: (context) => {
      const edge = singleEdge(context);
      return edge !== null && ((edge.waypoints?.length ?? 0) > 0 || Boolean(edge.labelAt));
    },
    run: (context) => {
      const edge = singleEdge(context);
      if (edge) {
        context.apply(context.t('canvas.cmd.straighten'), (graph) =>
          clearWaypoints(graph, edge.id),
        );
      }
    },
  },
];
