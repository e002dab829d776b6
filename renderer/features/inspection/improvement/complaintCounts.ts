import {
  COMPLAINT_CATEGORIES,
  type Complaint,
  type ComplaintCategory,
} from '../../../../shared/inspection/types';

export type CategoryCount = { category: ComplaintCategory; total: number; open: number };

/** Complaints by category in the vocabulary's order, only the categories that have any. */
export function countsByCategory(complaints: Complaint[]): CategoryCount[] {
  return COMPLAINT_CATEGORIES.map((category) => {
    const of = complaints.filter((c) => c.category === category);
    return { category, total: of.length, open: of.filter((c) => c.resolvedOn === null).length };
  }).filter((count) => count.total > 0);
}
