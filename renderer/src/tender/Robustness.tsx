import { useState } from 'react';
import type { RobustnessAnswer } from '../../../api/contracts/tender';
import type { Deal } from '../../../core/deal';
import { tenderFieldsSchema } from '../../../core/tender/fields';
import type { TenderRows } from '../../../core/tender/fromRows';
import { call } from '../api/client';
import { errorMessage, useApiMutation } from '../api/hooks';
import { NumberField } from '../ui/fields';
import { share } from './format';

const f = tenderFieldsSchema.shape;

/**
 * Sensitivity: Monte Carlo over what we only estimate — their weights and scores for our
 * MESO offers and suggested packages, our quality scores and price weight for the awards.
 */
export function Robustness({ deal, rows }: { deal: Deal; rows: TenderRows }) {
  const update = useApiMutation('tender.update');
  const [spread, setSpread] = useState(30);
  const [answer, setAnswer] = useState<RobustnessAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setAnswer(await call('tender.robustness', { dealId: deal.id, draws: 5000, weightSpreadPct: spread }));
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  const t = rows.tender;
  return (
    <section className="panel" aria-labelledby="tender-robustness">
      <h3 id="tender-robustness">How robust are the picks?</h3>
      <p className="panel-intro">
        Their weights and scores are our guesses, and so are our quality scores. 5 000 draws vary them within the ranges
        below and count how often each pick stays their favourite, stays best, or stays on the frontier.
      </p>
      <div className="tender-fields">
        <NumberField
          label="Their weights vary by ±"
          value={spread}
          schema={f.qualitySpread}
          suffix="%"
          save={async (v) => setSpread(v ?? 0)}
        />
        <NumberField
          label="Our quality scores vary by ±"
          value={t.qualitySpread}
          schema={f.qualitySpread}
          suffix="points"
          save={(v) => update.mutateAsync({ dealId: deal.id, patch: { qualitySpread: v ?? 0 } })}
        />
        <NumberField
          label="Weight of price from"
          value={t.priceWeightLow}
          schema={f.priceWeightLow}
          save={(v) => update.mutateAsync({ dealId: deal.id, patch: { priceWeightLow: v ?? 0 } })}
        />
        <NumberField
          label="to"
          value={t.priceWeightHigh}
          schema={f.priceWeightHigh}
          save={(v) => update.mutateAsync({ dealId: deal.id, patch: { priceWeightHigh: v ?? 0 } })}
        />
      </div>
      <div>
        <button type="button" className="primary" disabled={busy} onClick={() => void run()}>
          {busy ? 'Drawing…' : 'Run 5 000 draws'}
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {answer && (
        <div className="robustness-results">
          <table className="data-table" aria-label="Award scenarios under uncertainty">
            <thead>
              <tr>
                <th>Award scenario</th>
                <th className="numeric">Best on points</th>
                <th className="numeric">Not beaten on cost and points</th>
              </tr>
            </thead>
            <tbody>
              {answer.scenarios.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.label}</th>
                  <td className="numeric">{share(s.best)}</td>
                  <td className="numeric">{share(s.frontier)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {answer.packagesNote ? (
            <p className="muted">MESO offers: {answer.packagesNote}</p>
          ) : (
            <table className="data-table" aria-label="MESO offers under uncertainty">
              <thead>
                <tr>
                  <th>Offer or suggested package</th>
                  <th className="numeric">Their favourite</th>
                  <th className="numeric">On the frontier (at most)</th>
                </tr>
              </thead>
              <tbody>
                {answer.packages.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">{p.label}</th>
                    <td className="numeric">{share(p.best)}</td>
                    <td className="numeric">{share(p.frontier)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="muted">
            {answer.draws.toLocaleString()} draws, seed {answer.seed}, {answer.ms} ms. “On the frontier” is checked
            against the frontier of your estimates, so it is an upper bound.
          </p>
        </div>
      )}
    </section>
  );
}
