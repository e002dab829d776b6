import { count, finding, text } from '../findings';
import type { AnalysisFinding } from '../types';
import type { EsiaContext } from './esiaContext';
import { distinctActors, inFlowOrder } from './steps';

/*
 * I2 of PROCESS-ANALYSIS.md §c3 (单点接触). RoleFlow has no pools or message flows: the
 * customer is a lane bound to nobody that is named as the customer, and a step is in contact
 * with the customer when it is connected to that lane's shapes or its label names the customer
 * (退回客户…, 通知投保人…, "Send the policy to the customer").
 */

const CUSTOMER_WORDS = /客户|顾客|投保人|申请人|委托人|customer|client|applicant/i;

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
    if (CUSTOMER_WORDS.test(step.label)) contacts.add(step.id);
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
        roles: text(roles.join(' / ')),
      },
    ),
  ];
}
