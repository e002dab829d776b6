import type { BpmnProblemCode } from '../bpmnImport';
import type { BpmnErrorCode } from '../errors';
import type { Locale } from './locales';

/*
 * What the interface says about BPMN import, in i18next syntax: why a file was refused
 * (errors.BPMN_*), each problem of an accepted file (bpmnImport.problems.<code>), the BPMN
 * element kinds those problems name, and the import dialog. Typed by code, so a new code
 * cannot ship without its text in both languages.
 */

type BpmnText = {
  errors: Record<BpmnErrorCode, string>;
  problems: Record<BpmnProblemCode, string> & { hiddenElements_one: string };
  kinds: Record<string, string>;
  dialog: Record<string, string>;
};

const en: BpmnText = {
  errors: {
    BPMN_EMPTY: 'The file is empty, so there is nothing to import.',
    BPMN_TOO_LARGE: 'This file is {{size}} MB; RoleFlow imports BPMN files of up to {{max}} MB.',
    BPMN_UNSUPPORTED_ENCODING:
      'This file is encoded as {{encoding}}, which RoleFlow cannot read. Save it as UTF-8 in ' +
      'the tool that made it and import it again.',
    BPMN_INVALID_ENCODING:
      'This file says it is {{encoding}} but contains bytes that are not valid {{encoding}}. ' +
      'Save it again as UTF-8 in the tool that made it.',
    BPMN_DOCTYPE:
      'This file declares a DOCTYPE (line {{line}}). RoleFlow refuses it because it can be used ' +
      'to read local files or exhaust memory; BPMN never needs one. Export the file again, or ' +
      'delete the <!DOCTYPE …> declaration.',
    BPMN_ATTRIBUTE_TOO_LONG:
      'The attribute {{attribute}} on line {{line}} is {{length}} characters long; RoleFlow ' +
      'refuses attributes over {{max}} characters.',
    BPMN_TOO_DEEP:
      'Elements are nested more than {{max}} levels deep (line {{line}}); real BPMN models ' +
      'never nest that deeply.',
    BPMN_TOO_MANY_ELEMENTS:
      'This file has more than {{max}} XML elements; no real process model is that large.',
    BPMN_MALFORMED:
      'This file is not well-formed XML (line {{line}}); it may be cut short or damaged.',
    BPMN_NOT_BPMN:
      'This is not a BPMN file. Pick a .bpmn file exported from a process modelling tool ' +
      '(BPMN 2.0 XML).',
    BPMN_NO_PROCESS:
      'This file has no process with steps RoleFlow can show (for example only empty pools); ' +
      'nothing was imported.',
    BPMN_TOO_MANY_LANES:
      'The process "{{process}}" has {{count}} lanes; a process in RoleFlow has at most {{max}}. ' +
      'Nothing was imported: split the process in the tool that made it.',
    BPMN_TOO_MANY_STEPS:
      'The process "{{process}}" has {{count}} elements; a process in RoleFlow has at most ' +
      '{{max}}. Nothing was imported: split the process in the tool that made it.',
    BPMN_TOO_MANY_FLOWS:
      'The process "{{process}}" has {{count}} connections; a process in RoleFlow has at most ' +
      '{{max}}. Nothing was imported: split the process in the tool that made it.',
    BPMN_TOO_FAR:
      'The process "{{process}}" reaches beyond ±{{max}} units from its origin, more than ' +
      'RoleFlow can draw. Nothing was imported.',
    BPMN_OVER_LIMIT:
      'The process "{{process}}" goes beyond what RoleFlow can store ({{detail}}). Nothing was ' +
      'imported.',
    BPMN_SOURCE_INVALID:
      'The BPMN file this process was imported from can no longer be read, so it cannot be ' +
      'exported with its original content. Import the file again.',
  },
  problems: {
    duplicateId:
      'The element {{element}} uses the id "{{id}}", which an earlier element already has; ' +
      'it stays in the file but RoleFlow does not show it.',
    illegalId:
      'The element {{element}} has the id "{{id}}", which is not a valid XML name; it stays in ' +
      'the file but RoleFlow does not show it.',
    unknownElement:
      'The element {{element}} is not part of BPMN 2.0 at this place; it stays in the file and ' +
      'is written back on export.',
    unreadableElement:
      'The element {{element}} could not be read ({{detail}}); it stays in the file.',
    unknownAttribute:
      'The attribute {{attribute}} is not part of BPMN 2.0; it is kept in the file.',
    unresolvedReference:
      'A reference to "{{reference}}" points to no element in this file; it is kept as written.',
    parserNote: 'The BPMN reader notes: {{detail}}',
    hiddenElements_one:
      'Process "{{process}}": RoleFlow does not show 1 {{kind}}; it is kept and written back ' +
      'unchanged when you export the process as BPMN.',
    hiddenElements:
      'Process "{{process}}": RoleFlow does not show {{count}} × {{kind}}; they are kept and ' +
      'written back unchanged when you export the process as BPMN.',
    insideSubProcesses:
      'Process "{{process}}": {{count}} elements inside sub-processes are not shown; they are ' +
      'kept and written back on export.',
    laidOut:
      'Process "{{process}}": the file has no complete diagram for it, so RoleFlow lays it out; ' +
      'exporting it adds a diagram.',
    poolsGrouped:
      'The file has {{count}} pools. Each became its own process, named "{{file}} · " and the ' +
      'pool’s name.',
    raciForeignId:
      'Step "{{step}}": a RACI entry names its role only by another library\u2019s internal ' +
      'number, so it was left out.',
    raciUnmatched:
      'Step "{{step}}": the RACI entry for "{{role}}" matches no role of this library, so it ' +
      'was left out.',
    flowSelfLoop:
      'Process "{{process}}": the connector "{{flow}}" leads from "{{source}}" back to itself. It is ' +
      'kept; RoleFlow will not let you draw such a connector.',
    flowIntoStart:
      'Process "{{process}}": the connector "{{flow}}" leads from "{{source}}" into the start ' +
      '"{{target}}", though nothing flows into a start. It is kept so you can mend it.',
    flowOutOfEnd:
      'Process "{{process}}": the connector "{{flow}}" leads out of the end "{{source}}" to ' +
      '"{{target}}", though nothing flows out of an end. It is kept so you can mend it.',
    flowBetweenNotes:
      'Process "{{process}}": the connector "{{flow}}" joins two notes ("{{source}}" and ' +
      '"{{target}}"); a note attaches to a step. It is kept so you can mend it.',
    flowDuplicate:
      'Process "{{process}}": the connector "{{flow}}" joins "{{source}}" and "{{target}}" a ' +
      'second time, from the same sides. It is kept so you can remove it.',
    moreProblems: '… and {{count}} more.',
  },
  kinds: {
    boundaryEvent: 'boundary event',
    intermediateCatchEvent: 'intermediate catch event',
    intermediateThrowEvent: 'intermediate throw event',
    group: 'group',
    messageFlow: 'message flow',
    dataStoreReference: 'data store',
    dataObjectReference: 'data object',
    dataObject: 'data object',
    dataInput: 'data input',
    dataOutput: 'data output',
    callActivity: 'call activity',
    transaction: 'transaction',
    adHocSubProcess: 'ad-hoc sub-process',
    complexGateway: 'complex gateway',
    eventBasedGateway: 'event-based gateway',
    inclusiveGateway: 'inclusive gateway',
    parallelGateway: 'parallel gateway',
    exclusiveGateway: 'exclusive gateway',
    sequenceFlow: 'sequence flow',
    association: 'association',
    textAnnotation: 'text annotation',
    task: 'task',
    startEvent: 'start event',
    endEvent: 'end event',
    subProcess: 'sub-process',
    choreographyTask: 'choreography task',
    implicitThrowEvent: 'implicit throw event',
  },
  dialog: {
    title: 'Import BPMN',
    reading: 'Reading {{file}}…',
    refused: 'This file cannot be imported',
    summary_one: '{{file}} holds {{count}} process:',
    summary_other: '{{file}} holds {{count}} processes:',
    processLine: '{{name}} — {{lanes}} lanes, {{steps}} elements',
    lanesTitle: 'Lanes: who is each lane?',
    lanesHelp:
      'RoleFlow binds each lane to a role or department of this library. Nothing is created ' +
      'unless you choose “New role”.',
    lane: 'Lane',
    lanesCount: '{{count}} lanes',
    owner: 'Becomes',
    unnamed: '(no name)',
    newRole: 'New role “{{name}}”',
    none: 'Keep as a named lane',
    roles: 'Roles',
    departments: 'Departments',
    problemsTitle: 'What to know about this file ({{count}})',
    noProblems: 'RoleFlow reads everything in this file.',
    line: 'Line {{line}}',
    confirm: 'Import',
    close: 'Close',
    importedTitle_one: 'Imported {{count}} process',
    importedTitle_other: 'Imported {{count}} processes',
  },
};

const zhCN: BpmnText = {
  errors: {
    BPMN_EMPTY: '文件为空，没有可导入的内容。',
    BPMN_TOO_LARGE: '该文件大小为 {{size}} MB；RoleFlow 只能导入不超过 {{max}} MB 的 BPMN 文件。',
    BPMN_UNSUPPORTED_ENCODING:
      '该文件使用 {{encoding}} 编码，RoleFlow 无法读取。请在生成它的工具中另存为 UTF-8 后重新导入。',
    BPMN_INVALID_ENCODING:
      '该文件声明为 {{encoding}} 编码，但其中有不符合该编码的字节。请在生成它的工具中重新另存为 UTF-8。',
    BPMN_DOCTYPE:
      '该文件含有 DOCTYPE 声明（第 {{line}} 行）。这类声明可被用来读取本机文件或耗尽内存，BPMN ' +
      '文件从不需要它，因此 RoleFlow 拒绝导入。请重新导出该文件，或删除 <!DOCTYPE …> 声明。',
    BPMN_ATTRIBUTE_TOO_LONG:
      '第 {{line}} 行的属性 {{attribute}} 长达 {{length}} 个字符；RoleFlow 不接受超过 {{max}} 个字符的属性。',
    BPMN_TOO_DEEP: '元素嵌套超过 {{max}} 层（第 {{line}} 行）；真实的 BPMN 模型不会嵌套这么深。',
    BPMN_TOO_MANY_ELEMENTS: '该文件包含超过 {{max}} 个 XML 元素，没有真实的流程模型会这么大。',
    BPMN_MALFORMED: '该文件不是格式正确的 XML（第 {{line}} 行），可能不完整或已损坏。',
    BPMN_NOT_BPMN: '这不是 BPMN 文件。请选择由流程建模工具导出的 .bpmn 文件（BPMN 2.0 XML）。',
    BPMN_NO_PROCESS: '该文件中没有 RoleFlow 可以显示步骤的流程（例如只有空的池），未导入任何内容。',
    BPMN_TOO_MANY_LANES:
      '流程“{{process}}”有 {{count}} 条泳道，RoleFlow 中一个流程最多 {{max}} 条。未导入任何内容：' +
      '请先在原工具中拆分该流程。',
    BPMN_TOO_MANY_STEPS:
      '流程“{{process}}”有 {{count}} 个元素，RoleFlow 中一个流程最多 {{max}} 个。未导入任何内容：' +
      '请先在原工具中拆分该流程。',
    BPMN_TOO_MANY_FLOWS:
      '流程“{{process}}”有 {{count}} 条连线，RoleFlow 中一个流程最多 {{max}} 条。未导入任何内容：' +
      '请先在原工具中拆分该流程。',
    BPMN_TOO_FAR:
      '流程“{{process}}”的图形超出原点 ±{{max}} 个单位，超过 RoleFlow 能绘制的范围。未导入任何内容。',
    BPMN_OVER_LIMIT:
      '流程“{{process}}”超出了 RoleFlow 能保存的范围（{{detail}}）。未导入任何内容。',
    BPMN_SOURCE_INVALID:
      '无法再读取该流程导入时的 BPMN 原文件，因此不能连同原有内容一起导出。请重新导入该文件。',
  },
  problems: {
    duplicateId:
      '元素 {{element}} 的 id“{{id}}”已被前面的元素使用；它保留在文件中，但 RoleFlow 不显示它。',
    illegalId:
      '元素 {{element}} 的 id“{{id}}”不是合法的 XML 名称；它保留在文件中，但 RoleFlow 不显示它。',
    unknownElement: '元素 {{element}} 在此位置不属于 BPMN 2.0；它保留在文件中，导出时原样写回。',
    unreadableElement: '无法读取元素 {{element}}（{{detail}}）；它保留在文件中。',
    unknownAttribute: '属性 {{attribute}} 不属于 BPMN 2.0；它保留在文件中。',
    unresolvedReference: '对“{{reference}}”的引用在本文件中找不到对应元素；按原样保留。',
    parserNote: 'BPMN 解析器提示：{{detail}}',
    // Chinese has no plural: both keys say the same.
    hiddenElements_one:
      '流程“{{process}}”：RoleFlow 不显示 {{count}} 个{{kind}}，但会保留在文件中，导出 BPMN 时原样写回。',
    hiddenElements:
      '流程“{{process}}”：RoleFlow 不显示 {{count}} 个{{kind}}，但会保留在文件中，导出 BPMN 时原样写回。',
    insideSubProcesses:
      '流程“{{process}}”：子流程内部的 {{count}} 个元素不显示；它们会被保留，导出时原样写回。',
    laidOut: '流程“{{process}}”：文件中没有它的完整图形，RoleFlow 已自动排版；导出时会补上图形。',
    poolsGrouped: '该文件有 {{count}} 个池，每个池成为一个流程，名称为“{{file}} · 池名称”。',
    raciForeignId: '步骤“{{step}}”：有一条 RACI 只用另一个资料库的内部编号指明岗位，已略去。',
    raciUnmatched: '步骤“{{step}}”：“{{role}}”的 RACI 在本资料库中找不到对应岗位，已略去。',
    flowSelfLoop:
      '流程“{{process}}”：连接线“{{flow}}”从“{{source}}”又回到它自己。已保留；RoleFlow 中不能画这样的连接线。',
    flowIntoStart:
      '流程“{{process}}”：连接线“{{flow}}”从“{{source}}”指向开始“{{target}}”，但开始不能有流入。已保留，请修改。',
    flowOutOfEnd:
      '流程“{{process}}”：连接线“{{flow}}”从结束“{{source}}”指向“{{target}}”，但结束之后不能再有流出。已保留，请修改。',
    flowBetweenNotes:
      '流程“{{process}}”：连接线“{{flow}}”连接了两个批注（“{{source}}”和“{{target}}”），批注只能连到步骤上。已保留，请修改。',
    flowDuplicate:
      '流程“{{process}}”：连接线“{{flow}}”再次从相同位置连接“{{source}}”和“{{target}}”。已保留，请删除重复的那条。',
    moreProblems: '……另有 {{count}} 条。',
  },
  kinds: {
    boundaryEvent: '边界事件',
    intermediateCatchEvent: '中间捕获事件',
    intermediateThrowEvent: '中间抛出事件',
    group: '分组',
    messageFlow: '消息流',
    dataStoreReference: '数据存储',
    dataObjectReference: '数据对象',
    dataObject: '数据对象',
    dataInput: '数据输入',
    dataOutput: '数据输出',
    callActivity: '调用活动',
    transaction: '事务',
    adHocSubProcess: '临时子流程',
    complexGateway: '复杂网关',
    eventBasedGateway: '事件网关',
    inclusiveGateway: '包容网关',
    parallelGateway: '并行网关',
    exclusiveGateway: '排他网关',
    sequenceFlow: '顺序流',
    association: '关联',
    textAnnotation: '文本注释',
    task: '任务',
    startEvent: '开始事件',
    endEvent: '结束事件',
    subProcess: '子流程',
    choreographyTask: '编排任务',
    implicitThrowEvent: '隐式抛出事件',
  },
  dialog: {
    title: '导入 BPMN',
    reading: '正在读取 {{file}}……',
    refused: '无法导入此文件',
    summary_one: '{{file}} 包含 {{count}} 个流程：',
    summary_other: '{{file}} 包含 {{count}} 个流程：',
    processLine: '{{name}}——{{lanes}} 条泳道，{{steps}} 个元素',
    lanesTitle: '泳道：每条泳道对应谁？',
    lanesHelp:
      'RoleFlow 将每条泳道对应到本资料库中的岗位或部门。除非您选择“新建岗位”，否则不会新建任何内容。',
    lane: '泳道',
    lanesCount: '{{count}} 条泳道',
    owner: '对应',
    unnamed: '（无名称）',
    newRole: '新建岗位“{{name}}”',
    none: '仅保留泳道名称',
    roles: '岗位',
    departments: '部门',
    problemsTitle: '关于此文件的说明（{{count}} 条）',
    noProblems: 'RoleFlow 能读取此文件的全部内容。',
    line: '第 {{line}} 行',
    confirm: '导入',
    close: '关闭',
    importedTitle_one: '已导入 {{count}} 个流程',
    importedTitle_other: '已导入 {{count}} 个流程',
  },
};

export const bpmnMessages: Record<Locale, BpmnText> = { en, 'zh-CN': zhCN };
