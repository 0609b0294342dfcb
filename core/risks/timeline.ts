/**
 * Drawing data for the deadlines timeline, shared by the step's screen and the printed
 * plan: the date range with its ticks, one mark per dated deadline (ours above the line,
 * theirs below, shared ones above in their own colour), the deal's close date and today.
 * Positions are fractions 0..1 of the plot width; labels are stacked in rows so they do
 * not overlap at the nominal width, each renderer maps them to its own pixels.
 */
import { formatDay } from '../documentFormat';
import {
  DEADLINE_SIDE_LABELS,
  type DeadlineFields,
  type DeadlineSide,
  deadlineName,
  FIRMNESS_LABELS,
  THEY_KNOW_LABELS,
  WE_KNOW_LABELS,
} from './deadlines';

export type TimelineLane = 'above' | 'below';

export interface TimelineMark {
  key: string;
  /** A deadline of a side, or the deal's own dates. */
  side: DeadlineSide | 'close' | 'today';
  lane: TimelineLane;
  label: string;
  /** "31 Dec 2026 · hard · they know it". */
  detail: string;
  date: string;
  at: number;
  hard: boolean;
  /** Label row in its lane, 0 nearest the line. */
  row: number;
  /** The label runs left of the mark (near the right edge). */
  anchorEnd: boolean;
}

export interface TimelineDrawing {
  start: string;
  end: string;
  ticks: { label: string; at: number }[];
  marks: TimelineMark[];
  /** Label rows used above and below the line. */
  rows: { above: number; below: number };
  /** Deadlines without a date: listed, not drawn. */
  undated: string[];
  /** Screen-reader summary. */
  description: string;
}

const DAY = 86_400_000;
/** Nominal plot width and label character width the label rows are fitted to. */
export const TIMELINE_PLOT_WIDTH = 640;
const CHAR_WIDTH = 6;

const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function ticksBetween(start: number, end: number): { label: string; at: number }[] {
  const span = end - start;
  const at = (day: number) => (day - start) / span;
  const ticks: { label: string; at: number }[] = [];
  if (span <= 70) {
    // Weekly, on Mondays.
    const first = new Date(start * DAY);
    const offset = (8 - first.getUTCDay()) % 7;
    for (let day = start + offset; day <= end; day += 7) {
      const d = new Date(day * DAY);
      ticks.push({ label: `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`, at: at(day) });
    }
    return ticks;
  }
  const step = span > 800 ? 6 : span > 400 ? 3 : 1;
  const s = new Date(start * DAY);
  let year = s.getUTCFullYear();
  let month = s.getUTCMonth() + 1;
  while (month % step !== 0 && step > 1) month += 1;
  for (;;) {
    if (month > 11) {
      year += Math.floor(month / 12);
      month %= 12;
    }
    const day = Date.UTC(year, month, 1) / DAY;
    if (day > end) break;
    if (day >= start) {
      const label = month === 0 || ticks.length === 0 ? `${MONTHS[month]} ${year}` : (MONTHS[month] as string);
      ticks.push({ label, at: at(day) });
    }
    month += step;
  }
  return ticks;
}

function detailOf(d: Pick<DeadlineFields, 'side' | 'date' | 'firmness' | 'theyKnow' | 'weKnow'>): string {
  const parts = [formatDay(d.date), FIRMNESS_LABELS[d.firmness].toLowerCase()];
  if (d.side === 'ours') parts.push(THEY_KNOW_LABELS[d.theyKnow].toLowerCase());
  if (d.side === 'theirs') parts.push(WE_KNOW_LABELS[d.weKnow].toLowerCase());
  return parts.join(' · ');
}

/** Greedy rows: each label takes the nearest row where it does not touch the one before. */
function stack(marks: TimelineMark[]): number {
  const rowEnds: number[] = [];
  for (const mark of [...marks].sort((a, b) => a.at - b.at)) {
    const width = ((Math.max(mark.label.length, mark.detail.length) + 2) * CHAR_WIDTH) / TIMELINE_PLOT_WIDTH;
    mark.anchorEnd = mark.at + width > 1.02;
    const from = mark.anchorEnd ? mark.at - width : mark.at;
    const to = mark.anchorEnd ? mark.at : mark.at + width;
    let row = rowEnds.findIndex((endAt) => endAt < from);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(to);
    } else rowEnds[row] = to;
    mark.row = row;
  }
  return rowEnds.length;
}

export function timelineDrawing(input: {
  deadlines: readonly (Pick<DeadlineFields, 'side' | 'kind' | 'label' | 'date' | 'firmness' | 'theyKnow' | 'weKnow'> & {
    id: string;
  })[];
  closeDate: string | null;
  /** YYYY-MM-DD. */
  today: string;
}): TimelineDrawing | null {
  const dated = input.deadlines.filter((d) => d.date !== null);
  const undated = input.deadlines.filter((d) => d.date === null).map((d) => deadlineName(d));
  if (dated.length === 0) return null;
  const days = [...dated.map((d) => dayNumber(d.date as string)), dayNumber(input.today)];
  if (input.closeDate) days.push(dayNumber(input.closeDate));
  const low = Math.min(...days);
  const high = Math.max(...days);
  const pad = Math.max(10, Math.round((high - low) * 0.06));
  const start = low - pad;
  const end = high + pad;
  const at = (date: string) => (dayNumber(date) - start) / (end - start);

  const marks: TimelineMark[] = dated.map((d) => ({
    key: d.id,
    side: d.side,
    lane: d.side === 'theirs' ? 'below' : 'above',
    label: `${DEADLINE_SIDE_LABELS[d.side]}: ${deadlineName(d)}`,
    detail: detailOf(d),
    date: d.date as string,
    at: at(d.date as string),
    hard: d.firmness === 'hard',
    row: 0,
    anchorEnd: false,
  }));
  if (input.closeDate) {
    marks.push({
      key: 'close',
      side: 'close',
      lane: 'below',
      label: 'Deal close (target)',
      detail: formatDay(input.closeDate),
      date: input.closeDate,
      at: at(input.closeDate),
      hard: false,
      row: 0,
      anchorEnd: false,
    });
  }
  marks.push({
    key: 'today',
    side: 'today',
    lane: 'above',
    label: 'Today',
    detail: formatDay(input.today),
    date: input.today,
    at: at(input.today),
    hard: false,
    row: 0,
    anchorEnd: false,
  });
  const above = stack(marks.filter((m) => m.lane === 'above'));
  const below = stack(marks.filter((m) => m.lane === 'below'));
  const ordered = [...marks].sort((a, b) => a.date.localeCompare(b.date));
  return {
    start: isoOf(start),
    end: isoOf(end),
    ticks: ticksBetween(start, end),
    marks: ordered,
    rows: { above, below },
    undated,
    description: `Timeline: ${ordered.map((m) => `${m.label}, ${m.detail}`).join('; ')}.`,
  };
}

/** Print-safe colours per side; the screen maps the same keys to its palette variables. */
export const TIMELINE_COLOURS: Record<TimelineMark['side'], string> = {
  ours: '#1f4e79',
  theirs: '#8a4b08',
  shared: '#5b3f8c',
  close: '#2e7d4f',
  today: '#666666',
};

export interface PlacedTimelineMark extends TimelineMark {
  x: number;
  labelY: number;
  /** The stem from the line to the label. */
  stem: { y1: number; y2: number };
  textAnchor: 'start' | 'end';
}

export interface TimelineLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  axisY: number;
  ticks: { label: string; x: number }[];
  marks: PlacedTimelineMark[];
}

const ROW = 26;

/** Pixel positions for a drawing at `width` (the same geometry on screen and on paper). */
export function timelineLayout(drawing: TimelineDrawing, width = 680): TimelineLayout {
  const left = 24;
  const right = width - 24;
  const x = (at: number) => Math.round((left + at * (right - left)) * 10) / 10;
  const axisY = 14 + Math.max(1, drawing.rows.above) * ROW + 12;
  const height = axisY + 30 + Math.max(1, drawing.rows.below) * ROW + 4;
  return {
    width,
    height,
    left,
    right,
    axisY,
    ticks: drawing.ticks.map((t) => ({ label: t.label, x: x(t.at) })),
    marks: drawing.marks.map((m) => {
      const labelY = m.lane === 'above' ? axisY - 24 - m.row * ROW : axisY + 34 + m.row * ROW;
      return {
        ...m,
        x: x(m.at),
        labelY,
        stem: m.lane === 'above' ? { y1: axisY, y2: labelY + 14 } : { y1: axisY, y2: labelY - 10 },
        textAnchor: m.anchorEnd ? 'end' : 'start',
      };
    }),
  };
}
