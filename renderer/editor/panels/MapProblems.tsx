import { Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { connectionViolations, decisionProblems } from '../../../shared/connectionRules';
import type { ProcessGraph } from '../../../shared/process';

type Props = { graph: ProcessGraph; onSelect: (ids: readonly string[]) => void };

type Problem = { key: string; text: string; select: string };

/**
 * What the map still breaks, under the map settings: connectors an older version or another
 * tool drew against the rules (save keeps them, so the map stays saveable, but they are not
 * hidden), and decisions without two labelled ways out. A click selects the element.
 */
export function MapProblems({ graph, onSelect }: Props) {
  const { t } = useTranslation();
  const problems = useMemo((): Problem[] => {
    const labels = new Map(graph.nodes.map((node) => [node.id, node.label]));
    const edges = new Map(graph.edges.map((edge) => [edge.id, edge]));
    const broken = connectionViolations(graph).map(({ edgeId, code }): Problem => {
      const edge = edges.get(edgeId);
      return {
        key: `edge:${edgeId}`,
        select: edgeId,
        text: t('canvas.problems.connector', {
          from: labels.get(edge?.source ?? '') ?? '',
          to: labels.get(edge?.target ?? '') ?? '',
          reason: t(`canvas.refused.${code}`),
        }),
      };
    });
    const decisions = decisionProblems(graph).map(({ nodeId, code, edgeId }): Problem => ({
      key: `${code}:${nodeId}:${edgeId ?? ''}`,
      select: edgeId ?? nodeId,
      text: t(`canvas.problems.${code}`, { label: labels.get(nodeId) ?? '' }),
    }));
    return [...broken, ...decisions];
  }, [graph, t]);

  if (graph.nodes.length === 0) return null;
  return (
    <section aria-label={t('canvas.problems.title')} style={{ marginTop: 16 }}>
      <Typography.Text strong>{t('canvas.problems.title')}</Typography.Text>
      {problems.length === 0 ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 4 }}>
          {t('canvas.problems.none')}
        </Typography.Paragraph>
      ) : (
        <ul data-testid="map-problems" style={{ paddingLeft: 18, marginTop: 4, fontSize: 12 }}>
          {problems.map((problem) => (
            <li key={problem.key}>
              <Typography.Link onClick={() => onSelect([problem.select])}>
                {problem.text}
              </Typography.Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
