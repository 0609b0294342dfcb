import { STANCE_LABELS, STANCES } from '../counterparty';
import type { FrontierChartDrawing } from '../frontierChart';
import { html, type SafeHtml } from '../html';
import { type LabelRequest, type PlacedLabel, placeLabels, wrapWords } from '../labelPlacement';
import { cellSize, INFLUENCE_LEVELS, type MapFrame, placePeople } from '../powerMap';
import type { SnapshotStakeholder } from '../snapshot';
import { QUADRANT_LABELS, type Quadrant, type TradeablesMap } from '../tradeables';
import type { ZopaDrawing, ZopaMarker } from '../zopa';

/**
 * The plan's charts as SVG markup, drawn from the same drawing data as the screens.
 * Text inside the SVG goes through `html` and is escaped like every other user text.
 * Colours are print-safe: they still read in greyscale (fills differ in lightness).
 */
const round = (n: number) => Math.round(n * 10) / 10;

// ── ZOPA ────────────────────────────────────────────────────────────────────────
export function zopaSvg(drawing: ZopaDrawing, format: (n: number) => string, compact = false): SafeHtml {
  const width = 680;
  const height = compact ? 150 : 180;
  const left = 34;
  const plot = width - 2 * left;
  const axisY = compact ? 74 : 88;
  const x = (at: number) => round(left + at * plot);
  const rowsOf = (markers: ZopaMarker[]) => {
    const rows = new Map<string, number>();
    const sorted = [...markers].sort((a, b) => a.at - b.at);
    sorted.forEach((m, i) => {
      const prev = sorted[i - 1];
      rows.set(m.key, prev && m.at - prev.at < 0.22 && rows.get(prev.key) === 0 ? 1 : 0);
    });
    return rows;
  };
  const anchor = (at: number) => (at < 0.12 ? 'start' : at > 0.88 ? 'end' : 'middle');
  const ours = drawing.markers.filter((m) => m.party === 'us');
  const theirs = drawing.markers.filter((m) => m.party === 'them');
  const ourRows = rowsOf(ours);
  const theirRows = rowsOf(theirs);
  const marker = (m: ZopaMarker, above: boolean, row: number) => {
    const mx = x(m.at);
    const labelY = above ? axisY - 30 - row * 24 : axisY + 38 + row * 24;
    const colour = m.party === 'us' ? '#1f4e79' : '#8a4b08';
    const dash = m.key.endsWith('Target') ? html` stroke-dasharray="4 3"` : '';
    return html`<g class="marker">
      <line x1="${mx}" y1="${above ? axisY - 22 : axisY}" x2="${mx}" y2="${above ? axisY : axisY + 22}" stroke="${colour}" stroke-width="2"${dash}/>
      <text x="${mx}" y="${labelY}" text-anchor="${anchor(m.at)}" class="mk" fill="${colour}">${m.label}</text>
      <text x="${mx}" y="${labelY + 11}" text-anchor="${anchor(m.at)}" class="mv">${format(m.value)}</text>
    </g>`;
  };
  const band = (range: { from: number; to: number } | null, y: number, fill: string) =>
    range
      ? html`<rect x="${x(range.from)}" y="${y}" width="${Math.max(1, x(range.to) - x(range.from))}" height="8" fill="${fill}" rx="2"/>`
      : '';
  return html`<svg class="chart zopa" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="Zone of possible agreement" xmlns="http://www.w3.org/2000/svg">
    ${drawing.zone ? html`<rect x="${x(drawing.zone.from)}" y="${axisY - 20}" width="${Math.max(3, x(drawing.zone.to) - x(drawing.zone.from))}" height="40" fill="#2e7d4f" fill-opacity="0.22"/><text x="${round((x(drawing.zone.from) + x(drawing.zone.to)) / 2)}" y="${axisY + 4}" text-anchor="middle" class="zl">ZOPA</text>` : ''}
    ${drawing.gap ? html`<rect x="${x(drawing.gap.from)}" y="${axisY - 20}" width="${Math.max(3, x(drawing.gap.to) - x(drawing.gap.from))}" height="40" fill="#b42318" fill-opacity="0.14" stroke="#b42318" stroke-dasharray="3 3"/><text x="${round((x(drawing.gap.from) + x(drawing.gap.to)) / 2)}" y="${axisY + 4}" text-anchor="middle" class="zl gap">No overlap</text>` : ''}
    ${band(drawing.ourRange, axisY - 12, '#1f4e79')}
    ${band(drawing.theirRange, axisY + 4, '#c27c2c')}
    <line x1="${left}" y1="${axisY}" x2="${width - left}" y2="${axisY}" stroke="#444" stroke-width="1"/>
    ${drawing.ticks.map((t) => html`<line x1="${x(t.at)}" y1="${axisY - 3}" x2="${x(t.at)}" y2="${axisY + 3}" stroke="#444"/><text x="${x(t.at)}" y="${height - 6}" text-anchor="middle" class="tick">${format(t.value)}</text>`)}
    ${ours.map((m) => marker(m, true, ourRows.get(m.key) ?? 0))}
    ${theirs.map((m) => marker(m, false, theirRows.get(m.key) ?? 0))}
    ${drawing.betterForUsAt ? html`<text x="${drawing.betterForUsAt === 'left' ? left : width - left}" y="12" text-anchor="${drawing.betterForUsAt === 'left' ? 'start' : 'end'}" class="hint">${drawing.betterForUsAt === 'left' ? '← better for us' : 'better for us →'}</text>` : ''}
  </svg>`;
}

// ── Tradeables matrix ───────────────────────────────────────────────────────────
export function tradeablesSvg(map: TradeablesMap): SafeHtml {
  const size = 360;
  const pad = 34;
  const inner = size - 2 * pad;
  const px = (f: number) => round(pad + 12 + f * (inner - 24));
  const py = (f: number) => round(size - pad - 12 - f * (inner - 40));
  const boxes: Record<Quadrant, { x: number; y: number; fill: string }> = {
    trade_away: { x: pad, y: pad, fill: '#e3efe6' },
    protect: { x: pad + inner / 2, y: pad, fill: '#f4ece0' },
    drop: { x: pad, y: pad + inner / 2, fill: '#f3f3f3' },
    trade_for: { x: pad + inner / 2, y: pad + inner / 2, fill: '#e4ebf4' },
  };
  return html`<svg class="chart matrix" viewBox="0 0 ${size} ${size}" width="${size}" role="img" aria-label="Tradeables matrix" xmlns="http://www.w3.org/2000/svg">
    ${(Object.keys(boxes) as Quadrant[]).map((q) => {
      const b = boxes[q];
      return html`<rect x="${b.x}" y="${b.y}" width="${inner / 2}" height="${inner / 2}" fill="${b.fill}" stroke="#bbb"/><text x="${b.x + 6}" y="${b.y + 14}" class="q">${QUADRANT_LABELS[q].title}</text>`;
    })}
    <text x="${size / 2}" y="${size - 8}" text-anchor="middle" class="axis">Value to us →</text>
    <text x="12" y="${size / 2}" text-anchor="middle" class="axis" transform="rotate(-90 12 ${size / 2})">Value to them (est.) →</text>
    ${map.placed.map(
      (p) =>
        // Ticked Tradeable: a green ring, as on the Issues step.
        html`<circle cx="${px(p.x)}" cy="${py(p.y)}" r="4.5" fill="${p.redLineConflict ? '#b42318' : '#1f4e79'}"${p.tradeMaterial ? html` stroke="#2e7d32" stroke-width="2.5"` : ''}/>`,
    )}
    ${printLabels(
      map.placed.map((p) => ({
        id: p.id,
        x: px(p.x),
        y: py(p.y),
        radius: 4.5,
        lines: wrapWords(p.name || 'Untitled issue', 22),
      })),
      { x: 0, y: 0, width: size, height: size - 20 },
    )}
  </svg>`;
}

/** Print labels: 7.5 pt text, placed clear of every mark and of each other, never shortened. */
const PRINT_LABEL = { fontSize: 9, lineHeight: 10, gap: 3 };
function printLabels(
  requests: LabelRequest[],
  bounds: { x: number; y: number; width: number; height: number },
  obstacles: { x: number; y: number; width: number; height: number }[] = [],
): SafeHtml[] {
  return placeLabels(requests, bounds, obstacles, PRINT_LABEL).map((label: PlacedLabel) => {
    const x = round(label.box.x);
    return html`<text x="${x}" y="${round(label.box.y + PRINT_LABEL.lineHeight - 2)}" class="pt">${label.lines.map((line, i) => html`<tspan x="${x}" dy="${i === 0 ? 0 : PRINT_LABEL.lineHeight}">${line}</tspan>`)}</text>`;
  });
}

// ── Power map ───────────────────────────────────────────────────────────────────
const MAP_FRAME: MapFrame = { width: 640, height: 250, padLeft: 56, padBottom: 36, padTop: 10, padRight: 10 };

/** Stance across (supporter → blocker), influence up, placed by the counterparty map's own maths. */
export function powerMapSvg(people: readonly SnapshotStakeholder[]): SafeHtml {
  const { width, height, padLeft: left, padBottom: bottom, padTop: top, padRight: right } = MAP_FRAME;
  const cell = cellSize(MAP_FRAME);
  const side = new Map(people.map((p) => [p.id, p.side]));
  const crowded = new Map<string, number>();
  for (const p of people)
    crowded.set(
      `${p.stance}:${Math.round(p.influence)}`,
      (crowded.get(`${p.stance}:${Math.round(p.influence)}`) ?? 0) + 1,
    );
  const placed = placePeople(people, MAP_FRAME);
  const marks = placed.map((p) => {
    const fill = side.get(p.id) === 'ours' ? '#6b7a8f' : p.priority ? '#b42318' : '#1f4e79';
    return html`<circle cx="${round(p.x)}" cy="${round(p.y - 4)}" r="4" fill="${fill}"/>`;
  });
  const names = printLabels(
    placed.map((p) => {
      const many = (crowded.get(`${p.stance}:${Math.round(p.influence)}`) ?? 1) > 4;
      return { id: p.id, x: p.x, y: p.y - 4, radius: 4, lines: wrapWords(p.name, many ? 12 : 20) };
    }),
    { x: left, y: top, width: width - left - right, height: height - top - bottom },
  );
  return html`<svg class="chart power" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="Power map" xmlns="http://www.w3.org/2000/svg">
    ${STANCES.map((s, c) => html`<text x="${round(left + cell.width * (c + 0.5))}" y="${height - 14}" text-anchor="middle" class="axis">${STANCE_LABELS[s]}</text>`)}
    ${INFLUENCE_LEVELS.map((level) => html`<text x="${left - 8}" y="${round(top + cell.height * (5 - level + 0.5) + 3)}" text-anchor="end" class="tick">${level}</text>`)}
    <rect x="${left}" y="${top}" width="${width - left - right}" height="${round(cell.height * 2)}" fill="#fbf3e6"/>
    ${[0, 1, 2, 3, 4].map((r) => html`<line x1="${left}" y1="${round(top + cell.height * r)}" x2="${width - right}" y2="${round(top + cell.height * r)}" stroke="#e2e2e2"/>`)}
    ${[1, 2, 3].map((c) => html`<line x1="${round(left + cell.width * c)}" y1="${top}" x2="${round(left + cell.width * c)}" y2="${height - bottom}" stroke="#e2e2e2"/>`)}
    <rect x="${left}" y="${top}" width="${width - left - right}" height="${height - top - bottom}" fill="none" stroke="#999"/>
    <text x="14" y="${(height - bottom) / 2}" text-anchor="middle" class="axis" transform="rotate(-90 14 ${(height - bottom) / 2})">Influence</text>
    <text x="${width - right}" y="${height - 1}" text-anchor="end" class="hint">Stance towards the deal →</text>
    ${marks}
    ${names}
  </svg>`;
}

// ── Frontier ────────────────────────────────────────────────────────────────────
/** The MESO screen's frontier chart (core/frontierChart.ts drawing data) as print SVG. */
export function frontierSvg(d: FrontierChartDrawing): SafeHtml {
  const width = 420;
  const height = 330;
  const left = 46;
  const bottom = 40;
  const top = 12;
  const right = 14;
  const w = width - left - right;
  const h = height - top - bottom;
  const px = (f: number) => round(left + f * w);
  const py = (f: number) => round(top + (1 - f) * h);
  const line = d.frontierLine.map((p) => `${px(p.x)},${py(p.y)}`).join(' ');
  return html`<svg class="chart frontier" viewBox="0 0 ${width} ${height}" width="${width}" role="img" aria-label="${d.description}" xmlns="http://www.w3.org/2000/svg">
    <rect x="${left}" y="${top}" width="${w}" height="${h}" fill="#fafafa" stroke="#999"/>
    ${d.band ? html`<rect x="${px(d.band.from)}" y="${top}" width="${Math.max(1, px(d.band.to) - px(d.band.from))}" height="${h}" fill="#1f4e79" fill-opacity="0.08"/><text x="${round((px(d.band.from) + px(d.band.to)) / 2)}" y="${top + 10}" text-anchor="middle" class="tick">target</text>` : ''}
    ${d.x.ticks.map((t) => html`<line x1="${px(t.at)}" y1="${top}" x2="${px(t.at)}" y2="${top + h}" stroke="#e6e6e6"/><text x="${px(t.at)}" y="${top + h + 13}" text-anchor="middle" class="tick">${t.value}</text>`)}
    ${d.y.ticks.map((t) => html`<line x1="${left}" y1="${py(t.at)}" x2="${left + w}" y2="${py(t.at)}" stroke="#e6e6e6"/><text x="${left - 5}" y="${py(t.at) + 3}" text-anchor="end" class="tick">${t.value}</text>`)}
    ${d.lines.map((l) => html`<line x1="${px(l.at)}" y1="${top}" x2="${px(l.at)}" y2="${top + h}" stroke="#b42318" stroke-dasharray="4 3"/><text x="${px(l.at) + 3}" y="${top + h - 4}" class="tick">${l.label}</text>`)}
    ${line ? html`<polyline points="${line}" fill="none" stroke="#2e7d4f" stroke-width="2"/>` : ''}
    ${d.arrows.map((a) => html`<line x1="${px(a.from.x)}" y1="${py(a.from.y)}" x2="${px(a.to.x)}" y2="${py(a.to.y)}" stroke="#6b6b6b" stroke-width="1" stroke-dasharray="2 2"/>`)}
    <path d="M ${px(d.jointGain.x)} ${py(d.jointGain.y) - 6} l 6 6 l -6 6 l -6 -6 z" fill="#fff" stroke="#2e7d4f" stroke-width="2"/>
    ${d.received.map((o) => html`<rect x="${px(o.x) - 4}" y="${py(o.y) - 4}" width="8" height="8" fill="#c27c2c" stroke="#000" stroke-width=".6"/>`)}
    ${d.offers.map((o) => html`<circle cx="${px(o.x)}" cy="${py(o.y)}" r="5" fill="#1f4e79"/>`)}
    ${printLabels(
      [...d.offers, ...d.received].map((o) => ({
        id: o.key,
        x: px(o.x),
        y: py(o.y),
        radius: 6,
        lines: wrapWords(o.label, 24),
      })),
      { x: left, y: top, width: w, height: h },
      [
        // The joint-gain diamond and the walk-away caption stay readable.
        { x: px(d.jointGain.x) - 7, y: py(d.jointGain.y) - 7, width: 14, height: 14 },
        ...d.frontier.map((f) => ({ x: px(f.x) - 2, y: py(f.y) - 2, width: 4, height: 4 })),
        ...d.lines.map((l) => ({ x: px(l.at), y: top + h - 14, width: 60, height: 14 })),
      ],
    )}
    <text x="${left + w / 2}" y="${height - 6}" text-anchor="middle" class="axis">Value to us (points)</text>
    <text x="12" y="${top + h / 2}" text-anchor="middle" class="axis" transform="rotate(-90 12 ${top + h / 2})">Value to them (est. points)</text>
  </svg>`;
}
