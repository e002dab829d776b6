import { useTranslation } from 'react-i18next';
import { ActorHead } from './ActorHead';
import { heatColour } from './heat';
import { NUM, TABLE, TH } from './tableStyles';
import type { TabProps } from './tabProps';

/** The handover heat-map (§b3, §b6 item 4): expected hand-offs per case, from row to column. */
export function HandOffTab({ live, fmt }: TabProps) {
  const { t } = useTranslation();
  const { actors, counts } = live.analysis.figures.handOffs.matrix;
  if (actors.length === 0) {
    return <p style={{ color: '#595959' }}>{t('analysis.view.handOffs.empty')}</p>;
  }
  const max = Math.max(0, ...counts.flat());
  return (
    <div>
      <p style={{ margin: '0 0 6px', fontSize: 12, color: '#595959' }}>
        {t('analysis.view.handOffs.note', {
          roles: fmt.count(live.analysis.figures.handOffs.roles),
          departments: fmt.count(live.analysis.figures.handOffs.departments),
        })}
      </p>
      <table style={TABLE} data-testid="hand-off-matrix">
        <ActorHead corner={t('analysis.view.handOffs.fromTo')} actors={actors} />
        <tbody>
          {actors.map((from, i) => (
            <tr key={from.key}>
              <th style={{ ...TH, position: 'static' }}>{from.name}</th>
              {actors.map((to, j) => {
                const value = counts[i]?.[j] ?? 0;
                const heat = heatColour(value, max);
                return (
                  <td
                    key={to.key}
                    style={{
                      ...NUM,
                      textAlign: 'center',
                      minWidth: 56,
                      background: i === j ? '#f6f8fa' : heat.background,
                      color: heat.color,
                      border: '1px solid #eef0f3',
                    }}
                  >
                    {value > 0 ? fmt.count(value) : i === j ? '' : '·'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
