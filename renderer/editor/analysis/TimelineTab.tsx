import { useTranslation } from 'react-i18next';
import { stepName } from './ParetoTab';
import { clip, ladderRungs } from './ladder';
import type { TabProps } from './tabProps';

const RUNG = 120;
const TOTALS = 200;
const TOP = 34; // the wait line
const BOTTOM = 86; // the work line
const HEIGHT = 150;
const WAIT_INK = '#b42318';

/**
 * The VSM timeline ladder along the critical path (§b6 item 2): each step's wait as a peak
 * (above) and its work as a valley (below), totals at the end; wait-dominated steps in red.
 */
export function TimelineTab({ live, fmt, frame }: TabProps) {
  const { t } = useTranslation();
  const figures = live.analysis.figures;
  const rungs = ladderRungs(figures);
  if (rungs.length === 0 || !figures.leadTime) {
    return <p style={{ color: '#595959' }}>{t('analysis.view.timeline.empty')}</p>;
  }
  const width = rungs.length * RUNG + TOTALS;
  const workOnPath = rungs.reduce((sum, rung) => sum + rung.work, 0);
  const path = rungs
    .map((_, i) => {
      const x = i * RUNG;
      return `M${x},${TOP} H${x + RUNG / 2} V${BOTTOM} H${x + RUNG}`;
    })
    .join(' ');
  return (
    <div>
      <div style={{ fontSize: 12, color: '#595959', marginBottom: 4 }}>
        {t('analysis.view.timeline.note', { basis: fmt.basis })}{' '}
        {/* The totals up front too: on a long process the box at the end is off screen. */}
        <strong style={{ color: '#17324d' }}>
          {[
            t('analysis.view.timeline.leadTime', {
              value: fmt.duration(figures.leadTime.critical),
            }),
            t('analysis.view.timeline.work', { value: fmt.duration(workOnPath) }),
            t('analysis.view.timeline.pce', { value: fmt.percent(figures.pce.critical) }),
          ].join(' · ')}
        </strong>
      </div>
      <svg
        width={width}
        height={HEIGHT}
        role="img"
        aria-label={t('analysis.view.timeline.title')}
        data-testid="timeline-ladder"
        style={{ display: 'block', fontSize: 11 }}
      >
        <path d={path} fill="none" stroke="#17324d" strokeWidth={1.5} />
        {rungs.map((rung, i) => {
          const x = i * RUNG;
          const name = stepName(rung.step);
          return (
            <g
              key={rung.step.nodeId}
              style={{ cursor: 'pointer' }}
              onClick={() => frame([rung.step.nodeId])}
            >
              <title>{name}</title>
              <rect x={x} y={0} width={RUNG} height={HEIGHT} fill="transparent" />
              {rung.waitDominated && (
                <rect x={x + 2} y={TOP - 4} width={RUNG / 2 - 4} height={4} fill={WAIT_INK} />
              )}
              <text
                x={x + RUNG / 4}
                y={TOP - 10}
                textAnchor="middle"
                fill={rung.waitDominated ? WAIT_INK : '#3b4a5a'}
                fontWeight={rung.waitDominated ? 600 : 400}
              >
                {rung.wait > 0 ? fmt.duration(rung.wait) : '–'}
              </text>
              <text x={x + (RUNG * 3) / 4} y={BOTTOM + 16} textAnchor="middle" fill="#1d6b37">
                {fmt.duration(rung.work)}
              </text>
              <text x={x + RUNG / 2} y={BOTTOM + 40} textAnchor="middle" fill="#1d2b3a">
                {clip(name, RUNG - 8)}
              </text>
            </g>
          );
        })}
        <g transform={`translate(${rungs.length * RUNG + 16},0)`}>
          <rect
            width={TOTALS - 24}
            height={HEIGHT - 20}
            y={4}
            fill="#f6f8fa"
            stroke="#d0d7de"
            rx={4}
          />
          <text x={10} y={TOP - 8} fill={WAIT_INK}>
            {t('analysis.view.timeline.leadTime', {
              value: fmt.duration(figures.leadTime.critical),
            })}
          </text>
          <text x={10} y={BOTTOM + 16} fill="#1d6b37">
            {t('analysis.view.timeline.work', { value: fmt.duration(workOnPath) })}
          </text>
          <text x={10} y={BOTTOM + 40} fill="#17324d" fontWeight={600}>
            {t('analysis.view.timeline.pce', { value: fmt.percent(figures.pce.critical) })}
          </text>
        </g>
      </svg>
      <div style={{ fontSize: 12, color: '#595959', marginTop: 4 }}>
        <span
          style={{
            display: 'inline-block',
            width: 12,
            height: 4,
            background: WAIT_INK,
            marginRight: 4,
            verticalAlign: 'middle',
          }}
        />
        {t('analysis.view.timeline.waitDominated')}
      </div>
    </div>
  );
}
