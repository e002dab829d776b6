import { useEffect, useState } from 'react';
import { useReportError } from '../../ui/useReportError';

/**
 * What a channel answers for the current inputs, reloaded when they change or on `reload()`;
 * a failed call is shown to the user and leaves the last answer in place.
 */
export function useLoaded<T>(load: () => Promise<T>, key: string) {
  const report = useReportError();
  const [state, setState] = useState<{ key: string; data: T } | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setState({ key, data }),
      (error: unknown) => live && report(error),
    );
    return () => {
      live = false;
    };
    // `key` names the inputs of `load`; a new closure alone is no reason to reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, round, report]);
  return {
    data: state?.data ?? null,
    stale: state?.key !== key,
    reload: () => setRound((n) => n + 1),
    replace: (data: T) => setState({ key, data }),
  };
}
