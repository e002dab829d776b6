import { count, finding, text } from '../findings';
import type { AnalysisFinding } from '../types';
import type { EsiaContext } from './esiaContext';
import { distinctActors, inFlowOrder, roleList, type StepFacts } from './steps';

/*
 * I2 of PROCESS-ANALYSIS.md §c3 (单点接触). RoleFlow has no pools or message flows: the
 * customer is a lane bound to nobody that is named as the customer, and a step is in contact
 * with the customer when it is connected to that lane's shapes, or its label names the
 * customer after a verb of contact (退回客户…, 通知投保人…, "Send the policy to the customer";
 * 评估投保人信用 is about the customer, not with them).
 */

const CUSTOMER_WORDS = /客户|顾客|投保人|申请人|委托人|customer|client|applicant/i;
const CONTACT_VERBS: ReadonlySet<string> = new Set([
  ...['退回', '寄送', '邮寄', '寄出', '发函', '发出', '联系', '回复', '答复', '接收', '受理'],
  ...['收取', '约见', '面谈', '回访', '交付', '送达', '要求', '提请', '签发'],
  ...['send', 'mail', 'return', 'contact', 'call', 'reply', 'receive', 'deliver', 'ask'],
  ...['request', 'issue', 'meet'],
]);

function contactsCustomer(step: StepFacts): boolean {
  if (!CUSTOMER_WORDS.test(step.label) || !step.verb) return false;
  const { verb, kinds } = step.verb;
  return kinds.includes('inform') || kinds.includes('passOn') || CONTACT_VERBS.has(verb);
}

export function customerContacts(context: EsiaContext): AnalysisFinding[] {
  const { graph } = context.flow;
  const customerLanes = new Set(
    graph.lanes
      .filter((lane) => lane.owner.kind === 'none' && CUSTOMER_WORDS.test(lane.name))
      .map((lane) => lane.id),
  );
  const inCustomerLane = new Set(
    graph.nodes.filter((n) => n.laneId && customerLanes.has(n.laneId)).map((n) => n.id),
  );
  const contacts = new Set<string>();
  for (const step of context.stepList) {
    if (inCustomerLane.has(step.id)) continue;
    if (contactsCustomer(step)) contacts.add(step.id);
  }
  for (const edge of graph.edges) {
    if (inCustomerLane.has(edge.source) && !inCustomerLane.has(edge.target))
      contacts.add(edge.target);
    if (inCustomerLane.has(edge.target) && !inCustomerLane.has(edge.source))
      contacts.add(edge.source);
  }
  const steps = inFlowOrder(context.flow, contacts)
    .map((id) => context.steps.get(id))
    .filter((s) => s !== undefined);
  const roles = distinctActors(steps);
  if (roles.length < 2) return [];
  return [
    finding(
      'I2',
      'hint',
      steps.map((s) => s.id),
      {
        n: count(roles.length),
        roles: text(roleList(roles)),
      },
    ),
  ];
}
