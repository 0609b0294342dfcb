import { type Readiness, type ReadinessCheck, SEVERITY_LABELS } from '../../../../core/readiness/types';
import { ALL_STEPS } from '../../../../core/steps';
import { routeHref } from '../../app/route';

const stepLabel = (id: string) => ALL_STEPS.find((s) => s.id === id)?.label ?? id;

function CheckItem({ check, dealId }: { check: ReadinessCheck; dealId: string }) {
  return (
    <li className={`check check-${check.status === 'fail' ? check.severity : check.status}`} data-check={check.id}>
      <div className="check-head">
        <span className="check-severity">
          {check.status === 'fail' ? SEVERITY_LABELS[check.severity] : check.status === 'pass' ? 'OK' : 'Not yet'}
        </span>
        <strong>{check.title}</strong>
      </div>
      {check.findings.length > 0 && (
        <ul className="check-findings">
          {check.findings.slice(0, 5).map((finding, index) => (
            // Findings are plain sentences and may repeat; their order is stable.
            // biome-ignore lint/suspicious/noArrayIndexKey: a finding has no identity beyond its place
            <li key={index}>{finding}</li>
          ))}
          {check.findings.length > 5 && <li>… and {check.findings.length - 5} more.</li>}
        </ul>
      )}
      <p className="check-why">{check.explanation}</p>
      {check.status === 'fail' && (
        <a className="check-fix" href={routeHref({ screen: 'workspace', dealId, step: check.step })}>
          Fix in {stepLabel(check.step)} →
        </a>
      )}
    </li>
  );
}

/** The score, what to fix first (each linking to its step), and what already holds. */
export function ReadinessPanel({ readiness, dealId }: { readiness: Readiness; dealId: string }) {
  const failing = readiness.checks.filter((c) => c.status === 'fail');
  const passing = readiness.checks.filter((c) => c.status !== 'fail');
  const tone = readiness.score < 50 ? 'low' : readiness.score < 75 ? 'mid' : 'high';
  return (
    <section className="panel readiness" aria-labelledby="readiness-title">
      <div className="readiness-head">
        <div className={`readiness-score readiness-${tone}`} data-testid="readiness-score">
          <span className="readiness-number">{readiness.score}</span>
          <span className="readiness-of">/ 100</span>
        </div>
        <div>
          <h3 id="readiness-title">Readiness</h3>
          <p className="panel-intro">
            {readiness.completion.complete} of {readiness.completion.total} steps complete ·{' '}
            {failing.length === 0 ? 'no checks to fix' : `${failing.length} to fix`}
            {readiness.breakdown.cappedByCritical ? ' · capped at 50 while a critical check fails' : ''}
          </p>
        </div>
      </div>
      {failing.length > 0 ? (
        <ul className="checks">
          {failing.map((check) => (
            <CheckItem key={check.id} check={check} dealId={dealId} />
          ))}
        </ul>
      ) : (
        <p>Every check that applies to this deal holds.</p>
      )}
      {passing.length > 0 && (
        <details className="checks-passing">
          <summary>
            {passing.filter((c) => c.status === 'pass').length} checks hold ·{' '}
            {passing.filter((c) => c.status === 'not_applicable').length} not yet applicable
          </summary>
          <ul className="checks">
            {passing.map((check) => (
              <CheckItem key={check.id} check={check} dealId={dealId} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
