/** Small SVG charts for Insights: horizontal bars and a line over time. */

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** What is written at the end of the bar. */
  text: string;
}

/**
 * Horizontal bars from a zero line; `max` fixes the scale (e.g. 100 for percentages).
 * Laid out in HTML, not a scaled SVG, so labels keep the page's text size at any width and
 * wrap instead of being cut.
 */
export function BarChart(props: { bars: Bar[]; max?: number; title: string; tone?: 'accent' | 'danger' | 'ok' }) {
  const { bars } = props;
  const max = Math.max(props.max ?? 0, ...bars.map((b) => b.value), 1e-9);
  const min = Math.min(0, ...bars.map((b) => b.value));
  const at = (v: number) => ((v - min) / (max - min)) * 100;
  return (
    <div
      className={`bar-chart tone-${props.tone ?? 'accent'}`}
      role="img"
      aria-label={`${props.title}: ${bars.map((b) => `${b.label} ${b.text}`).join(', ')}`}
    >
      {bars.map((bar) => {
        const from = at(Math.min(0, bar.value));
        const to = at(Math.max(0, bar.value));
        return (
          <div key={bar.key} className="bar" data-bar={bar.key}>
            <span className="bar-label">{bar.label}</span>
            <span className="bar-track">
              <span
                className={`bar-fill ${bar.value < 0 ? 'bar-negative' : ''}`}
                style={{ left: `${from}%`, width: bar.value === 0 ? 0 : `max(${to - from}%, 2px)` }}
              />
              {min < 0 && <span className="bar-zero" style={{ left: `${at(0)}%` }} />}
            </span>
            <span className="bar-value">{bar.text}</span>
          </div>
        );
      })}
    </div>
  );
}

export interface LinePoint {
  key: string;
  date: string;
  value: number;
  label: string;
}

const LINE_W = 560;
const LINE_H = 220;
const PAD = { left: 44, right: 16, top: 14, bottom: 36 };

/** A line over time, one point per deal, on a 0–100 % scale. */
export function LineChart(props: { points: LinePoint[]; title: string }) {
  const { points } = props;
  const plotW = LINE_W - PAD.left - PAD.right;
  const plotH = LINE_H - PAD.top - PAD.bottom;
  const days = points.map((p) => Date.parse(`${p.date}T00:00:00Z`));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const x = (i: number) =>
    PAD.left +
    (last === first
      ? points.length === 1
        ? plotW / 2
        : (i / (points.length - 1)) * plotW
      : (((days[i] ?? first) - first) / (last - first)) * plotW);
  const y = (v: number) => PAD.top + (1 - v) * plotH;
  const path = points.map((p, i) => `${x(i)},${y(p.value)}`).join(' ');
  return (
    <svg
      className="line-chart"
      viewBox={`0 0 ${LINE_W} ${LINE_H}`}
      role="img"
      aria-label={`${props.title}: ${points.map((p) => `${p.date} ${Math.round(p.value * 100)} %`).join(', ')}`}
    >
      {[0, 0.25, 0.5, 0.75, 1].map((v) => (
        <g key={v} className="chart-tick">
          <line x1={PAD.left} x2={PAD.left + plotW} y1={y(v)} y2={y(v)} />
          <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end">
            {v * 100} %
          </text>
        </g>
      ))}
      <polyline className="line-path" points={path} />
      {points.map((p, i) => (
        <g key={p.key} className="line-point" data-point={p.key}>
          <circle cx={x(i)} cy={y(p.value)} r={4.5} />
          <title>
            {p.label} ({p.date}): {Math.round(p.value * 100)} %
          </title>
        </g>
      ))}
      {points.length > 0 && (
        <>
          <text className="line-date" x={x(0)} y={LINE_H - 12} textAnchor={points.length === 1 ? 'middle' : 'start'}>
            {points[0]?.date}
          </text>
          {points.length > 1 && (
            <text className="line-date" x={x(points.length - 1)} y={LINE_H - 12} textAnchor="end">
              {points.at(-1)?.date}
            </text>
          )}
        </>
      )}
    </svg>
  );
}
