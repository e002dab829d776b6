import { describe, expect, it } from 'vitest';
import { diagramSize, renderProcessSvg } from '../../../shared/diagramSvg';
import { emptyActivityDetails, type ProcessGraph } from '../../../shared/process';

const graph: ProcessGraph = {
  lanes: [
    { id: 'a', name: '客户服务部', owner: { kind: 'none' }, size: 160 },
    { id: 'b', name: 'Underwriting & <Pricing>', owner: { kind: 'none' }, size: 160 },
  ],
  nodes: [
    {
      id: 's',
      kind: 'start',
      label: '收到投保单',
      laneId: 'a',
      x: 150,
      y: 58,
      width: 44,
      height: 44,
    },
    {
      id: 't',
      kind: 'activity',
      label: '录入"投保"信息',
      laneId: 'a',
      x: 260,
      y: 48,
      width: 140,
      height: 64,
      activity: emptyActivityDetails(),
    },
    {
      id: 'd',
      kind: 'decision',
      label: '资料齐全?',
      laneId: 'b',
      x: 3000,
      y: 200,
      width: 80,
      height: 80,
    },
  ],
  edges: [
    { id: 'e1', source: 's', target: 't', label: '' },
    { id: 'e2', source: 't', target: 'd', label: '是' },
  ],
};

describe('renderProcessSvg', () => {
  it('draws every lane, step and connector, also far outside any screen', () => {
    const svg = renderProcessSvg(graph, '保单签发');
    for (const text of ['客户服务部', '收到投保单', '资料齐全?', '保单签发', '是'])
      expect(svg).toContain(text);
    expect(svg.match(/<polyline/g)).toHaveLength(2);
    expect(diagramSize(graph).width).toBeGreaterThan(3080);
  });

  it('escapes text so the file stays well-formed XML', () => {
    const hostile = {
      ...graph,
      nodes: graph.nodes.map((n) => (n.id === 's' ? { ...n, label: 'a\u0001<b>&' } : n)),
    };
    const svg = renderProcessSvg(hostile, '');
    expect(svg).toContain('Underwriting &amp; &lt;Pricing&gt;');
    expect(svg).toContain('a&lt;b&gt;&amp;');
    expect(svg).toContain('录入&quot;投保&quot;信息');
    expect(svg).not.toContain('\u0001');
  });
});
