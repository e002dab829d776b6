import { describe, expect, it } from 'vitest';
import { toFlow } from '../../../../renderer/editor/mapping';
import { readerText } from '../../../../renderer/editor/reader/readerText';
import { MESSAGES } from '../../../../shared/i18n';
import { translator } from '../../../../shared/i18n/translate';
import type { ProcessGraph } from '../../../../shared/process';

const graph: ProcessGraph = {
  lanes: [
    { id: 'l1', name: '录入员', owner: { kind: 'none' }, size: 160 },
    { id: 'l2', name: '核保员', owner: { kind: 'none' }, size: 200 },
  ],
  nodes: [
    {
      id: 'n1',
      kind: 'start',
      label: '收到申请',
      laneId: 'l1',
      x: 40,
      y: 60,
      width: 40,
      height: 40,
    },
    {
      id: 'n2',
      kind: 'activity',
      label: '录入',
      stepNumber: 20,
      laneId: 'l1',
      x: 200,
      y: 40,
      width: 140,
      height: 64,
    },
    {
      id: 'n3',
      kind: 'decision',
      label: '通过?',
      stepNumber: 30,
      laneId: 'l2',
      x: 400,
      y: 200,
      width: 80,
      height: 80,
    },
  ],
  edges: [
    { id: 'e1', source: 'n1', target: 'n2', label: '' },
    { id: 'e2', source: 'n2', target: 'n3', label: '是' },
  ],
};

function namesIn(locale: 'zh-CN' | 'en') {
  const flow = toFlow(graph, readerText(translator(MESSAGES[locale])));
  const node = (id: string) => flow.nodes.find((item) => item.id === id);
  const edge = (id: string) => flow.edges.find((item) => item.id === id);
  return { node, edge };
}

describe('what a screen reader hears of the map', () => {
  it('names steps by number, kind, label and lane, and connectors by their steps, in Chinese', () => {
    const { node, edge } = namesIn('zh-CN');
    const numbered = node('n2');
    expect(numbered?.ariaLabel).toBe('第 20 步，活动：录入，泳道：录入员');
    expect(numbered?.domAttributes).toMatchObject({ 'aria-roledescription': '步骤' });
    // a start event has no step number
    expect(node('n1')?.ariaLabel).toBe('开始：收到申请，泳道：录入员');
    expect(edge('e1')?.ariaLabel).toBe('从「收到申请」到「录入」');
    expect(edge('e2')?.ariaLabel).toBe('从「录入」到「通过?」：是');
    expect(edge('e2')?.domAttributes).toMatchObject({ 'aria-roledescription': '连接线' });
    expect(node('lane:l2')).toMatchObject({
      ariaLabel: '核保员',
      domAttributes: { 'aria-roledescription': '泳道' },
    });
  });

  it('says the same in English, with no internal id anywhere', () => {
    const { node, edge } = namesIn('en');
    expect(node('n3')?.ariaLabel).toBe('Step 30, Decision: 通过?, lane: 核保员');
    expect(node('n3')?.domAttributes).toMatchObject({ 'aria-roledescription': 'Step' });
    expect(edge('e2')?.ariaLabel).toBe('from “录入” to “通过?”: 是');
    const flow = toFlow(graph, readerText(translator(MESSAGES.en)));
    const names = [...flow.nodes, ...flow.edges].map((item) => item.ariaLabel ?? '').join(' ');
    expect(names).not.toMatch(/\b(n\d|e\d|l\d)\b/);
  });
});
