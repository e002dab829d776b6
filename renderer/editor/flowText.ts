import type { StepData } from './mapping';

/*
 * The accessible names the canvas gives its steps, lanes, phases and connectors. The mapper
 * takes them as functions so that it stays free of i18next (tests and the history view call
 * it without a translator) and so that a language switch is simply a new mapper.
 */
export type FlowText = {
  step: (data: StepData) => string;
  lane: (name: string) => string;
  phase: (name: string) => string;
  connector: (from: string, to: string, label: string) => string;
  /** What a screen reader calls each part (aria-roledescription, said after the name). */
  stepRole: string;
  connectorRole: string;
  laneRole: string;
  phaseRole: string;
};

/** Names without a translator: the labels themselves. */
export const PLAIN_FLOW_TEXT: FlowText = {
  step: (data) => data.label,
  lane: (name) => name,
  phase: (name) => name,
  connector: (from, to, label) => `${from} → ${to}${label ? ` (${label})` : ''}`,
  stepRole: 'step',
  connectorRole: 'connector',
  laneRole: 'lane',
  phaseRole: 'phase',
};
