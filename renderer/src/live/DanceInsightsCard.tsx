import type { DanceInsights } from '../../../core/insights';

const one = (n: number | null) => (n === null ? '—' : `${Math.round(n * 10) / 10}`);

/** Insights from the offers logged at the table, across debriefed deals. */
export function DanceInsightsCard({ dance }: { dance: DanceInsights }) {
  return (
    <section className="insights-card" aria-labelledby="chart-dance">
      <h2 id="chart-dance">The negotiation dance</h2>
      {dance.deals === 0 ? (
        <p className="muted">No debriefed deal has offers logged at the table yet.</p>
      ) : (
        <dl className="dance-insights">
          <dt>Deals with offers logged</dt>
          <dd data-testid="dance-deals">{dance.deals}</dd>
          <dt>Average rounds</dt>
          <dd data-testid="dance-rounds">{one(dance.averageRounds)}</dd>
          <dt>First offer to final agreement (points to you)</dt>
          <dd>{one(dance.averageFirstOfferDistance)}</dd>
          <dt>Who conceded more</dt>
          <dd>
            we did in {dance.weConcededMore}, they did in {dance.theyConcededMore}
            {dance.even > 0 ? `, even in ${dance.even}` : ''}
          </dd>
        </dl>
      )}
    </section>
  );
}
