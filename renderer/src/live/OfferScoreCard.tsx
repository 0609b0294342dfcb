import type { Issue } from '../../../core/issues';
import type { LiveChoices } from '../../../core/live/model';
import { type IssueStanding, type OfferScore, packageChanges } from '../../../core/live/score';
import type { WalkAwayWarning } from '../../../core/live/walkAway';
import { pts, signed } from './format';
import { Internal, useOpaque } from './opaque';

const STANDING_LABELS: Record<IssueStanding, string> = {
  'past-walk-away': 'past walk-away',
  'short-of-target': 'short of target',
  'at-target': 'at or beyond target',
  'no-limit': '',
};

/**
 * What an offer is worth: to us, to them (estimated), against BATNA and target, issue by
 * issue against walk-away and target, and whether a package better for both exists.
 */
export function OfferScoreCard(props: {
  title: string;
  issues: readonly Issue[];
  choices: LiveChoices;
  score: OfferScore | null;
  frontierKnown: boolean;
  warnings?: WalkAwayWarning[];
  confirmWarnings?: boolean;
}) {
  const { score, issues } = props;
  const opaque = useOpaque();
  if (!score) return null;
  if (opaque) {
    return (
      <section className="live-card" aria-label={props.title}>
        <h3>{props.title}</h3>
        <p className="muted">Opaque: values hidden. Press Alt+H to show them.</p>
        {props.warnings && props.warnings.length > 0 && (
          <div className="live-warning" role="alert">
            {props.warnings.map((w) => (
              <p key={w.key}>{w.message}</p>
            ))}
            {props.confirmWarnings && <p>Press Enter again to log it anyway, or change the offer.</p>}
          </div>
        )}
      </section>
    );
  }
  const better = score.betterDeal;
  return (
    <section className="live-card" aria-label={props.title}>
      <h3>{props.title}</h3>
      {score.us === null || score.them === null ? (
        <p className="muted">
          {score.missing.length} issue(s) not on the table yet:{' '}
          {score.missing.map((id) => issues.find((i) => i.id === id)?.name || 'Untitled issue').join(', ')}
        </p>
      ) : (
        <dl className="live-values">
          <div>
            <dt>To us</dt>
            <dd data-testid="live-value-us">{pts(score.us)}</dd>
          </div>
          <div>
            <dt>To them (est.)</dt>
            <dd data-testid="live-value-them">{pts(score.them)}</dd>
          </div>
          {score.overBatna !== null && (
            <div className={score.overBatna < 0 ? 'bad' : ''}>
              <dt>vs BATNA</dt>
              <dd>{signed(score.overBatna)}</dd>
            </div>
          )}
          {score.overTarget !== null && (
            <div>
              <dt>vs target</dt>
              <dd>{signed(score.overTarget)}</dd>
            </div>
          )}
        </dl>
      )}
      {score.us !== null && (
        <p className="live-frontier" data-testid="live-frontier">
          {!props.frontierKnown
            ? 'Computing the frontier…'
            : score.onFrontier
              ? 'On the frontier: no package is better for both.'
              : better
                ? `Off the frontier by ${pts(score.distanceToFrontier ?? 0)}: ${
                    better.strictlyBetter ? 'better for both' : 'better for one, as good for the other'
                  } — ${packageChanges(issues, props.choices, better.choice)
                    .map((c) => `${c.issue} ${c.to}`)
                    .join(', ')} (${pts(better.us)} / ${pts(better.them)}).`
                : ''}
        </p>
      )}
      <ul className="live-standings">
        {score.issues
          .filter((p) => p.standing !== 'no-limit')
          .map((p) => (
            <li key={p.issueId} className={`standing-${p.standing}`}>
              {issues.find((i) => i.id === p.issueId)?.name}: {STANDING_LABELS[p.standing]}
              <Internal>
                {p.limit?.walkAway != null && ` (walk-away ${p.limit.walkAway.toLocaleString('en-US')}`}
                {p.limit?.target != null &&
                  `${p.limit?.walkAway != null ? ', ' : ' ('}target ${p.limit.target.toLocaleString('en-US')}`}
                {(p.limit?.walkAway != null || p.limit?.target != null) && ')'}
              </Internal>
            </li>
          ))}
      </ul>
      {props.warnings && props.warnings.length > 0 && (
        <div className="live-warning" role="alert">
          {props.warnings.map((w) => (
            <p key={w.key}>
              {w.message} <span className="muted">({w.detail})</span>
            </p>
          ))}
          {props.confirmWarnings && <p>Press Enter again to log it anyway, or change the offer.</p>}
        </div>
      )}
    </section>
  );
}
