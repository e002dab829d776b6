/** The 持续改进 panels the per-process inspection page mounts as tabs, and the finding button. */
export { ActionsPanel } from './ActionsPanel';
export { ComplaintsPanel } from './ComplaintsPanel';
export { SurveysPanel } from './SurveysPanel';
export { RaiseActionButton } from './RaiseActionButton';
export { findingWhy } from './forms/findingWhy';
export type { ImprovementPanelProps } from './panelProps';
