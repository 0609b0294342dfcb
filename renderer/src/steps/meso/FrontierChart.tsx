import { useState } from 'react';
import type { ChartPoint, FrontierChartDrawing } from '../../../../core/frontierChart';
import { DEFAULT_LABEL_STYLE } from '../../../../core/labelPlacement';
import { FRONTIER_FRAME, frontierLabels, MARK_RADIUS, frontierPx as px, frontierPy as py } from './frontierLabels';

const { width: WIDTH, height: HEIGHT, left: LEFT, top: TOP } = FRONTIER_FRAME;
const PW = WIDTH - LEFT - FRONTIER_FRAME.right;
const PH = HEIGHT - TOP - FRONTIER_FRAME.bottom;

/** A five-pointed star around (cx, cy): the joint gain, unlike any other mark in shape. */
function starPoints(cx: number, cy: number, outer: number): string {
  const inner = outer * 0.45;
  return Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${(cx + r * Math.cos(angle)).toFixed(1)},${(cy + r * Math.sin(angle)).toFixed(1)}`;
  }).join(' ');
}

const points = (n: number) => (Math.round(n * 10) / 10).toLocaleString(undefined, { maximumFractionDigits: 1 });

export interface ChartPackageLine {
  issue: string;
  option: string;
}

/**
 * Value to us (across) against estimated value to them (up): the frontier as a line of
 * packages, our offers, received offers with an arrow to the nearest package better for both,
 * the largest joint gain and our walk-away line. Hover shows a package; click (or Enter on a
 * frontier package chosen with the arrow keys) offers to add it to the grid.
 */
export function FrontierChart(props: {
  drawing: FrontierChartDrawing;
  /** Issue → option lines of a point's package, for the tooltip. */
  describe: (point: ChartPoint) => ChartPackageLine[];
  onAdd: (choice: Record<string, string>) => void;
  canAdd: boolean;
  stale: boolean;
}) {
  const { drawing } = props;
  const [hover, setHover] = useState<ChartPoint | null>(null);
  const [pinned, setPinned] = useState<ChartPoint | null>(null);
  const [active, setActive] = useState<number | null>(null);
  const shown = pinned ?? hover;
  const keyboardPoint = active === null ? null : (drawing.frontier[active] ?? null);
  const receivedLabels = new Map(frontierLabels(drawing).map((label) => [label.id, label]));

  const frontierAt = (target: EventTarget) => {
    const index = (target as Element).getAttribute?.('data-index');
    return index === null || index === undefined ? null : (drawing.frontier[Number(index)] ?? null);
  };

  const hoverProps = (point: ChartPoint) => ({
    onMouseEnter: () => setHover(point),
    onMouseLeave: () => setHover((current) => (current?.key === point.key ? null : current)),
  });

  const frontierKeys = (event: React.KeyboardEvent) => {
    const last = drawing.frontier.length - 1;
    if (last < 0) return;
    const at = active ?? 0;
    let next: number | null = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = Math.max(0, at - 1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = Math.min(last, active === null ? 0 : at + 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = last;
    else if ((event.key === 'Enter' || event.key === ' ') && keyboardPoint) {
      event.preventDefault();
      setPinned(keyboardPoint);
      return;
    } else if (event.key === 'Escape') {
      setPinned(null);
      return;
    }
    if (next !== null) {
      event.preventDefault();
      setActive(next);
      setPinned(null);
      setHover(drawing.frontier[next] ?? null);
    }
  };

  return (
    <div className={`frontier-chart ${props.stale ? 'stale' : ''}`}>
      {/* biome-ignore lint/a11y/useSemanticElements: a chart with clickable marks is a group (an img hides them) */}
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={`Frontier chart. ${drawing.description}`}>
        <rect x={LEFT} y={TOP} width={PW} height={PH} className="chart-frame" />
        {drawing.band && (
          <rect
            className="chart-band"
            x={px(drawing.band.from)}
            y={TOP}
            width={Math.max(2, px(drawing.band.to) - px(drawing.band.from))}
            height={PH}
          >
            <title>Target value to you, within the tolerance</title>
          </rect>
        )}
        {drawing.x.ticks.map((tick) => (
          <g key={`x${tick.value}`} className="chart-tick">
            <line x1={px(tick.at)} x2={px(tick.at)} y1={TOP} y2={TOP + PH} className="chart-grid" />
            <text x={px(tick.at)} y={TOP + PH + 16} textAnchor="middle">
              {tick.value}
            </text>
          </g>
        ))}
        {drawing.y.ticks.map((tick) => (
          <g key={`y${tick.value}`} className="chart-tick">
            <line x1={LEFT} x2={LEFT + PW} y1={py(tick.at)} y2={py(tick.at)} className="chart-grid" />
            <text x={LEFT - 8} y={py(tick.at) + 4} textAnchor="end">
              {tick.value}
            </text>
          </g>
        ))}
        <text x={LEFT + PW / 2} y={HEIGHT - 8} textAnchor="middle" className="axis-label">
          Value to us (points) →
        </text>
        <text
          x={14}
          y={TOP + PH / 2}
          textAnchor="middle"
          className="axis-label"
          transform={`rotate(-90 14 ${TOP + PH / 2})`}
        >
          Value to them, estimated (points) →
        </text>

        {drawing.lines.map((line) => (
          <g key={line.key} className="chart-line-batna">
            <line x1={px(line.at)} x2={px(line.at)} y1={TOP} y2={TOP + PH} />
            <text x={px(line.at) + 4} y={TOP + 12}>
              {line.label} ({points(line.value)})
            </text>
          </g>
        ))}

        <polyline
          className="frontier-line"
          points={drawing.frontierLine.map((p) => `${px(p.x)},${py(p.y)}`).join(' ')}
        />
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; arrow keys walk the frontier */}
        <g
          role="button"
          tabIndex={0}
          className="frontier-points"
          aria-label="Frontier packages: arrow keys move along the frontier, Enter opens the package"
          onKeyDown={frontierKeys}
          onBlur={() => {
            setActive(null);
            setHover(null);
          }}
          onMouseOver={(event) => {
            const point = frontierAt(event.target);
            if (point) setHover(point);
          }}
          onMouseOut={() => setHover((current) => (current?.kind === 'frontier' ? null : current))}
          onFocus={() => keyboardPoint && setHover(keyboardPoint)}
          onClick={(event) => {
            const point = frontierAt(event.target);
            if (point) setPinned(point);
          }}
        >
          {drawing.frontier.map((point, index) => (
            <circle
              key={point.key}
              data-kind="frontier"
              data-index={index}
              className={`frontier-point ${index === active ? 'active' : ''}`}
              cx={px(point.x)}
              cy={py(point.y)}
              r={index === active ? 6 : MARK_RADIUS.frontier - 0.5}
            />
          ))}
        </g>

        {drawing.arrows.map((arrow) => (
          <line
            key={`arrow-${arrow.offerId}`}
            className="better-arrow"
            x1={px(arrow.from.x)}
            y1={py(arrow.from.y)}
            x2={px(arrow.to.x)}
            y2={py(arrow.to.y)}
            markerEnd="url(#better-arrow-head)"
          />
        ))}
        <defs>
          <marker
            id="better-arrow-head"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            {/* An open chevron: no filled shape that could be read as a mark. */}
            <path d="M1,1 L9,5 L1,9" className="better-arrow-head" />
          </marker>
        </defs>

        {/* biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button> */}
        <g
          className="joint-gain"
          data-kind="joint"
          role="button"
          tabIndex={0}
          aria-label={`Largest joint gain: ${points(drawing.jointGain.us)} to us, ${points(drawing.jointGain.them)} to them. Enter opens the package.`}
          {...hoverProps(drawing.jointGain)}
          onClick={() => setPinned(drawing.jointGain)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              setPinned(drawing.jointGain);
            }
          }}
        >
          <polygon points={starPoints(px(drawing.jointGain.x), py(drawing.jointGain.y), MARK_RADIUS.joint)} />
        </g>

        {drawing.received.map((point) => (
          <g key={point.key} className="received-point" data-kind="received" {...hoverProps(point)}>
            <rect x={px(point.x) - 6} y={py(point.y) - 6} width={12} height={12} />
            <ReceivedLabel label={receivedLabels.get(point.key)} />
          </g>
        ))}
        {drawing.offers.map((point) => (
          <g key={point.key} className="offer-point" data-kind="ours" {...hoverProps(point)}>
            <circle cx={px(point.x)} cy={py(point.y)} r={9} />
            <text x={px(point.x)} y={py(point.y) + 4} textAnchor="middle">
              {point.label.length > 2 ? point.label.slice(0, 2) : point.label}
            </text>
          </g>
        ))}
      </svg>

      {shown && (
        <div
          className="chart-tooltip"
          role="status"
          style={{
            left: `${(px(shown.x) / WIDTH) * 100}%`,
            top: `${(py(shown.y) / HEIGHT) * 100}%`,
          }}
          data-side={shown.x > 0.6 ? 'left' : 'right'}
        >
          <p className="chart-tooltip-title">
            {shown.kind === 'frontier' ? 'Package on the frontier' : shown.label}
            {pinned && (
              <button type="button" className="toast-close" aria-label="Close" onClick={() => setPinned(null)}>
                ×
              </button>
            )}
          </p>
          <p className="chart-tooltip-values">
            {points(shown.us)} to us · {points(shown.them)} to them
          </p>
          <ul>
            {props.describe(shown).map((line) => (
              <li key={line.issue}>
                <span className="muted">{line.issue}:</span> {line.option}
              </li>
            ))}
          </ul>
          {shown.choice &&
            (pinned ? (
              <button
                type="button"
                className="primary"
                disabled={!props.canAdd}
                onClick={() => {
                  if (shown.choice) props.onAdd(shown.choice);
                  setPinned(null);
                }}
              >
                Add as our offer
              </button>
            ) : (
              <p className="muted chart-tooltip-hint">Click to add it as an offer.</p>
            ))}
        </div>
      )}

      <ul className="chart-legend">
        <li>
          <span className="legend-mark legend-frontier" aria-hidden /> Frontier: no package beats these for both sides
        </li>
        <li>
          <span className="legend-mark legend-ours" aria-hidden /> Our offers
        </li>
        <li>
          <span className="legend-mark legend-received" aria-hidden /> Received offers
        </li>
        <li>
          <svg className="legend-mark legend-joint" viewBox="0 0 20 20" aria-hidden>
            <polygon points={starPoints(10, 10, 10)} />
          </svg>{' '}
          Largest joint gain
        </li>
        {drawing.arrows.length > 0 && (
          <li>
            <span className="legend-mark legend-arrow" aria-hidden /> A better deal for both exists (arrow from the
            offer)
          </li>
        )}
        {drawing.band && (
          <li>
            <span className="legend-mark legend-band" aria-hidden /> Target ± tolerance
          </li>
        )}
        {drawing.lines.length > 0 && (
          <li>
            <span className="legend-mark legend-batna" aria-hidden /> Our BATNA (walk-away)
          </li>
        )}
      </ul>
    </div>
  );
}

/** A received offer's whole name, wrapped, where the placement found room. */
function ReceivedLabel({ label }: { label: ReturnType<typeof frontierLabels>[number] | undefined }) {
  if (!label) return null;
  const { lineHeight } = DEFAULT_LABEL_STYLE;
  const x = label.box.x;
  return (
    <text x={x} y={label.box.y + lineHeight - 2.5}>
      {label.lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a wrapped line's place is its identity (two lines may read alike)
        <tspan key={i} x={x} dy={i === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
