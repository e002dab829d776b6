import { useState } from 'react';
import type { FieldProblems } from './forms/fieldProblems';

/**
 * A dialog's draft and which problems to show: a field's problems once the user has changed
 * it, and all of them after a first attempt to save, so a fresh form is not all red.
 */
export function useFormDraft<D>(initial: D) {
  const [draft, setDraft] = useState<D>(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  return {
    draft,
    /** Changes the draft; `path` is the field's path in the saved aggregate (or its paths). */
    change(path: string | string[], next: D) {
      setDraft(next);
      const paths = typeof path === 'string' ? [path] : path;
      if (paths.some((p) => !touched.has(p))) setTouched(new Set([...touched, ...paths]));
    },
    attempt() {
      setAttempted(true);
    },
    shown(problems: FieldProblems, path: string): string[] {
      return attempted || touched.has(path) ? (problems[path] ?? []) : [];
    },
  };
}
