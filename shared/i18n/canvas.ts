import type { ConnectionRefusal, DecisionProblem } from '../connectionRules';
import type { Side } from '../process';

/*
 * What the drawing surface of the process editor says: its commands (menus, tooltips, the undo
 * history), why a connector was refused (one text per rule of shared/connectionRules.ts, typed
 * so a new rule cannot ship without its text), and the hints for drawing quickly.
 */

type CanvasText = {
  cmd: Record<string, string>;
  refused: Record<ConnectionRefusal, string>;
  /** The side panel's list of what the map still breaks (title, and one text per problem). */
  problems: Record<DecisionProblem | 'title' | 'connector' | 'none', string>;
  sides: Record<Side, string>;
  hint: Record<string, string>;
};

const en: CanvasText = {
  cmd: {
    rename: 'Edit label',
    copy: 'Copy',
    cut: 'Cut',
    selectAll: 'Select all',
    connectTo: 'Connect to…',
    addNext: 'Add next step',
    reverse: 'Reverse direction',
    straighten: 'Reset route',
    moveBends: 'Move connector bend',
    reconnect: 'Reconnect',
    menu: 'Commands',
  },
  refused: {
    unknownEnd: 'Connect to a shape of the map.',
    selfLoop: 'A connector cannot return to the same shape.',
    intoStart: 'Nothing flows into a start.',
    outOfEnd: 'Nothing flows out of an end.',
    annotationToAnnotation: 'A note attaches to a step, not to another note.',
    duplicate: 'These two shapes are already connected this way.',
  },
  problems: {
    title: 'To fix on this map',
    none: 'Every connector follows the rules, and every decision has labelled ways out.',
    connector: '{{from}} → {{to}}: {{reason}}',
    decisionFewBranches: '“{{label}}” is a decision with fewer than two ways out.',
    decisionBranchUnlabelled: 'A way out of “{{label}}” has no label (e.g. Yes / No).',
  },
  sides: {
    top: 'Add a step above',
    right: 'Add a step to the right',
    bottom: 'Add a step below',
    left: 'Add a step to the left',
  },
  hint: {
    emptyTitle: 'An empty map',
    empty:
      'Add a lane for each role with “Add lane”, then drag a shape from the palette into it — or click a shape to add it. ' +
      'Select a step and click another shape to add it after, connected; hover a step for the quick-add arrows.',
    pickTarget:
      'Connect “{{start}}” to: choose the end with the arrow keys, Enter connects, Esc cancels.',
    pickNewEnd:
      'Reconnect the end to: choose the new end with the arrow keys (the start stays at “{{start}}”), Enter reconnects, Esc cancels.',
    labelEditor: 'Label',
  },
};

const zhCN: CanvasText = {
  cmd: {
    rename: '编辑标签',
    copy: '复制',
    cut: '剪切',
    selectAll: '全选',
    connectTo: '连接到…',
    addNext: '添加下一步骤',
    reverse: '反转方向',
    straighten: '重置路径',
    moveBends: '移动连接线折点',
    reconnect: '重新连接',
    menu: '命令',
  },
  refused: {
    unknownEnd: '请连接到图中的图形。',
    selfLoop: '连接线不能回到同一个图形。',
    intoStart: '开始之前不能有步骤流入。',
    outOfEnd: '结束之后不能再有步骤。',
    annotationToAnnotation: '注释只能连接到步骤，不能连接到另一个注释。',
    duplicate: '这两个图形之间已有同样的连接线。',
  },
  problems: {
    title: '本图待修正',
    none: '所有连接线均符合规则，每个判断都有带标注的分支。',
    connector: '{{from}} → {{to}}：{{reason}}',
    decisionFewBranches: '判断“{{label}}”的分支少于两个。',
    decisionBranchUnlabelled: '判断“{{label}}”有一个分支没有标注（如 是 / 否）。',
  },
  sides: {
    top: '在上方添加步骤',
    right: '在右侧添加步骤',
    bottom: '在下方添加步骤',
    left: '在左侧添加步骤',
  },
  hint: {
    emptyTitle: '空白流程图',
    empty:
      '先用“添加泳道”为每个岗位添加一条泳道，再从左侧图形栏把图形拖进泳道，或单击图形直接添加。' +
      '选中一个步骤后单击图形，会在其后添加并自动连接；鼠标停在步骤上会出现快速添加箭头。',
    pickTarget: '从「{{start}}」连接到：用方向键选择终点，Enter 连接，Esc 取消。',
    pickNewEnd:
      '把终点改接到：用方向键选择新的终点（起点「{{start}}」不变），Enter 改接，Esc 取消。',
    labelEditor: '标签',
  },
};

export const canvasMessages = { en, 'zh-CN': zhCN };
