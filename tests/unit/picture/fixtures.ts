import { insurerProcesses } from '../../../electron/library/seed/insurerProcess';
import { pictureMessages } from '../../../shared/i18n/picture';
import type { PictureInfo } from '../../../shared/picture';
import {
  emptyActivityDetails,
  type NodeKind,
  type ProcessGraph,
  type ProcessNode,
} from '../../../shared/process';

/** The insurer's as-is map (35 steps, 5 lanes) as the sample library stores it. */
export function insurerGraph(): ProcessGraph {
  const [asIs] = insurerProcesses({ department: () => 1, role: () => 1 });
  if (!asIs) throw new Error('no insurer process');
  return asIs.graph;
}

export const INFO: PictureInfo = {
  name: '保单签发（现状） / Policy issuing (as-is)',
  code: 'INS-P01',
  version: '3',
  date: '2026-12-01',
};

export const ZH = pictureMessages['zh-CN'].labels;
export const EN = pictureMessages.en.labels;

function step(
  id: string,
  kind: NodeKind,
  label: string,
  laneId: string,
  x: number,
  y: number,
  extra: Partial<ProcessNode> = {},
): ProcessNode {
  const size = kind === 'decision' ? 80 : kind === 'start' || kind === 'end' ? 44 : 140;
  const height = kind === 'decision' || kind === 'start' || kind === 'end' ? size : 64;
  return { id, kind, label, laneId, x, y, width: size, height, ...extra };
}

/**
 * An 8-step reimbursement map over 3 lanes and 3 phases, horizontal: a joint activity, a
 * sub-process, step numbers, method marks, a decision with 是 / 否, a rework loop and an
 * annotation. Turned for the vertical case by `vertical()`.
 */
export function reimbursementGraph(): ProcessGraph {
  const marks = (
    valueClass: 'VA' | 'BVA' | 'NVA',
    flag?: 'isApproval' | 'isInspection' | 'isHandOff',
  ) => ({
    activity: { ...emptyActivityDetails(), valueClass, ...(flag ? { [flag]: true } : {}) },
  });
  return {
    lanes: [
      { id: 'staff', name: '员工', owner: { kind: 'none' }, size: 160 },
      { id: 'manager', name: '部门经理 / Department manager', owner: { kind: 'none' }, size: 160 },
      { id: 'finance', name: '财务部', owner: { kind: 'none' }, size: 160 },
    ],
    phases: [
      { id: 'apply', name: '申请', size: 420 },
      { id: 'review', name: '审核', size: 520 },
      { id: 'pay', name: '支付与归档', size: 560 },
    ],
    nodes: [
      step('s', 'start', '发生费用', 'staff', 150, 58),
      step('fill', 'activity', '填写报销单并粘贴发票', 'staff', 240, 48, {
        stepNumber: 10,
        ...marks('BVA'),
      }),
      step(
        'approve',
        'activity',
        '审批报销申请（金额超过五千元需分管副总加签）',
        'manager',
        580,
        208,
        {
          stepNumber: 20,
          ...marks('BVA', 'isApproval'),
        },
      ),
      step('ok', 'decision', '同意？', 'manager', 790, 200),
      step('check', 'activity', '审核票据真实性与合规性', 'finance', 960, 368, {
        stepNumber: 30,
        ...marks('NVA', 'isInspection'),
      }),
      step('pay', 'subProcess', '资金支付流程 FIN-02', 'finance', 1180, 363, {
        stepNumber: 40,
        height: 70,
        width: 150,
      }),
      step('confirm', 'activity', '双方确认到账', 'staff', 1400, 48, {
        stepNumber: 50,
        jointLaneId: 'finance',
        ...marks('VA', 'isHandOff'),
      }),
      step('e', 'end', '报销完成', 'staff', 1600, 58),
      {
        ...step('note', 'annotation', '票据须在费用发生后 30 天内提交', 'staff', 420, 100),
        width: 150,
        height: 44,
      },
    ],
    edges: [
      { id: 'e1', source: 's', target: 'fill', label: '' },
      { id: 'e2', source: 'fill', target: 'approve', label: '' },
      { id: 'e3', source: 'approve', target: 'ok', label: '' },
      { id: 'e4', source: 'ok', target: 'check', label: '是' },
      {
        id: 'e5',
        source: 'ok',
        target: 'fill',
        label: '否',
        sourceSide: 'top',
        targetSide: 'top',
        waypoints: [
          { x: 830, y: 20 },
          { x: 310, y: 20 },
        ],
      },
      { id: 'e6', source: 'check', target: 'pay', label: '' },
      { id: 'e7', source: 'pay', target: 'confirm', label: '' },
      { id: 'e8', source: 'confirm', target: 'e', label: '' },
      { id: 'e9', source: 'note', target: 'fill', label: '' },
    ],
  };
}

/** The same map with lanes as columns and the flow running down. */
export function vertical(graph: ProcessGraph): ProcessGraph {
  return {
    ...graph,
    orientation: 'vertical',
    nodes: graph.nodes.map((node) => ({
      ...node,
      x: node.y,
      y: node.x,
      width: node.width,
      height: node.height,
    })),
    edges: graph.edges.map((edge) => ({
      ...edge,
      ...(edge.waypoints ? { waypoints: edge.waypoints.map((p) => ({ x: p.y, y: p.x })) } : {}),
      ...(edge.sourceSide
        ? { sourceSide: edge.sourceSide === 'top' ? 'left' : edge.sourceSide }
        : {}),
      ...(edge.targetSide
        ? { targetSide: edge.targetSide === 'top' ? 'left' : edge.targetSide }
        : {}),
    })),
  };
}
