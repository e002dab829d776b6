import type { Actor } from '../../../shared/analysis/types';
import { TH } from './tableStyles';

/** The head row of a matrix with one column per performer (hand-offs, RACI). */
export function ActorHead({ corner, actors }: { corner: string; actors: readonly Actor[] }) {
  return (
    <thead>
      <tr>
        <th style={TH}>{corner}</th>
        {actors.map((actor) => (
          <th key={actor.key} style={{ ...TH, textAlign: 'center' }}>
            {actor.name}
          </th>
        ))}
      </tr>
    </thead>
  );
}
