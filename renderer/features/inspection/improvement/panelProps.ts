/** What the inspection page gives each 持续改进 panel (mounted as its tabs). */
export type ImprovementPanelProps = {
  processKey: string;
  processId: number;
  onOpenProcess(id: number): void;
  onOpenRole(id: number): void;
};
