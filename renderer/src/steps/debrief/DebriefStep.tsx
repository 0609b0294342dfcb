import type { Deal } from '../../../../core/deal';
import { errorMessage, useApi } from '../../api/hooks';
import { useRows } from '../../api/rows';
import { OfferHistoryPanel } from '../../live/OfferHistoryPanel';
import '../steps.css';
import './debrief.css';
import { AgreementPanel } from './AgreementPanel';
import { CataloguePanel } from './CataloguePanel';
import { MomentsPanel } from './MomentsPanel';
import { ResultsPanel } from './ResultsPanel';
import { ConcessionReviewPanel, LessonsPanel, ReviewPanel } from './ReviewPanels';
import { TranscriptAssistant } from './TranscriptAssistant';

/** After the deal (or any time): outcome against the plan, value left, moments, lessons. */
export function DebriefStep({ deal }: { deal: Deal }) {
  const view = useApi('debrief.get', { dealId: deal.id });
  const issues = useRows('issues', deal.id);
  const catalogue = useApi('momentTypes.list', {});
  if (view.isPending || issues.isPending || catalogue.isPending) return <p className="loading">Loading…</p>;
  const failed = view.error ?? issues.error ?? catalogue.error;
  if (failed || !view.data || !issues.data || !catalogue.data) {
    return <div className="banner banner-error">{errorMessage(failed)}</div>;
  }
  const { debrief, analysis, moments, lessons } = view.data;
  return (
    <div className="step-body debrief-step">
      <AgreementPanel deal={deal} view={view.data} issues={issues.data} />
      <ResultsPanel analysis={analysis} issues={issues.data} />
      <OfferHistoryPanel deal={deal} issues={issues.data} catalogue={catalogue.data} />
      <ConcessionReviewPanel analysis={analysis} />
      <MomentsPanel dealId={deal.id} moments={moments} catalogue={catalogue.data} />
      <TranscriptAssistant dealId={deal.id} catalogue={catalogue.data} />
      <ReviewPanel dealId={deal.id} debrief={debrief} analysis={analysis} />
      <LessonsPanel dealId={deal.id} lessons={lessons} />
      <CataloguePanel catalogue={catalogue.data} />
    </div>
  );
}
