import { useState } from 'react';
import { CONTEXT_LABELS, DEAL_CONTEXTS, type DealContext } from '../../../core/deal';
import type { InsightsFilter } from '../../../core/insights';
import { errorMessage, useApi } from '../api/hooks';
import { routeHref } from '../app/route';
import { DanceInsightsCard } from '../live/DanceInsightsCard';
import { BarChart, LineChart } from './charts';
import './insights.css';

const pct = (n: number | null) => (n === null ? '—' : `${Math.round(n * 100)} %`);
const one = (n: number | null, unit = '') => (n === null ? '—' : `${Math.round(n * 10) / 10}${unit}`);

/** Across every debriefed deal: outcomes, value left, time, moments and reciprocity. */
export function InsightsScreen() {
  const [filter, setFilter] = useState<InsightsFilter>({ context: null, from: null, to: null });
  const insights = useApi('insights.get', filter);
  const set = (patch: Partial<InsightsFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const data = insights.data;
  return (
    <div className="screen insights-screen">
      <header className="screen-header">
        <h1>Insights</h1>
        <p className="subtitle">What your debriefed deals say about how you negotiate.</p>
      </header>
      <form className="toolbar insights-filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="insights-context">Context</label>
        <select
          id="insights-context"
          value={filter.context ?? ''}
          onChange={(e) => set({ context: (e.target.value || null) as DealContext | null })}
        >
          <option value="">All contexts</option>
          {DEAL_CONTEXTS.map((c) => (
            <option key={c} value={c}>
              {CONTEXT_LABELS[c]}
            </option>
          ))}
        </select>
        <label htmlFor="insights-from">Closed from</label>
        <input
          id="insights-from"
          type="date"
          value={filter.from ?? ''}
          onChange={(e) => set({ from: e.target.value || null })}
        />
        <label htmlFor="insights-to">to</label>
        <input
          id="insights-to"
          type="date"
          value={filter.to ?? ''}
          onChange={(e) => set({ to: e.target.value || null })}
        />
        {(filter.context || filter.from || filter.to) && (
          <button type="button" onClick={() => setFilter({ context: null, from: null, to: null })}>
            Clear filters
          </button>
        )}
      </form>
      {insights.isError && (
        <div className="banner banner-error" role="alert">
          {errorMessage(insights.error)}
        </div>
      )}
      {data && data.deals === 0 && (
        <div className="empty-state">
          <p>
            <strong>
              No debriefed deals{filter.context || filter.from || filter.to ? ' match these filters' : ' yet'}.
            </strong>
          </p>
          <p>Record the outcome on a deal’s Debrief step and it will count here.</p>
        </div>
      )}
      {data && data.deals > 0 && (
        <>
          <div className="kpi-row">
            <Kpi label="Deals debriefed" value={String(data.deals)} />
            <Kpi label="Win rate" value={pct(data.winRate)} note={`${data.agreed} agreed`} />
            <Kpi label="Integrative agreements" value={pct(data.integrativeShare)} />
            <Kpi label="Avg. value left on the table" value={one(data.averageValueLeft, ' pts')} />
            <Kpi label="Avg. time to resolution" value={one(data.averageDays, ' days')} />
          </div>
          <div className="insights-grid">
            <section className="insights-card" aria-labelledby="chart-win-rate">
              <h2 id="chart-win-rate">Win rate by context</h2>
              <BarChart
                title="Win rate by context"
                max={100}
                bars={data.byContext.map((row) => ({
                  key: row.context,
                  label: CONTEXT_LABELS[row.context],
                  value: row.winRate * 100,
                  text: `${pct(row.winRate)} of ${row.deals}`,
                }))}
              />
            </section>
            <section className="insights-card" aria-labelledby="chart-target">
              <h2 id="chart-target">Outcome against target by context</h2>
              <p className="chart-note">0 % is your reservation point, 100 % your target, on the main issue.</p>
              {data.byContext.some((row) => row.averageAchievement !== null) ? (
                <BarChart
                  title="Outcome against target by context"
                  max={100}
                  bars={data.byContext
                    .filter((row) => row.averageAchievement !== null)
                    .map((row) => ({
                      key: row.context,
                      label: CONTEXT_LABELS[row.context],
                      value: row.averageAchievement as number,
                      text: `${Math.round(row.averageAchievement as number)} %`,
                    }))}
                />
              ) : (
                <p className="muted">Needs agreed deals with a target and reservation point on their main issue.</p>
              )}
            </section>
            <section className="insights-card" aria-labelledby="chart-negative">
              <h2 id="chart-negative">Moments that cost you most often</h2>
              {data.topNegative.length > 0 ? (
                <BarChart
                  title="Most frequent negative moments"
                  tone="danger"
                  bars={data.topNegative.map((m) => ({
                    key: m.typeKey,
                    label: m.label,
                    value: m.count,
                    text: `${m.count}×`,
                  }))}
                />
              ) : (
                <p className="muted">No negative moments tagged.</p>
              )}
            </section>
            <section className="insights-card" aria-labelledby="chart-positive">
              <h2 id="chart-positive">Moments that helped you most often</h2>
              {data.topPositive.length > 0 ? (
                <BarChart
                  title="Most frequent positive moments"
                  tone="ok"
                  bars={data.topPositive.map((m) => ({
                    key: m.typeKey,
                    label: m.label,
                    value: m.count,
                    text: `${m.count}×`,
                  }))}
                />
              ) : (
                <p className="muted">No positive moments tagged.</p>
              )}
            </section>
            <section className="insights-card insights-wide" aria-labelledby="chart-reciprocity">
              <h2 id="chart-reciprocity">Reciprocity over time</h2>
              <p className="chart-note">Share of concessions for which something was asked back, deal by deal.</p>
              {data.reciprocityOverTime.length > 0 ? (
                <LineChart
                  title="Reciprocity over time"
                  points={data.reciprocityOverTime.map((p, i) => ({
                    key: `${p.date}-${i}`,
                    date: p.date,
                    value: p.ratio,
                    label: p.title,
                  }))}
                />
              ) : (
                <p className="muted">No debriefed deal has concessions logged yet.</p>
              )}
            </section>
            <DanceInsightsCard dance={data.dance} />
          </div>
          <section className="insights-card" aria-labelledby="insights-deals">
            <h2 id="insights-deals">Debriefed deals</h2>
            <table className="data-table insights-table">
              <thead>
                <tr>
                  <th scope="col">Deal</th>
                  <th scope="col">Context</th>
                  <th scope="col">Closed</th>
                  <th scope="col">Outcome</th>
                  <th scope="col" className="numeric">
                    Value to us
                  </th>
                  <th scope="col" className="numeric">
                    Left on the table
                  </th>
                  <th scope="col">Kind</th>
                  <th scope="col" className="numeric">
                    Days
                  </th>
                  <th scope="col" className="numeric">
                    Moments
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((row) => (
                  <tr key={row.dealId}>
                    <td>
                      <a href={routeHref({ screen: 'workspace', dealId: row.dealId, step: 'debrief' })}>{row.title}</a>
                    </td>
                    <td>{CONTEXT_LABELS[row.context]}</td>
                    <td>{row.date}</td>
                    <td>{row.outcome === 'agreed' ? 'Agreed' : 'No deal'}</td>
                    <td className="numeric">{one(row.valueUs)}</td>
                    <td className="numeric">{one(row.valueLeft)}</td>
                    <td>{row.integrative === null ? '—' : row.integrative ? 'Integrative' : 'Distributive'}</td>
                    <td className="numeric">{row.days ?? '—'}</td>
                    <td className="numeric">{row.moments.length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </div>
  );
}

function Kpi(props: { label: string; value: string; note?: string }) {
  return (
    <div className="kpi">
      <span className="kpi-label">{props.label}</span>
      <span className="kpi-value">{props.value}</span>
      {props.note && <span className="kpi-note">{props.note}</span>}
    </div>
  );
}
