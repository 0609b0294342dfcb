import type { DebriefAnalysis } from '../../../../core/debrief/analysis';
import type { Issue } from '../../../../core/issues';
import type { Package } from '../../../../core/meso';
import { DebriefChart } from './DebriefChart';

const pts = (n: number) => `${Math.round(n * 10) / 10}`;

const VERDICT_LABELS = {
  beat_target: 'Beat the target',
  met_target: 'Met the target',
  within_range: 'Between reservation and target',
  past_reservation: 'Past the reservation point',
  unknown: 'Not comparable yet',
} as const;

/** What the package differs in from the agreement, issue by issue, in the options' words. */
function differences(issues: Issue[], from: Package, to: Package): string[] {
  return issues.flatMap((issue) => {
    const a = from.choice[issue.id];
    const b = to.choice[issue.id];
    if (!a || !b || a === b) return [];
    const label = (id: string) => issue.options.find((o) => o.id === id)?.label.trim() || 'unnamed option';
    return [`${issue.name.trim() || 'Untitled issue'}: ${label(b)} instead of ${label(a)}`];
  });
}

const sameChoice = (a: Package, b: Package) =>
  Object.keys(a.choice).length === Object.keys(b.choice).length &&
  Object.entries(a.choice).every(([issue, option]) => b.choice[issue] === option);

/** The agreement valued: against the plan, against the frontier, and what kind of deal it was. */
export function ResultsPanel({ analysis, issues }: { analysis: DebriefAnalysis; issues: Issue[] }) {
  const left = analysis.valueLeft;
  if (!left) return null;
  if (!left.ready) {
    return (
      <section className="panel" aria-labelledby="debrief-results">
        <h3 id="debrief-results">Value of the agreement</h3>
        <p className="empty-panel">{left.reason}</p>
      </section>
    );
  }
  const forUs = differences(issues, left.agreed, left.bestForUs);
  const forThem = differences(issues, left.agreed, left.bestForThem);
  return (
    <section className="panel" aria-labelledby="debrief-results">
      <h3 id="debrief-results">Value of the agreement</h3>
      <div className="result-tiles">
        <div className="result-tile">
          <span className="tile-label">Value to us</span>
          <span className="tile-value" data-testid="value-us">
            {pts(left.agreed.us)}
          </span>
          <span className="tile-unit">points of 100</span>
        </div>
        <div className="result-tile">
          <span className="tile-label">Value to them (est.)</span>
          <span className="tile-value">{pts(left.agreed.them)}</span>
          <span className="tile-unit">points of 100</span>
        </div>
        <div className={`result-tile ${left.efficient ? 'tile-ok' : 'tile-warn'}`}>
          <span className="tile-label">Left on the table</span>
          <span className="tile-value" data-testid="value-left">
            {pts(left.moreForUs)}
          </span>
          <span className="tile-unit">points for us</span>
        </div>
        {analysis.mainIssue && (
          <div className={`result-tile verdict-${analysis.mainIssue.verdict}`}>
            <span className="tile-label">{analysis.mainIssue.issueName} against the plan</span>
            <span className="tile-value tile-value-text">{VERDICT_LABELS[analysis.mainIssue.verdict]}</span>
            {analysis.mainIssue.achievement !== null && (
              <span className="tile-unit">{Math.round(analysis.mainIssue.achievement)} % of the way to target</span>
            )}
          </div>
        )}
      </div>
      <ul className="result-notes">
        {analysis.mainIssue && <li>{analysis.mainIssue.explanation}</li>}
        {analysis.batna && <li>{analysis.batna.text}</li>}
      </ul>
      <div className="results-columns">
        {analysis.chart && <DebriefChart drawing={analysis.chart} />}
        <div className="value-left">
          <h4>Value left on the table</h4>
          {left.efficient ? (
            <p className="value-left-none">
              None: no other package was better for one side without being worse for the other. The agreement sits on
              the frontier.
            </p>
          ) : (
            <>
              {left.moreForUs > 0 && (
                <div>
                  <p>
                    <strong>{pts(left.moreForUs)} points more for you</strong> were possible, with a package at least as
                    good for them ({pts(left.bestForUs.them)} vs {pts(left.agreed.them)}):
                  </p>
                  <ul>
                    {forUs.map((d) => (
                      <li key={d}>{d}</li>
                    ))}
                  </ul>
                </div>
              )}
              {left.moreForThem > 0 && sameChoice(left.bestForThem, left.bestForUs) && left.moreForUs > 0 && (
                <p>
                  The same package would also have given them <strong>{pts(left.moreForThem)} points more</strong>:
                  better for both sides.
                </p>
              )}
              {left.moreForThem > 0 && !(sameChoice(left.bestForThem, left.bestForUs) && left.moreForUs > 0) && (
                <div>
                  <p>
                    The other way round, <strong>{pts(left.moreForThem)} points more for them</strong> were possible
                    without costing you anything:
                  </p>
                  <ul>
                    {forThem.map((d) => (
                      <li key={d}>{d}</li>
                    ))}
                  </ul>
                </div>
              )}
            </>
          )}
          {analysis.classification && (
            <div className={`deal-kind deal-kind-${analysis.classification.kind}`}>
              <h4>
                {analysis.classification.kind === 'integrative' ? 'Integrative agreement' : 'Distributive agreement'}
              </h4>
              <p>{analysis.classification.reason}</p>
            </div>
          )}
        </div>
      </div>
    </section>
  );
}
