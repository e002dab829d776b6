import { describe, expect, it } from 'vitest';
import { pickHint } from '../../../../renderer/editor/keyboard/pickHint';
import { MESSAGES } from '../../../../shared/i18n';
import { translator } from '../../../../shared/i18n/translate';
import type { ProcessGraph, ProcessNode } from '../../../../shared/process';

const node = (id: string, label: string): ProcessNode => ({
  id,
  kind: 'activity',
  label,
  laneId: null,
  x: 0,
  y: 0,
  width: 140,
  height: 64,
});

const graph: ProcessGraph = {
  lanes: [],
  nodes: [node('a', '录入申请'), node('b', '核保'), node('blank', ' ')],
  edges: [{ id: 'a-b', source: 'a', target: 'b', label: '' }],
};

describe('the hint while an end is picked from the keyboard', () => {
  const zh = translator(MESSAGES['zh-CN']);
  const en = translator(MESSAGES.en);

  it('names the start a new connector leaves from', () => {
    const picking = { source: 'a', candidate: 'b' };
    expect(pickHint(zh, graph, picking)).toBe(
      '从「录入申请」连接到：用方向键选择终点，Enter 连接，Esc 取消。',
    );
    expect(pickHint(en, graph, picking)).toBe(
      'Connect “录入申请” to: choose the end with the arrow keys, Enter connects, Esc cancels.',
    );
  });

  it('says that reconnecting moves the end and keeps the start', () => {
    const picking = { source: 'a', candidate: 'b', reconnecting: 'a-b' };
    expect(pickHint(zh, graph, picking)).toBe(
      '把终点改接到：用方向键选择新的终点（起点「录入申请」不变），Enter 改接，Esc 取消。',
    );
    expect(pickHint(en, graph, picking)).toBe(
      'Reconnect the end to: choose the new end with the arrow keys (the start stays at “录入申请”), Enter reconnects, Esc cancels.',
    );
  });

  it('names a start without a label by its kind', () => {
    expect(pickHint(zh, graph, { source: 'blank', candidate: 'a' })).toContain('从「活动」连接到');
    expect(pickHint(en, graph, { source: 'blank', candidate: 'a' })).toContain(
      'Connect “Activity”',
    );
  });
});
