import { placeLabels, wrapWords } from '../../../../core/labelPlacement';
import { type PlacedIssue, QUADRANT_LABELS, type Quadrant, type TradeablesMap } from '../../../../core/tradeables';
import { ChartLabel } from '../../ui/ChartLabel';

const SIZE = 420;
const PAD = 36;
const INNER = SIZE - 2 * PAD;
/** Points stay off the frame so their labels fit. */
const px = (fraction: number) => PAD + 14 + fraction * (INNER - 28);
const py = (fraction: number) => SIZE - PAD - 14 - fraction * (INNER - 28);

/** Titles sit outside the frame (above the top quadrants, below the bottom ones) so points never hide them. */
const QUADRANT_BOXES: Record<Quadrant, { x: number; y: number; anchor: 'start' | 'end'; ty: number }> = {
  trade_away: { x: PAD, y: PAD, anchor: 'start', ty: PAD - 8 },
  protect: { x: PAD + INNER / 2, y: PAD, anchor: 'end', ty: PAD - 8 },
  drop: { x: PAD, y: PAD + INNER / 2, anchor: 'start', ty: SIZE - PAD + 16 },
  trade_for: { x: PAD + INNER / 2, y: PAD + INNER / 2, anchor: 'end', ty: SIZE - PAD + 16 },
};

/**
 * The 2×2 of value to us (across) against estimated value to them (up). Issues ticked
 * "Tradeable" are the trade material and are highlighted; unticked ones the weights place top
 * left (cheap for us, dear to them) are listed as suggestions.
 */
export function TradeablesMatrix(props: { map: TradeablesMap; onOpen: (id: string) => void; issueCount: number }) {
  const { map } = props;
  const material = map.placed.filter((p) => p.tradeMaterial);
  const suggested = map.placed.filter((p) => p.suggested);
  const conflicts = map.placed.filter((p) => p.redLineConflict);
  // Whole names, wrapped, placed where they cover no other point or name.
  const labels = new Map(
    placeLabels(
      map.placed.map((point) => ({
        id: point.id,
        x: px(point.x),
        y: py(point.y),
        radius: point.tradeMaterial ? 8 : 6,
        lines: wrapWords(point.name || 'Untitled issue', 20),
      })),
      { x: 0, y: PAD, width: SIZE, height: INNER },
    ).map((label) => [label.id, label]),
  );
  return (
    <div className="tradeables">
      {/* biome-ignore lint/a11y/useSemanticElements: a chart with clickable marks is a group (an img hides them) */}
      <svg
        className="tradeables-matrix"
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        role="group"
        aria-label="Tradeables matrix: value to us across, value to them up"
      >
        {(Object.keys(QUADRANT_BOXES) as Quadrant[]).map((quadrant) => {
          const box = QUADRANT_BOXES[quadrant];
          return (
            <g key={quadrant} className={`quadrant quadrant-${quadrant}`}>
              <rect x={box.x} y={box.y} width={INNER / 2} height={INNER / 2} />
              <text
                x={box.anchor === 'start' ? box.x : box.x + INNER / 2}
                y={box.ty}
                textAnchor={box.anchor}
                className="quadrant-title"
              >
                {QUADRANT_LABELS[quadrant].title}
              </text>
            </g>
          );
        })}
        <text x={SIZE / 2} y={SIZE - PAD + 16} textAnchor="middle" className="axis-label">
          Value to us →
        </text>
        <text x={12} y={SIZE / 2} textAnchor="middle" className="axis-label" transform={`rotate(-90 12 ${SIZE / 2})`}>
          Value to them (est.) →
        </text>
        {map.placed.map((point) => {
          const cx = px(point.x);
          const cy = py(point.y);
          const placed = labels.get(point.id);
          const name = point.name || 'Untitled issue';
          const label = `${name}: ${QUADRANT_LABELS[point.quadrant].title}, ${Math.round(point.shareUs * 100)}% of our weight, ${Math.round(point.shareThem * 100)}% of theirs`;
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it acts as one
            <g
              key={point.id}
              role="button"
              tabIndex={0}
              aria-label={label}
              className={`matrix-point ${point.tradeMaterial ? 'trade-material' : ''} ${point.redLineConflict ? 'conflict' : ''}`}
              data-quadrant={point.quadrant}
              onClick={() => props.onOpen(point.id)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  props.onOpen(point.id);
                }
              }}
            >
              <title>{label}</title>
              <circle cx={cx} cy={cy} r={point.tradeMaterial ? 8 : 6} />
              {placed && <ChartLabel label={placed} />}
            </g>
          );
        })}
      </svg>
      <div className="tradeables-notes">
        {!map.ready ? (
          <p className="muted">
            {props.issueCount === 0
              ? 'Add issues to see them here.'
              : 'Give the issues weights for both sides — the matrix compares each issue’s share of the total.'}
          </p>
        ) : (
          <>
            <h4>Trade material</h4>
            {material.length ? (
              <IssueLinks className="trade-material-list" issues={material} onOpen={props.onOpen} />
            ) : (
              <p className="muted">
                No issue is ticked Tradeable yet. Tick it on the issues you are willing to trade; the weights suggest
                where to look.
              </p>
            )}
            {suggested.length > 0 && (
              <>
                <h4>The weights suggest trading too</h4>
                <p className="muted">Cheap for you and valuable to them, but not ticked Tradeable:</p>
                <IssueLinks className="trade-suggested-list" issues={suggested} onOpen={props.onOpen} />
              </>
            )}
            {conflicts.map((p) => (
              <p key={p.id} className="field-warning">
                “{p.name || 'Untitled issue'}” is a red line, yet your weights say it matters little to you. Either the
                weight or the red line is wrong.
              </p>
            ))}
            <dl className="quadrant-legend">
              {(['trade_away', 'trade_for', 'protect', 'drop'] as const).map((q) => (
                <div key={q}>
                  <dt>{QUADRANT_LABELS[q].title}</dt>
                  <dd>{QUADRANT_LABELS[q].hint}</dd>
                </div>
              ))}
            </dl>
            {map.unweighted.length > 0 && (
              <p className="muted">{map.unweighted.length} issue(s) have no weight on either side and are not shown.</p>
            )}
          </>
        )}
      </div>
    </div>
  );
}

/** Issue names that open their card. */
function IssueLinks(props: { className: string; issues: readonly PlacedIssue[]; onOpen: (id: string) => void }) {
  return (
    <ul className={props.className}>
      {props.issues.map((p) => (
        <li key={p.id}>
          <button type="button" className="link-button" onClick={() => props.onOpen(p.id)}>
            {p.name || 'Untitled issue'}
          </button>
        </li>
      ))}
    </ul>
  );
}
