import { useMemo } from 'react';
import type { Batna } from '../../../../core/batna';
import { CALCULATOR_DEFAULTS, packageFigures } from '../../../../core/calculator';
import type { Deal } from '../../../../core/deal';
import type { Issue } from '../../../../core/issues';
import { mainIssueSourceOf, packageCrossings } from '../../../../core/objectives';
import { useApi } from '../../api/hooks';
import type { OfferMoney } from './OfferMoneyRows';

/** Each offer's money figures and walk-away crossings, from the deal calculator and the objectives. */
export function useOfferMoney(
  deal: Deal,
  issues: Issue[],
  batna: Batna,
  offers: readonly { id: string; choices: Record<string, string> }[],
): Map<string, OfferMoney> {
  const settings = useApi('calculator.get', { dealId: deal.id });
  return useMemo(() => {
    const source = mainIssueSourceOf(batna);
    return new Map(
      offers.map((offer) => [
        offer.id,
        {
          figures: packageFigures(issues, offer.choices, settings.data ?? CALCULATOR_DEFAULTS, deal),
          crossings: packageCrossings(issues, offer.choices, source, deal.ourSide, deal.currency),
        },
      ]),
    );
  }, [deal, issues, batna, offers, settings.data]);
}
