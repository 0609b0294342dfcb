import type { DealFigures } from '../../../../core/calculator';
import type { Crossing } from '../../../../core/objectives';

/** What an offer comes to in money, and where it crosses our walk-away. */
export interface OfferMoney {
  figures: DealFigures;
  crossings: Crossing[];
}

const figureText = (money: OfferMoney | undefined, key: 'tcv' | 'paymentEffect') =>
  money?.figures.figures.find((f) => f.key === key);

/** Extra footer rows of an offer grid: total contract value, cash effect, walk-away crossings. */
export function OfferMoneyRows({
  offers,
  money,
}: {
  offers: { id: string; label: string }[];
  money: Map<string, OfferMoney>;
}) {
  const anyMoney = offers.some((o) => (money.get(o.id)?.figures.figures.length ?? 0) > 0);
  const anyCrossing = offers.some((o) => (money.get(o.id)?.crossings.length ?? 0) > 0);
  return (
    <>
      {anyMoney && (
        <>
          <tr>
            <th scope="row">Total contract value</th>
            {offers.map((offer) => {
              const figure = figureText(money.get(offer.id), 'tcv');
              return (
                <td key={offer.id} data-testid={`tcv-${offer.label}`} title={figure?.formula}>
                  {figure?.text ?? <span className="muted">—</span>}
                </td>
              );
            })}
            <td />
          </tr>
          <tr>
            <th scope="row">Payment-terms cash effect</th>
            {offers.map((offer) => {
              const figure = figureText(money.get(offer.id), 'paymentEffect');
              return (
                <td key={offer.id} title={figure?.formula}>
                  {figure?.text ?? <span className="muted">—</span>}
                </td>
              );
            })}
            <td />
          </tr>
        </>
      )}
      {anyCrossing && (
        <tr>
          <th scope="row">Beyond walk-away</th>
          {offers.map((offer) => (
            <td key={offer.id} data-testid={`crossing-${offer.label}`}>
              {(money.get(offer.id)?.crossings ?? []).map((c) => (
                <p key={c.issueId} className="flag">
                  {c.text}
                </p>
              ))}
            </td>
          ))}
          <td />
        </tr>
      )}
    </>
  );
}
