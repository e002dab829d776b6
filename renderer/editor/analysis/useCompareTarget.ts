import { useEffect, useMemo, useState } from 'react';
import { analyseProcess } from '../../../shared/analysis';
import type { ProcessFigures } from '../../../shared/analysis/types';
import type { ProcessGraph } from '../../../shared/process';
import { call } from '../../api/client';
import type { AnalysisHost } from './AnalysisFrame';
import type { LiveAnalysis } from './useProcessAnalysis';

/*
 * What the Compare tab compares this process with (§b5): another process, an approved version
 * of this one, or by default its pair: the to-be variant (a process whose
 * `graph.analysis.variantOfId` is this one) or the as-is this one is a variant of.
 */

export type CompareTarget =
  | { kind: 'process'; id: number; role: 'variant' | 'asIs' | 'other' }
  | { kind: 'version'; version: number };

export type LoadedTarget = { name: string; figures: ProcessFigures };

/** The variant pair of this process: its as-is, or the first process that is its variant. */
function findPair(host: AnalysisHost): CompareTarget | null {
  const asIs = host.graph.analysis?.variantOfId;
  if (asIs && host.processes.some((p) => p.id === asIs)) {
    return { kind: 'process', id: asIs, role: 'asIs' };
  }
  // The list says what each process is a variant of, so no map has to be read to find the pair.
  const variant = host.processes.find(
    (other) => other.id !== host.processId && other.variantOfId === host.processId,
  );
  return variant ? { kind: 'process', id: variant.id, role: 'variant' } : null;
}

export function useComparePair(host: AnalysisHost): CompareTarget | null {
  const { processId, processes } = host;
  const variantOf = host.graph.analysis?.variantOfId ?? null;
  // The pair depends on which process this is, what it is a variant of and the process list,
  // not on every edit of the map.
  return useMemo(
    () => findPair({ ...host, processId, processes }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [processId, processes, variantOf],
  );
}

async function loadGraph(
  host: AnalysisHost,
  target: CompareTarget,
): Promise<{ name: string; graph: ProcessGraph; ownerRoleId?: number | null }> {
  if (target.kind === 'process') {
    const record = await call('process:get', { id: target.id });
    return { name: record.name, graph: record.graph, ownerRoleId: record.ownerRoleId };
  }
  const revision = await call('process:revision', {
    id: host.processId,
    version: target.version,
  });
  return { name: revision.name, graph: revision.graph };
}

/** The other side's figures, analysed with this library's roles and settings. */
export function useTargetFigures(
  host: AnalysisHost,
  live: LiveAnalysis,
  target: CompareTarget | null,
): LoadedTarget | null | 'loading' | 'failed' {
  const [loaded, setLoaded] = useState<{ key: string; value: LoadedTarget | 'failed' } | null>(
    null,
  );
  const key = target ? JSON.stringify(target) : '';
  const { library } = live;
  useEffect(() => {
    if (!target) return;
    let alive = true;
    loadGraph(host, target).then(
      ({ name, graph, ownerRoleId }) => {
        if (alive)
          setLoaded({
            key,
            value: { name, figures: analyseProcess({ graph, library, ownerRoleId }).figures },
          });
      },
      () => alive && setLoaded({ key, value: 'failed' }),
    );
    return () => {
      alive = false;
    };
    // Reload when the target or the library changes; host is read at that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, library]);
  if (!target) return null;
  return loaded?.key === key ? loaded.value : 'loading';
}
