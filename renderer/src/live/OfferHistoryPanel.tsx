import { useMemo } from 'react';
import type { Deal } from '../../../core/deal';
import type { MomentType } from '../../../core/debrief/momentCatalogue';
import type { Issue } from '../../../core/issues';
import { danceOf } from '../../../core/live/dance';
import { inOrder } from '../../../core/live/debriefDraft';
import type { LiveSessionView } from '../../../core/live/model';
import { fullPackages } from '../../../core/live/packages';
import { type LivePlan, livePlan, scoreOffer } from '../../../core/live/score';
import { errorMessage, useApi } from '../api/hooks';
import { DancePanel } from './DancePanel';
import { EntryLog, OfferHistory } from './HistoryPanel';
import './live.css';

function SessionRecord(props: {
  view: LiveSessionView;
  plan: LivePlan;
  issues: readonly Issue[];
  catalogue: readonly MomentType[];
}) {
  const { view, plan } = props;
  const scored = useMemo(() => {
    const offers = inOrder(view.offers);
    const packages = fullPackages(offers);
    return offers.map((offer, i) => ({
      offer,
      full: packages[i] ?? {},
      score: scoreOffer(plan, packages[i] ?? {}, null),
    }));
  }, [view, plan]);
  const dance = danceOf(
    scored.map((s) => ({ id: s.offer.id, side: s.offer.side, us: s.score.us, them: s.score.them })),
  );
  const day = new Date(view.session.startedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="live live-record">
      <h4>
        Session of {day} · {view.offers.length} offer(s){view.session.endedAt ? '' : ' · still running'}
      </h4>
      <div className="live-record-grid">
        <DancePanel dance={dance} frontier={null} ourBatnaPoints={plan.ourBatnaPoints} />
        <div>
          <OfferHistory issues={props.issues} scored={scored} revisions={view.revisions} />
          <EntryLog entries={view.entries.filter((e) => e.kind !== 'phase')} catalogue={props.catalogue} />
        </div>
      </div>
    </div>
  );
}

/** The debrief's record of what happened at the table: every session's offers, dance and notes. */
export function OfferHistoryPanel(props: { deal: Deal; issues: Issue[]; catalogue: MomentType[] }) {
  const { deal, issues } = props;
  const history = useApi('live.history', { dealId: deal.id });
  const batna = useApi('batna.get', { dealId: deal.id });
  const plan = useMemo(
    () => (batna.data ? livePlan({ issues, ourSide: deal.ourSide, batna: batna.data, targetPoints: null }) : null),
    [issues, deal.ourSide, batna.data],
  );
  const failed = history.error ?? batna.error;
  if (failed) return <div className="banner banner-error">{errorMessage(failed)}</div>;
  if (!history.data || history.data.length === 0 || !plan) return null;
  return (
    <section className="panel" aria-labelledby="debrief-offers">
      <h3 id="debrief-offers">At the table: offer history</h3>
      <p className="panel-intro">What was logged live, offer by offer. Corrections made at the table are counted.</p>
      {history.data.map((view) => (
        <SessionRecord key={view.session.id} view={view} plan={plan} issues={issues} catalogue={props.catalogue} />
      ))}
    </section>
  );
}
