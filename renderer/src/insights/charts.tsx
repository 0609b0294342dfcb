/** Small SVG charts for Insights: horizontal bars and a line over time. */

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** What is written at the end of the bar. */
  text: string;
}

const BAR_HEIGHT = 22;
const BAR_GAP = 10;
const LABEL_W = 250;
const VALUE_W = 100;
const CHART_W = 680;

/** Horizontal bars from a zero line; `max` fixes the scale (e.g. 100 for percentages). */
export function BarChart(props: { bars: Bar[]; max?: number; title: string; tone?: 'accent' | 'danger' | 'ok' }) {
  const { bars } = props;
  const max = Math.max(props.max ?? 0, ...bars.map((b) => b.value), 1e-9);
  const min = Math.min(0, ...bars.map((b) => b.value));
  const plot = CHART_W - LABEL_W - VALUE_W;
  const x = (v: number) => LABEL_W + ((v - min) / (max - min)) * plot;
  const height = bars.length * (BAR_HEIGHT + BAR_GAP) + BAR_GAP;
  return (
    <svg
      className={`bar-chart tone-${props.tone ?? 'accent'}`}
      viewBox={`0 0 ${CHART_W} ${height}`}
      role="img"
      aria-label={`${props.title}: ${bars.map((b) => `${b.label} ${b.text}`).join(', ')}`}
    >
      {bars.map((bar, i) => {
        const y = BAR_GAP + i * (BAR_HEIGHT + BAR_GAP);
        const from = x(Math.min(0, bar.value));
        const to = x(Math.max(0, bar.value));
        return (
          <g key={bar.key} className="bar" data-bar={bar.key}>
            <text className="bar-label" x={LABEL_W - 8} y={y + BAR_HEIGHT / 2 + 4} textAnchor="end">
              {bar.label.length > 36 ? `${bar.label.slice(0, 35)}…` : bar.label}
              <title>{bar.label}</title>
            </text>
            <rect className="bar-track" x={LABEL_W} y={y} width={plot} height={BAR_HEIGHT} rx={3} />
            <rect
              className={`bar-fill ${bar.value < 0 ? 'bar-negative' : ''}`}
              x={from}
              y={y}
              width={Math.max(to - from, bar.value === 0 ? 0 : 2)}
              height={BAR_HEIGHT}
              rx={3}
            />
            <text className="bar-value" x={LABEL_W + plot + 8} y={y + BAR_HEIGHT / 2 + 4}>
              {bar.text}
            </text>
          </g>
        );
      })}
      {min < 0 && <line className="bar-zero" x1={x(0)} x2={x(0)} y1={0} y2={height} />}
    </svg>
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
