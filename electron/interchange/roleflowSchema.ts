import { type ModdlePackage } from 'bpmn-moddle';

/*
 * RoleFlow's BPMN extension namespace: what the side panel knows about an activity
 * (ActivityDetails) travels inside the task's <bpmn:extensionElements> as
 *   <roleflow:activity workMinutes="15" valueClass="VA" isApproval="true" …>
 *     <roleflow:raci roleKey="…uuid…" roleName="核保员" letter="A"/>
 *     <roleflow:instruction>…</roleflow:instruction>
 *   </roleflow:activity>
 * and a lane bound to a role or department says which, by stable key:
 *   <bpmn:lane name="核保员"><bpmn:extensionElements>
 *     <roleflow:lane roleKey="…uuid…"/></bpmn:extensionElements>…</bpmn:lane>
 * References carry the stable key and the name, never this library's numeric ids, which mean
 * nothing (or something else) in another library. Files written before keys carry
 * `roleId`; it is read but never matched.
 * A step carries its 步骤编号 and, when two roles do it together, the second lane it is drawn
 * across, as attributes of the flow node itself:
 *   <bpmn:task id="Check" roleflow:stepNumber="20" roleflow:jointLane="Lane_Manager"/>
 * A branch out of a decision carries its probability (%) and outcome the same way:
 *   <bpmn:sequenceFlow id="Rework" roleflow:probability="20" roleflow:outcome="reject" …/>
 * Phases (阶段) are not ours to invent: they are BPMN groups, each naming a category value
 * (the phase's name) and drawn across all lanes — what other modellers show as a band.
 * Other tools ignore it (extension elements are theirs to skip) and keep it when they keep
 * extensions. The version is in the URI, so a later format can be told apart.
 */

export const ROLEFLOW_NS = 'https://roleflow.app/schema/bpmn/1';
export const ROLEFLOW_PREFIX = 'roleflow';

const attribute = (name: string, type: string) => ({ name, type, isAttr: true });

/** Properties in serialisation order; the text writer in activityXml.ts follows the same order. */
export const ROLEFLOW_PACKAGE: ModdlePackage = {
  name: 'RoleFlow',
  uri: ROLEFLOW_NS,
  prefix: ROLEFLOW_PREFIX,
  xml: { tagAlias: 'lowerCase' },
  types: [
    {
      name: 'Activity',
      superClass: ['Element'],
      properties: [
        attribute('workMinutes', 'Real'),
        attribute('waitMinutes', 'Real'),
        attribute('valueClass', 'String'),
        attribute('isApproval', 'Boolean'),
        attribute('isInspection', 'Boolean'),
        attribute('isHandOff', 'Boolean'),
        // Process analysis (issue 9): wait in days, fixed cost, first-pass yield, repetitive.
        attribute('waitDays', 'Real'),
        attribute('fixedCost', 'Real'),
        attribute('firstPassYield', 'Real'),
        attribute('isRepetitive', 'Boolean'),
        // One library (issue 10): the step's 时限, whole days (by the time basis) plus minutes.
        attribute('timeLimitDays', 'Real'),
        attribute('timeLimitMinutes', 'Real'),
        { name: 'raci', type: 'Raci', isMany: true },
        { name: 'inputs', type: 'String' },
        { name: 'outputs', type: 'String' },
        { name: 'formsAndSystems', type: 'String' },
        { name: 'instruction', type: 'String' },
      ],
    },
    {
      name: 'Raci',
      properties: [
        attribute('roleKey', 'String'),
        attribute('roleName', 'String'),
        attribute('roleId', 'Integer'),
        attribute('letter', 'String'),
      ],
    },
    {
      name: 'Lane',
      superClass: ['Element'],
      properties: [attribute('roleKey', 'String'), attribute('departmentKey', 'String')],
    },
    {
      name: 'Step',
      extends: ['bpmn:FlowNode'],
      properties: [attribute('stepNumber', 'Integer'), attribute('jointLane', 'String')],
    },
    {
      name: 'Branch',
      extends: ['bpmn:SequenceFlow'],
      properties: [attribute('probability', 'Real'), attribute('outcome', 'String')],
    },
  ],
  enumerations: [],
  associations: [],
};

export const ACTIVITY_TYPE = 'roleflow:Activity';
export const LANE_TYPE = 'roleflow:Lane';

/** The step attributes as bpmn-moddle names them on a flow node. */
export const STEP_NUMBER_ATTR = 'roleflow:stepNumber';
export const JOINT_LANE_ATTR = 'roleflow:jointLane';

/** A branch's share of the cases (%) and outcome, as attributes of its sequence flow. */
export const PROBABILITY_ATTR = 'roleflow:probability';
export const OUTCOME_ATTR = 'roleflow:outcome';
