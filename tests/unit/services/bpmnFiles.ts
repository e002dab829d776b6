/*
 * BPMN files made for tests of the import's limits and storage: sizes and shapes real tools
 * produce (many pools, many lanes) without checking in megabytes of fixtures.
 */

const HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" ' +
  'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" ' +
  'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" ' +
  'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="defs" targetNamespace="t">\n';

const shape = (id: string, x: number, y: number, w = 100, h = 80) =>
  `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${x}" y="${y}" width="${w}" height="${h}"/></bpmndi:BPMNShape>`;

/** `pools` pools, each a process start → task → end drawn in its own band. */
export function manyPools(pools: number, poolName: (index: number) => string): string {
  const participants: string[] = [];
  const processes: string[] = [];
  const shapes: string[] = [];
  for (let i = 0; i < pools; i++) {
    const y = i * 200;
    participants.push(
      `<bpmn:participant id="Pool_${i}" name="${poolName(i)}" processRef="Process_${i}"/>`,
    );
    processes.push(
      `<bpmn:process id="Process_${i}">` +
        `<bpmn:startEvent id="S_${i}"/>` +
        `<bpmn:task id="T_${i}" name="Check request ${i}"/>` +
        `<bpmn:endEvent id="E_${i}"/>` +
        `<bpmn:sequenceFlow id="F1_${i}" sourceRef="S_${i}" targetRef="T_${i}"/>` +
        `<bpmn:sequenceFlow id="F2_${i}" sourceRef="T_${i}" targetRef="E_${i}"/>` +
        '</bpmn:process>\n',
    );
    shapes.push(
      shape(`Pool_${i}`, 0, y, 600, 180),
      shape(`S_${i}`, 80, y + 70, 36, 36),
      shape(`T_${i}`, 180, y + 50),
      shape(`E_${i}`, 340, y + 70, 36, 36),
    );
  }
  return (
    HEAD +
    `<bpmn:collaboration id="Collaboration">${participants.join('')}</bpmn:collaboration>\n` +
    processes.join('') +
    '<bpmndi:BPMNDiagram id="D"><bpmndi:BPMNPlane id="Plane" bpmnElement="Collaboration">\n' +
    shapes.join('\n') +
    '\n</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>\n</bpmn:definitions>\n'
  );
}

/** One process with `lanes` lanes, `tasks` tasks (in the first lane) and `flows` flows. */
export function oneProcess(options: {
  lanes?: number;
  tasks?: number;
  flows?: number;
  taskX?: number;
}): string {
  const { lanes = 1, tasks = 2, flows = 1, taskX = 100 } = options;
  const laneXml: string[] = [];
  const shapes: string[] = [];
  for (let l = 0; l < lanes; l++) {
    const refs =
      l === 0
        ? Array.from({ length: tasks }, (_, t) => `<bpmn:flowNodeRef>T_${t}</bpmn:flowNodeRef>`)
        : [];
    laneXml.push(`<bpmn:lane id="L_${l}" name="Lane ${l}">${refs.join('')}</bpmn:lane>`);
    shapes.push(shape(`L_${l}`, 0, l * 100, Math.max(1000, taskX + 200), 100));
  }
  const taskXml = Array.from({ length: tasks }, (_, t) => {
    shapes.push(shape(`T_${t}`, t === 0 ? taskX : 100 + (t % 8) * 110, 10, 100, 80));
    return `<bpmn:task id="T_${t}" name="Task ${t}"/>`;
  });
  const flowXml = Array.from(
    { length: flows },
    (_, f) => `<bpmn:sequenceFlow id="F_${f}" sourceRef="T_0" targetRef="T_${1 % tasks}"/>`,
  );
  return (
    HEAD +
    '<bpmn:process id="P">' +
    `<bpmn:laneSet id="LS">${laneXml.join('')}</bpmn:laneSet>` +
    taskXml.join('') +
    flowXml.join('') +
    '</bpmn:process>\n<bpmndi:BPMNDiagram id="D"><bpmndi:BPMNPlane id="Plane" bpmnElement="P">\n' +
    shapes.join('\n') +
    '\n</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>\n</bpmn:definitions>\n'
  );
}
