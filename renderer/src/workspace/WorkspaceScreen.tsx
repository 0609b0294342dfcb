import { type ComponentType, Suspense } from 'react';
import type { Deal } from '../../../core/deal';
import { CONTEXT_LABELS, STATUS_LABELS } from '../../../core/deal';
import type { StepProgress } from '../../../core/progress';
import { ALL_STEPS, PREPARATION_STEPS, REVIEW_STEPS, type StepId } from '../../../core/steps';
import { errorMessage, useApi } from '../api/hooks';
import { lazyScreen } from '../app/lazyScreen';
import { routeHref } from '../app/route';
import { LiveButton } from '../live/LiveButton';
import { ReadOnlyDeal } from '../team/ReadOnlyDeal';
import { ReviewComments } from '../team/ReviewComments';
import { ShareDealButton } from '../team/TeamDialogs';
import { DealDetailsStep } from './DealDetailsStep';
import { LessonReminders } from './LessonReminders';

type StepScreen = ComponentType<{ deal: Deal }>;

/**
 * Each step's screen, loaded when the step is first opened (its own chunk); a step without
 * one shows what it will hold, never fake content.
 */
const STEP_SCREENS: Partial<Record<StepId, StepScreen>> = {
  details: DealDetailsStep,
  batna: lazyScreen(() => import('../steps/batna/BatnaStep'), 'BatnaStep'),
  issues: lazyScreen(() => import('../steps/issues/IssuesStep'), 'IssuesStep'),
  interests: lazyScreen(() => import('../steps/interests/InterestsStep'), 'InterestsStep'),
  counterparty: lazyScreen(() => import('../steps/counterparty/CounterpartyStep'), 'CounterpartyStep'),
  team: lazyScreen(() => import('../steps/team/TeamStep'), 'TeamStep'),
  leverage: lazyScreen(() => import('../steps/leverage/LeverageStep'), 'LeverageStep'),
  risks: lazyScreen(() => import('../steps/risks/RisksStep'), 'RisksStep'),
  evidence: lazyScreen(() => import('../steps/evidence/EvidenceStep'), 'EvidenceStep'),
  anchors: lazyScreen(() => import('../steps/anchors/AnchorsStep'), 'AnchorsStep'),
  concessions: lazyScreen(() => import('../steps/concessions/ConcessionsStep'), 'ConcessionsStep'),
  meso: lazyScreen(() => import('../steps/meso/MesoStep'), 'MesoStep'),
  meeting: lazyScreen(() => import('../steps/meeting/MeetingStep'), 'MeetingStep'),
  plan: lazyScreen(() => import('../steps/plan/PlanStep'), 'PlanStep'),
  debrief: lazyScreen(() => import('../steps/debrief/DebriefStep'), 'DebriefStep'),
  tender: lazyScreen(() => import('../tender/TenderStep'), 'TenderStep'),
};

/** Steps that only show the deal (previews, print) and write nothing: a viewer uses them as they are. */
const READING_STEPS: ReadonlySet<StepId> = new Set(['plan']);

export function WorkspaceScreen({ dealId, step }: { dealId: string; step: string | null }) {
  const deal = useApi('deals.get', { id: dealId });
  const progress = useApi('deals.progress', { id: dealId });
  const current = ALL_STEPS.find((s) => s.id === step) ?? ALL_STEPS[0];

  if (deal.isPending) return <p className="loading">Loading deal…</p>;
  if (deal.isError) {
    return (
      <div className="screen">
        <div className="banner banner-error" role="alert">
          {errorMessage(deal.error)} <a href="#/">Back to deals</a>
        </div>
      </div>
    );
  }
  if (!current) return null;
  const Screen = STEP_SCREENS[current.id];

  return (
    <div className="workspace">
      <nav className="rail" aria-label="Preparation steps">
        <a className="rail-back" href="#/">
          ← All deals
        </a>
        <p className="rail-group">Prepare</p>
        <ol>
          {PREPARATION_STEPS.map((s) => (
            <RailLink
              key={s.id}
              dealId={dealId}
              id={s.id}
              label={s.label}
              active={s.id === current.id}
              ready={Boolean(STEP_SCREENS[s.id])}
              progress={progress.data?.[s.id]}
            />
          ))}
        </ol>
        <p className="rail-group">Review</p>
        <ol>
          {REVIEW_STEPS.map((s) => (
            <RailLink
              key={s.id}
              dealId={dealId}
              id={s.id}
              label={s.label}
              active={s.id === current.id}
              ready={Boolean(STEP_SCREENS[s.id])}
            />
          ))}
        </ol>
      </nav>
      <main className="step">
        <header className="step-header">
          <p className="eyebrow">
            {deal.data.counterparty || 'No counterparty yet'} · {CONTEXT_LABELS[deal.data.context]} ·{' '}
            {STATUS_LABELS[deal.data.status]}
          </p>
          <div className="step-title-row">
            <h1>{deal.data.title}</h1>
            <ShareDealButton dealId={dealId} />
            <LiveButton dealId={dealId} />
          </div>
          <h2 className="step-title">{current.label}</h2>
          <p className="step-purpose">{current.purpose}</p>
          <ReviewComments key={current.id} dealId={dealId} step={current.id} />
        </header>
        {current.id !== 'debrief' && <LessonReminders key={deal.data.id} deal={deal.data} />}
        {Screen ? (
          <ReadOnlyDeal dealId={dealId} reading={READING_STEPS.has(current.id)}>
            <Suspense fallback={<p className="loading">Loading…</p>}>
              <Screen deal={deal.data} />
            </Suspense>
          </ReadOnlyDeal>
        ) : (
          <div className="coming-soon">
            <p>
              <strong>Coming soon.</strong> This step is not built yet. It will hold: {current.purpose.toLowerCase()}
            </p>
          </div>
        )}
      </main>
    </div>
  );
}

const PROGRESS_WORDS = { empty: 'not started', started: 'in progress', complete: 'complete' } as const;

function RailLink(props: {
  dealId: string;
  id: StepId;
  label: string;
  active: boolean;
  ready: boolean;
  progress?: StepProgress | undefined;
}) {
  const { progress } = props;
  return (
    <li>
      <a
        href={routeHref({ screen: 'workspace', dealId: props.dealId, step: props.id })}
        className={`rail-link ${props.active ? 'active' : ''} ${props.ready ? '' : 'soon'}`}
        aria-current={props.active ? 'step' : undefined}
        title={progress ? `${PROGRESS_WORDS[progress.state]}: ${progress.reason}` : undefined}
        data-progress={progress?.state}
      >
        <span className="rail-label">
          {progress && (
            <span className={`progress-mark progress-${progress.state}`} aria-hidden>
              {progress.state === 'complete' ? '✓' : ''}
            </span>
          )}
          {props.label}
          {progress && <span className="visually-hidden"> ({PROGRESS_WORDS[progress.state]})</span>}
        </span>
        {!props.ready && <span className="soon-mark">soon</span>}
      </a>
    </li>
  );
}
