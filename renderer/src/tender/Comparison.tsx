import { useState } from 'react';
import type { Deal } from '../../../core/deal';
import type { ScenarioWithOffers, TenderComparison } from '../../../core/tender/comparison';
import type { TenderRows } from '../../../core/tender/fromRows';
import { call } from '../api/client';
import { errorMessage, useApi, useApiMutation } from '../api/hooks';
import { printDocument } from '../steps/plan/printDocument';
import { downloadBase64 } from '../ui/files';
import { money, percent } from './format';

export function Comparison({ deal, rows }: { deal: Deal; rows: TenderRows }) {
  const comparison = useApi('tender.comparison', { dealId: deal.id });
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  if (comparison.isPending) return <p className="loading">Solving the award scenarios…</p>;
  if (comparison.isError)
    return (
      <p className="field-error" role="alert">
        {errorMessage(comparison.error)}
      </p>
    );
  const c = comparison.data;
  return (
    <>
      <section className="panel" aria-labelledby="tender-bids">
        <h3 id="tender-bids">Bids compared</h3>
        <p className="panel-intro">
          Total cost over {c.termMonths} months of everything each supplier priced, at its own terms, against today’s
          prices for the same lots. Baseline for the whole tender: <strong>{money(c.baseline, c.currency)}</strong>.
        </p>
        <BidsTable c={c} />
        <div className="tender-actions">
          <button
            type="button"
            onClick={() =>
              void run(async () => {
                const doc = await call('tender.comparisonDocument', { dealId: deal.id, pageSize: 'A4' });
                await printDocument(doc.html);
              })
            }
          >
            Print comparison…
          </button>
          <button
            type="button"
            onClick={() =>
              void run(async () => downloadBase64(await call('tender.committeeWorkbook', { dealId: deal.id })))
            }
          >
            Export for the committee (.xlsx)
          </button>
        </div>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </section>
      <section className="panel" aria-labelledby="tender-scenarios">
        <h3 id="tender-scenarios">Award scenarios</h3>
        <p className="panel-intro">
          Each scenario is solved exactly (HiGHS) under your hard constraints. Pick the one for the plan.
        </p>
        {c.scenarios.length === 0 ? (
          <p className="muted">Add lots, suppliers and at least one bid to see the scenarios.</p>
        ) : (
          <div className="scenario-grid">
            {c.scenarios.map((s) => (
              <ScenarioCard key={s.kind} deal={deal} scenario={s} c={c} rows={rows} />
            ))}
          </div>
        )}
      </section>
    </>
  );
}

function BidsTable({ c }: { c: TenderComparison }) {
  return (
    <div className="table-scroll">
      <table className="data-table tender-table" aria-label="Bids compared">
        <thead>
          <tr>
            <th>Supplier</th>
            <th className="numeric">Lots</th>
            <th className="numeric">Spend</th>
            <th className="numeric">Payment terms</th>
            <th className="numeric">Service</th>
            <th className="numeric">Discount</th>
            <th className="numeric">One-off</th>
            <th className="numeric">Total cost</th>
            <th className="numeric">Savings</th>
            <th className="numeric">Points</th>
          </tr>
        </thead>
        <tbody>
          {c.bids.map((b) => (
            <tr key={b.supplierId}>
              <th scope="row">
                {b.supplierName}
                {b.incumbent && <span className="badge">incumbent</span>}
              </th>
              {b.cost ? (
                <>
                  <td className="numeric">{b.lotsPriced}</td>
                  <td className="numeric">{money(b.cost.spend, c.currency)}</td>
                  <td className="numeric">{money(b.cost.finance, c.currency)}</td>
                  <td className="numeric">{money(b.cost.service, c.currency)}</td>
                  <td className="numeric">{money(-b.cost.discount, c.currency)}</td>
                  <td className="numeric">{money(b.cost.oneOff, c.currency)}</td>
                  <td className="numeric">
                    <strong>{money(b.cost.total, c.currency)}</strong>
                  </td>
                  <td className="numeric">
                    {money(b.cost.savings, c.currency)} ({percent(b.cost.savingsPct)})
                  </td>
                  <td className="numeric">{b.cost.points.toFixed(1)}</td>
                </>
              ) : (
                <td colSpan={9} className="muted">
                  no bid yet
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ScenarioCard(props: { deal: Deal; scenario: ScenarioWithOffers; c: TenderComparison; rows: TenderRows }) {
  const { scenario: s, c, rows } = props;
  const pick = useApiMutation('tender.update');
  const picked = c.picked === s.kind;
  const supplier = (id: string) => rows.suppliers.find((x) => x.id === id)?.name ?? 'Unknown supplier';
  const lot = (id: string) => rows.lots.find((x) => x.id === id)?.name ?? 'Unknown lot';
  return (
    <article className={`scenario ${picked ? 'picked' : ''}`} aria-label={s.label}>
      <h4>
        {s.label} {picked && <span className="badge">picked for the plan</span>}
      </h4>
      {s.outcome.status === 'infeasible' ? (
        <p className="flag">Not possible: {s.outcome.reason}</p>
      ) : (
        <>
          <p className="scenario-total">
            {money(s.outcome.cost.total, c.currency)} · saves {money(s.outcome.cost.savings, c.currency)} (
            {percent(s.outcome.cost.savingsPct)}) · {s.outcome.cost.points.toFixed(1)} points
          </p>
          <ul className="scenario-lots">
            {rows.lots.map((l) => {
              const winner = s.outcome.status === 'awarded' ? s.outcome.assignment[l.id] : undefined;
              return (
                <li key={l.id}>
                  {l.name} → <strong>{winner ? supplier(winner) : '—'}</strong>
                </li>
              );
            })}
          </ul>
          <ul className="scenario-slack">
            {s.outcome.slack.map((x) => (
              <li key={x.constraint}>
                {x.label}:{' '}
                {x.slack === null
                  ? 'held'
                  : x.slack === 0
                    ? 'binding'
                    : `slack ${(Math.round(x.slack * 10) / 10).toLocaleString()} ${x.unit}`}
              </li>
            ))}
          </ul>
          <ul className="scenario-asks">
            {s.counterOffers.map((o) =>
              o.status === 'winsAt' ? (
                <li key={o.supplierId}>
                  {supplier(o.supplierId)} would win {o.lotIds.map(lot).join(', ')} at{' '}
                  <strong>{percent(o.priceCutPct)}</strong> lower prices — ask for it.
                </li>
              ) : o.status === 'cannotWin' ? (
                <li key={o.supplierId} className="muted">
                  {supplier(o.supplierId)} cannot win: {o.reason}
                </li>
              ) : null,
            )}
          </ul>
          <button
            type="button"
            className={picked ? '' : 'primary'}
            disabled={picked || pick.isPending}
            onClick={() => pick.mutate({ dealId: props.deal.id, patch: { pickedScenario: s.kind } })}
          >
            {picked ? 'Picked' : `Pick ${s.label.toLowerCase()}`}
          </button>
        </>
      )}
    </article>
  );
}
