import type { ConnectionRefusal } from '../connectionRules';
import type { Locale } from './locales';

/*
 * What the interface says about saving a map (refusals of the connection rules and of bad
 * references) and about its history (versions opened read-only and compared). Typed by code,
 * so a new refusal cannot ship without its words in both languages.
 */

type ProcessMapText = {
  /** errors.CONNECTION_INVALID, when the reason is not known to this build. */
  connectionInvalid: string;
  /** errorDetails.CONNECTION_INVALID.<reason>: the connector named by its ends. */
  connectionRefused: Record<ConnectionRefusal, string>;
  /** errorDetails.INVALID_REQUEST.<reason> for references a map holds. */
  references: { graphPhaseMissing: string; graphJointLaneInvalid: string };
  /** errorDetails.NOT_FOUND.<what> for a process's history. */
  notFound: { processRevision: string };
  history: Record<string, string>;
};

const en: ProcessMapText = {
  connectionInvalid: 'A connector from “{{source}}” to “{{target}}” breaks a connection rule.',
  connectionRefused: {
    unknownEnd: 'A connector joins a step that does not exist.',
    selfLoop: 'The connector from “{{source}}” leads back to the same step. Remove it to save.',
    intoStart:
      'The connector from “{{source}}” leads into the start “{{target}}”; nothing flows into a start. Remove it or reverse it to save.',
    outOfEnd:
      'The connector from the end “{{source}}” leads on to “{{target}}”; nothing flows out of an end. Remove it or reverse it to save.',
    annotationToAnnotation:
      'The connector joins two notes (“{{source}}” and “{{target}}”); a note attaches to a step. Remove it to save.',
    duplicate:
      '“{{source}}” and “{{target}}” are already joined from the same sides. Remove the second connector to save.',
  },
  references: {
    graphPhaseMissing: 'Step “{{name}}” is in a phase that does not exist.',
    graphJointLaneInvalid:
      'Step “{{name}}” is drawn across a lane that does not exist, or across its own lane.',
  },
  notFound: { processRevision: 'Version {{version}} of this process does not exist.' },
  history: {
    view: 'View',
    viewTitle: 'Version {{version}} (read-only)',
    current: 'Current draft',
    compareTitle: 'Version {{from}} → {{to}}',
    changes: 'Changes',
    noChanges: 'The two versions have the same steps, names and lanes.',
    added: 'Added',
    removed: 'Removed',
    moved: 'Moved to another lane',
    renamed: 'Renamed',
    addedLine: '“{{label}}” added in {{lane}}',
    removedLine: '“{{label}}” removed from {{lane}}',
    movedLine: '“{{label}}” moved from {{from}} to {{to}}',
    renamedLine: '“{{from}}” renamed “{{to}}”',
    noLane: '(no lane)',
    legend: 'Marks on the map',
    map: 'Map of the version',
    close: 'Back to the list',
  },
};

const zhCN: ProcessMapText = {
  connectionInvalid: '从“{{source}}”到“{{target}}”的连接线不符合连接规则。',
  connectionRefused: {
    unknownEnd: '有一条连接线连到了不存在的步骤。',
    selfLoop: '从“{{source}}”出发的连接线又回到了同一个步骤。删除它后即可保存。',
    intoStart:
      '从“{{source}}”出发的连接线指向了开始“{{target}}”，开始不能有流入。删除或反转它后即可保存。',
    outOfEnd:
      '从结束“{{source}}”出发的连接线指向了“{{target}}”，结束之后不能再有流出。删除或反转它后即可保存。',
    annotationToAnnotation:
      '这条连接线连接了两个批注（“{{source}}”和“{{target}}”），批注只能连到步骤上。删除它后即可保存。',
    duplicate:
      '“{{source}}”和“{{target}}”之间已有一条从相同位置连出的连接线。删除重复的那条后即可保存。',
  },
  references: {
    graphPhaseMissing: '步骤“{{name}}”所在的阶段不存在。',
    graphJointLaneInvalid: '步骤“{{name}}”跨越的泳道不存在，或就是它自己所在的泳道。',
  },
  notFound: { processRevision: '该流程没有版本 {{version}}。' },
  history: {
    view: '查看',
    viewTitle: '版本 {{version}}（只读）',
    current: '当前草稿',
    compareTitle: '版本 {{from}} → {{to}}',
    changes: '变更',
    noChanges: '两个版本的步骤、名称和泳道都相同。',
    added: '新增',
    removed: '删除',
    moved: '移到其他泳道',
    renamed: '改名',
    addedLine: '在“{{lane}}”新增“{{label}}”',
    removedLine: '从“{{lane}}”删除“{{label}}”',
    movedLine: '“{{label}}”从“{{from}}”移到“{{to}}”',
    renamedLine: '“{{from}}”改名为“{{to}}”',
    noLane: '（无泳道）',
    legend: '图中标记',
    map: '该版本的流程图',
    close: '返回列表',
  },
};

export const processMapMessages: Record<Locale, ProcessMapText> = { en, 'zh-CN': zhCN };
