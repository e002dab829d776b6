import { type ModdlePackage } from 'bpmn-moddle';

/*
 * RoleFlow's BPMN extension namespace: what the side panel knows about an activity
 * (ActivityDetails) travels inside the task's <bpmn:extensionElements> as
 *   <roleflow:activity workMinutes="15" valueClass="VA" isApproval="true" …>
 *     <roleflow:raci roleId="12" letter="A"/>
 *     <roleflow:instruction>…</roleflow:instruction>
 *   </roleflow:activity>
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
        { name: 'raci', type: 'Raci', isMany: true },
        { name: 'inputs', type: 'String' },
        { name: 'outputs', type: 'String' },
        { name: 'formsAndSystems', type: 'String' },
        { name: 'instruction', type: 'String' },
      ],
    },
    {
      name: 'Raci',
      properties: [attribute('roleId', 'Integer'), attribute('letter', 'String')],
    },
  ],
  enumerations: [],
  associations: [],
};

export const ACTIVITY_TYPE = 'roleflow:Activity';
