import { useEffect, useState } from 'react';
import type { SearchHit } from '../../../shared/domain';
import { call } from '../../api/client';
import { useReportError } from '../../ui/useReportError';

/** How long typing must pause before the search runs. */
const SEARCH_DELAY_MS = 120;

/**
 * The roles to list: a department's roles (or all), or — while the search box has text —
 * the search hits across the whole library. Answers that arrive after a newer request are
 * dropped, so fast typing never shows a stale list.
 */
export function useRoleList(departmentId: number | null, query: string, refreshKey: number) {
  const report = useReportError();
  const [items, setItems] = useState<SearchHit[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    let current = true;
    const trimmed = query.trim();
    const load = async () => {
      setLoading(true);
      try {
        const hits = trimmed
          ? await call('search:query', { text: trimmed })
          : (await call('role:list', { departmentId })).map((r): SearchHit => ({
              roleId: r.id,
              title: r.title,
              code: r.code,
              departmentId: r.departmentId,
              status: r.status,
              dutyCount: r.dutyCount,
              matchedDuty: null,
            }));
        if (current) setItems(hits);
      } catch (error) {
        if (current) report(error);
      } finally {
        if (current) setLoading(false);
      }
    };
    const timer = window.setTimeout(() => void load(), trimmed ? SEARCH_DELAY_MS : 0);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [departmentId, query, refreshKey, report]);

  return { items, loading };
}
