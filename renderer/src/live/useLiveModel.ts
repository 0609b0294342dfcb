import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { type Dance, danceOf } from '../../../core/live/dance';
import { inOrder } from '../../../core/live/debriefDraft';
import type { LiveOffer, LiveSessionView } from '../../../core/live/model';
import { fullPackages } from '../../../core/live/packages';
import { type LivePlan, livePlan, type OfferScore, scoreOffer } from '../../../core/live/score';
import type { Package } from '../../../core/meso';
import { MESO_SETTINGS_DEFAULTS } from '../../../core/mesoOffers';
import { type ApiCallError, call } from '../api/client';
import { apiQuery, useApi } from '../api/hooks';
import { useRows } from '../api/rows';
import { runMesoTask } from '../steps/meso/mesoTasks';

export interface ScoredLiveOffer {
  offer: LiveOffer;
  /** The package with carried-over issues filled in. */
  full: Record<string, string>;
  score: OfferScore;
}

/**
 * Everything the live screen computes from the preparation and the session: the plan to
 * score against, the frontier (once, off the main thread), each offer scored and the dance.
 */
export function useLiveModel(dealId: string) {
  const deal = useApi('deals.get', { id: dealId });
  const issues = useRows('issues', dealId);
  const batna = useApi('batna.get', { dealId });
  const meso = useApi('meso.grid', { dealId });
  const catalogue = useApi('momentTypes.list', {});
  const concessions = useRows('concessions', dealId);
  const [sessionId, setSessionId] = useState<string | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    call('live.open', { dealId }).then(
      (view) => !cancelled && setSessionId(view.session.id),
      (error: Error) => !cancelled && setOpenError(error.message),
    );
    return () => {
      cancelled = true;
    };
  }, [dealId]);
  const session = useQuery<LiveSessionView, ApiCallError>({
    ...apiQuery('live.session', { sessionId: sessionId ?? '' }),
    enabled: sessionId !== null,
  });

  const plan: LivePlan | null = useMemo(
    () =>
      deal.data && issues.data && batna.data
        ? livePlan({
            issues: issues.data,
            ourSide: deal.data.ourSide,
            batna: batna.data,
            targetPoints: meso.data?.settings.targetPoints ?? null,
          })
        : null,
    [deal.data, issues.data, batna.data, meso.data],
  );

  const [frontier, setFrontier] = useState<Package[] | null>(null);
  const [frontierError, setFrontierError] = useState<string | null>(null);
  useEffect(() => {
    if (!issues.data || !batna.data || plan?.mesoIssues.length === 0) return;
    let cancelled = false;
    runMesoTask<Package[]>('frontier', {
      issues: issues.data,
      offers: [],
      settings: MESO_SETTINGS_DEFAULTS,
      batna: batna.data,
    }).then(
      ({ value }) => !cancelled && setFrontier(value),
      (error: Error) => !cancelled && setFrontierError(error.message),
    );
    return () => {
      cancelled = true;
    };
  }, [issues.data, batna.data, plan]);

  const view: LiveSessionView | undefined = sessionId ? session.data : undefined;
  const scored: ScoredLiveOffer[] = useMemo(() => {
    if (!view || !plan) return [];
    const offers = inOrder(view.offers);
    const packages = fullPackages(offers);
    return offers.map((offer, i) => {
      const full = packages[i] ?? {};
      return { offer, full, score: scoreOffer(plan, full, frontier) };
    });
  }, [view, plan, frontier]);
  const dance: Dance = useMemo(
    () => danceOf(scored.map((s) => ({ id: s.offer.id, side: s.offer.side, us: s.score.us, them: s.score.them }))),
    [scored],
  );

  const failed =
    openError ??
    deal.error?.message ??
    issues.error?.message ??
    batna.error?.message ??
    (sessionId ? session.error?.message : undefined) ??
    null;
  return {
    deal: deal.data,
    issues: issues.data,
    batna: batna.data,
    catalogue: (catalogue.data ?? []).filter((t) => !t.archived),
    concessions: concessions.data ?? [],
    plan,
    frontier,
    frontierError,
    view,
    scored,
    dance,
    failed,
  };
}
