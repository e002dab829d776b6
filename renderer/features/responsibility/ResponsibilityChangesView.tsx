import type { Department } from '../../../shared/domain';

type Props = { departments: Department[]; onOpenRole: (id: number) => void };

/** Placeholder of issue 10's contract: the stream that owns this file fills it in. */
export function ResponsibilityChangesView(props: Props) {
  void props;
  return null;
}
