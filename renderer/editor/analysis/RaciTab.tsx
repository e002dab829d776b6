import { useTranslation } from 'react-i18next';
import { ActorHead } from './ActorHead';
import { LINK, TABLE, TD } from './tableStyles';
import type { TabProps } from './tabProps';

const LETTER_COLOURS: Record<string, string> = {
  R: '#1f5fa8',
  A: '#b42318',
  C: '#8a5a00',
  I: '#3b4a5a',
};

/** The RACI matrix (§b6 item 4): steps × roles, the letters each role holds on each step. */
export function RaciTab({ live, frame }: TabProps) {
  const { t } = useTranslation();
  const { actors, rows } = live.analysis.figures.raci;
  if (rows.length === 0) return <p style={{ color: '#595959' }}>{t('analysis.view.raci.empty')}</p>;
  return (
    <table style={TABLE} data-testid="raci-matrix">
      <ActorHead corner={t('analysis.view.raci.step')} actors={actors} />
      <tbody>
        {rows.map((row) => (
          <tr key={row.nodeId}>
            <td style={TD}>
              <button type="button" style={LINK} onClick={() => frame([row.nodeId])}>
                {row.label}
              </button>
            </td>
            {actors.map((actor, index) => {
              const letters = row.letters[index] ?? null;
              return (
                <td key={actor.key} style={{ ...TD, textAlign: 'center', fontWeight: 600 }}>
                  {(letters ?? []).map((letter) => (
                    <span key={letter} style={{ color: LETTER_COLOURS[letter] ?? '#1d2b3a' }}>
                      {letter}
                    </span>
                  ))}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
