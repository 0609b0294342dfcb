import type { Dance } from '../../../core/live/dance';
import { danceSignals } from '../../../core/live/dance';
import { danceChart } from '../../../core/live/danceChart';
import type { Package } from '../../../core/meso';
import { DanceChart } from './DanceChart';
import { pts } from './format';

const TREND_WORDS = { shrinking: 'shrinking', growing: 'growing', steady: 'steady', none: '—' } as const;

/** The chart, concessions per round with their sizes, reciprocity and the gap. */
export function DancePanel(props: {
  dance: Dance;
  frontier: readonly Package[] | null;
  ourBatnaPoints: number | null;
}) {
  const { dance } = props;
  const drawing = danceChart(dance, props.frontier, props.ourBatnaPoints);
  const rounds = Math.max(dance.ours.concessions.length, dance.theirs.concessions.length);
  return (
    <section className="live-dance" aria-label="The dance">
      <DanceChart drawing={drawing} label={`Offers so far: ${dance.moves.length}`} />
      <table className="live-rounds">
        <caption>Concessions per round (each side in its own value)</caption>
        <thead>
          <tr>
            <th scope="col">Round</th>
            {Array.from({ length: rounds }, (_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rounds are positions
              <th key={i} scope="col">
                {i + 2}
              </th>
            ))}
            <th scope="col">Total</th>
            <th scope="col">Trend</th>
          </tr>
        </thead>
        <tbody>
          {(['ours', 'theirs'] as const).map((side) => (
            <tr key={side}>
              <th scope="row">{side === 'ours' ? 'We gave' : 'They gave'}</th>
              {Array.from({ length: rounds }, (_, i) => {
                const c = dance[side].concessions[i];
                // biome-ignore lint/suspicious/noArrayIndexKey: rounds are positions
                return <td key={i}>{c === undefined ? '' : pts(c)}</td>;
              })}
              <td>{pts(dance[side].total)}</td>
              <td className={`trend-${dance[side].trend}`}>{TREND_WORDS[dance[side].trend]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="live-dance-facts">
        Reciprocity:{' '}
        <strong data-testid="live-reciprocity">{dance.reciprocity === null ? '—' : pts(dance.reciprocity)}</strong>
        {' · '}Gap: <strong>{dance.gap === null ? '—' : pts(dance.gap)}</strong>
        {dance.offersToMeet !== null &&
          dance.offersToMeet > 0 &&
          ` · about ${dance.offersToMeet} ${dance.offersToMeet === 1 ? 'offer' : 'offers'} to meet`}
      </p>
      <ul className="live-signals">
        {danceSignals(dance).map((s) => (
          <li key={s.key}>{s.message}</li>
        ))}
      </ul>
    </section>
  );
}
