import { App as AntApp } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { orientationOf } from '../../../shared/layout/frame';
import type { LaneOwner, Orientation, ProcessGraph } from '../../../shared/process';
import { addLane, deleteLane } from '../commands/laneCommands';
import { LANE_PREFIX } from './frameNodes';
import type { FrameActions } from './frameActions';
import {
  laneIndexAt,
  moveLaneTo,
  setLaneBinding,
  setLaneSize,
  stepsOutsideLane,
} from './laneFrameCommands';
import { addPhase, deletePhase, renamePhase, resizePhase } from './phaseCommands';
import { turnGraph } from './turnGraph';

type Run = (name: string, next: (graph: ProcessGraph) => ProcessGraph, mergeKey?: string) => void;

/** Edits of lanes, phases, joint lanes and orientation that the side panel offers. */
export type FrameEdits = {
  addLane: () => void;
  laneName: (laneId: string, name: string) => void;
  laneBinding: (laneId: string, owner: LaneOwner, name?: string) => void;
  laneSize: (laneId: string, size: number) => void;
  laneMove: (laneId: string, delta: -1 | 1) => void;
  laneDelete: (laneId: string) => void;
  addPhase: () => void;
  phaseName: (phaseId: string, name: string) => void;
  phaseSize: (phaseId: string, size: number) => void;
  phaseDelete: (phaseId: string) => void;
  jointLane: (nodeId: string, laneId: string | null) => void;
  orientation: (orientation: Orientation) => void;
};

type Options = {
  graph: ProcessGraph;
  run: Run;
  select: (ids: string[]) => void;
  newId: () => string;
  /** Lays a graph out in its own direction (off the UI thread). */
  layout: (graph: ProcessGraph) => Promise<ProcessGraph>;
  report: (error: unknown) => void;
};

/** The frame edits and the canvas's drag actions, as undoable commands of the editor. */
export function useFrameEdits(options: Options): { edits: FrameEdits; actions: FrameActions } {
  const { graph, run, select, newId, layout, report } = options;
  const { t } = useTranslation();
  const { message } = AntApp.useApp();

  return useMemo(() => {
    const warnIfOutside = (next: ProcessGraph, laneId: string) => {
      const outside = stepsOutsideLane(next, laneId);
      const name = next.lanes.find((lane) => lane.id === laneId)?.name ?? '';
      if (outside > 0)
        void message.warning(t('processView.laneTooSmall', { count: outside, name }));
    };
    const laneSize = (laneId: string, size: number) => {
      const next = setLaneSize(graph, laneId, size);
      run(t('editor2.cmdLaneResize'), (g) => setLaneSize(g, laneId, size), `lane-size:${laneId}`);
      warnIfOutside(next, laneId);
    };
    const phaseSize = (phaseId: string, size: number) =>
      run(
        t('processView.cmdResizePhase'),
        (g) => resizePhase(g, phaseId, size),
        `phase-size:${phaseId}`,
      );
    const edits: FrameEdits = {
      addLane: () => {
        const id = newId();
        run(t('editor2.addLane'), (g) =>
          addLane(g, t('editor2.newLane', { n: g.lanes.length + 1 }), { kind: 'none' }, () => id),
        );
        // The new lane is selected, so the side panel edits it straight away.
        select([`${LANE_PREFIX}${id}`]);
      },
      laneName: (laneId, name) =>
        run(
          t('processView.cmdLaneRename'),
          (g) => ({ ...g, lanes: g.lanes.map((l) => (l.id === laneId ? { ...l, name } : l)) }),
          `lane-name:${laneId}`,
        ),
      laneBinding: (laneId, owner, name) =>
        run(
          owner.kind === 'none' ? t('processView.cmdLaneClear') : t('editor2.cmdLaneOwner'),
          (g) => setLaneBinding(g, laneId, owner, name),
        ),
      laneSize,
      laneMove: (laneId, delta) =>
        run(t('editor2.cmdLaneMove'), (g) => {
          const index = g.lanes.findIndex((lane) => lane.id === laneId);
          return index < 0 ? g : moveLaneTo(g, laneId, index + delta);
        }),
      laneDelete: (laneId) => {
        const lane = graph.lanes.find((l) => l.id === laneId);
        if (!lane) return;
        if (graph.nodes.some((n) => n.laneId === laneId || n.jointLaneId === laneId)) {
          void message.warning(t('editor2.laneNotEmpty', { name: lane.name }));
          return;
        }
        run(t('editor2.laneDelete'), (g) => deleteLane(g, laneId));
        select([]);
      },
      addPhase: () =>
        run(t('processView.cmdAddPhase'), (g) =>
          addPhase(g, t('processView.newPhase', { n: (g.phases?.length ?? 0) + 1 }), newId),
        ),
      phaseName: (phaseId, name) =>
        run(
          t('processView.cmdRenamePhase'),
          (g) => renamePhase(g, phaseId, name),
          `phase-name:${phaseId}`,
        ),
      phaseSize,
      phaseDelete: (phaseId) => {
        run(t('processView.cmdDeletePhase'), (g) => deletePhase(g, phaseId));
        select([]);
      },
      jointLane: (nodeId, laneId) =>
        run(t('processView.cmdJointLane'), (g) => ({
          ...g,
          nodes: g.nodes.map((n) =>
            n.id === nodeId ? { ...n, jointLaneId: laneId === n.laneId ? null : laneId } : n,
          ),
        })),
      orientation: (orientation) => {
        if (orientationOf(graph) === orientation) return;
        // Turn the map, then lay it out in its new direction: one step of the history.
        layout(turnGraph(graph, orientation)).then(
          (laidOut) => run(t('processView.cmdOrientation'), () => laidOut),
          report,
        );
      },
    };
    const actions: FrameActions = {
      resizeLane: laneSize,
      dropLane: (laneId, at) =>
        run(t('editor2.cmdLaneMove'), (g) => moveLaneTo(g, laneId, laneIndexAt(g, at))),
      resizePhase: phaseSize,
    };
    return { edits, actions };
  }, [graph, run, select, newId, layout, report, t, message]);
}
