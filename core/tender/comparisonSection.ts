/**
 * The tender's comparison page: every bid's money against the baseline, every award
 * scenario with its savings, slack and the counter-offers to ask for. One page of the
 * plan, and printable on its own from the Tender step.
 */
import { formatMoney, formatNumber } from '../calculator';
import { html, type SafeHtml } from '../html';
import type { TenderComparison } from './comparison';
import type { Tender } from './model';

export function tenderComparisonSection(tender: Tender, c: TenderComparison): SafeHtml {
  const money = (v: number) => formatMoney(v, c.currency, 'en-GB', true);
  const pct = (v: number) => `${formatNumber(Math.round(v * 10) / 10, 'en-GB')} %`;
  const supplier = (id: string) => tender.suppliers.find((s) => s.id === id)?.name ?? 'Unknown supplier';
  const lot = (id: string) => tender.lots.find((l) => l.id === id)?.name ?? 'Unknown lot';
  const bids = c.bids.map((b) =>
    b.cost
      ? html`<tr><td>${b.supplierName}${b.incumbent ? ' (incumbent)' : ''}</td><td class="num">${b.lotsPriced} of ${tender.lots.length}</td><td class="num">${money(b.cost.total)}</td><td class="num">${money(b.cost.baseline)}</td><td class="num">${money(b.cost.savings)}</td><td class="num">${pct(b.cost.savingsPct)}</td><td class="num">${formatNumber(Math.round(b.cost.points * 10) / 10, 'en-GB')}</td></tr>`
      : html`<tr><td>${b.supplierName}</td><td class="num">no bid</td><td></td><td></td><td></td><td></td><td></td></tr>`,
  );
  const scenarios = c.scenarios.map((s) => {
    const picked = c.picked === s.kind ? html` <strong>(picked)</strong>` : '';
    if (s.outcome.status === 'infeasible')
      return html`<h3>${s.label}${picked}</h3><p>Not possible: ${s.outcome.reason}</p>`;
    const { cost, assignment, slack } = s.outcome;
    const lots = tender.lots.map((l) => {
      const winner = assignment[l.id];
      return html`<li>${lot(l.id)} → ${winner ? supplier(winner) : '—'}</li>`;
    });
    const slackItems = slack.map(
      (x) =>
        html`<li>${x.label}: ${x.slack === null ? 'held' : `${x.slack === 0 ? 'binding' : `slack ${formatNumber(Math.round(x.slack * 10) / 10, 'en-GB')} ${x.unit}`}`}</li>`,
    );
    const asks = s.counterOffers.flatMap((o) =>
      o.status === 'winsAt'
        ? [
            html`<li>${supplier(o.supplierId)} would win ${o.lotIds.map(lot).join(', ')} with ${pct(o.priceCutPct)} lower prices — the counter-offer to ask for.</li>`,
          ]
        : o.status === 'cannotWin'
          ? [html`<li>${supplier(o.supplierId)} cannot win: ${o.reason}</li>`]
          : [],
    );
    return html`<h3>${s.label}${picked}</h3>
<p>Total cost ${money(cost.total)} · savings ${money(cost.savings)} (${pct(cost.savingsPct)}) against the baseline · ${formatNumber(Math.round(cost.points * 10) / 10, 'en-GB')} points</p>
<ul>${lots}</ul><ul>${slackItems}</ul>${asks.length > 0 ? html`<ul>${asks}</ul>` : ''}`;
  });
  return html`<p>Baseline: ${money(c.baseline)} over ${c.termMonths} months (today's prices × volumes). Costs include payment-terms finance effect, service shortfall net of credits, volume discounts and one-off costs.</p>
<table><thead><tr><th>Supplier</th><th class="num">Lots</th><th class="num">Total cost</th><th class="num">Baseline</th><th class="num">Savings</th><th class="num">Savings %</th><th class="num">Points</th></tr></thead><tbody>${bids}</tbody></table>
${scenarios}`;
}
