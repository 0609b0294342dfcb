import type { BetterDirection } from './batna';

/**
 * The zone of possible agreement on one numeric issue. Reservation points bound it:
 * when lower is better for us (we buy), we accept anything up to our reservation and they
 * accept anything from theirs upwards, so the zone runs from theirs to ours; when higher
 * is better (we sell) it runs from ours to theirs.
 */
export interface ZopaInput {
  direction: BetterDirection | null;
  ourReservation: number | null;
  ourTarget: number | null;
  theirReservation: number | null;
  theirTarget: number | null;
}

export type ZopaStatus = 'incomplete' | 'overlap' | 'touching' | 'empty';

export interface Interval {
  low: number;
  high: number;
}

export interface Zopa {
  status: ZopaStatus;
  /** The agreeable interval (a single point when touching); null when empty or incomplete. */
  zone: Interval | null;
  /** When empty: the distance between the two reservation points. */
  gap: Interval | null;
  /** What is missing, when incomplete. */
  missing: ('direction' | 'ourReservation' | 'theirReservation')[];
}

export function computeZopa(input: ZopaInput): Zopa {
  const missing: Zopa['missing'] = [];
  if (!input.direction) missing.push('direction');
  if (input.ourReservation === null) missing.push('ourReservation');
  if (input.theirReservation === null) missing.push('theirReservation');
  if (!input.direction || input.ourReservation === null || input.theirReservation === null) {
    return { status: 'incomplete', zone: null, gap: null, missing };
  }
  const ours = input.ourReservation;
  const theirs = input.theirReservation;
  const [low, high] = input.direction === 'lower' ? [theirs, ours] : [ours, theirs];
  if (low < high) return { status: 'overlap', zone: { low, high }, gap: null, missing };
  if (low === high) return { status: 'touching', zone: { low, high }, gap: null, missing };
  return { status: 'empty', zone: null, gap: { low: high, high: low }, missing };
}

/** True when `a` is strictly better for us than `b`. */
export const betterForUs = (direction: BetterDirection, a: number, b: number) =>
  direction === 'lower' ? a < b : a > b;

export type ZopaMarkerKey = 'ourReservation' | 'ourTarget' | 'theirReservation' | 'theirTarget';

export interface ZopaMarker {
  key: ZopaMarkerKey;
  party: 'us' | 'them';
  label: string;
  value: number;
  /** 0 (left edge, lowest number) to 1 (right edge, highest number). */
  at: number;
}

export interface ZopaDrawing {
  min: number;
  max: number;
  ticks: { value: number; at: number }[];
  markers: ZopaMarker[];
  /** What each side would accept, as fractions of the scale. */
  ourRange: { from: number; to: number } | null;
  theirRange: { from: number; to: number } | null;
  zone: { from: number; to: number } | null;
  gap: { from: number; to: number } | null;
  /** Which end of the drawing is better for us, for the arrow under the scale. */
  betterForUsAt: 'left' | 'right' | null;
}

const MARKER_LABELS: Record<ZopaMarkerKey, string> = {
  ourReservation: 'Our reservation',
  ourTarget: 'Our target',
  theirReservation: 'Their reservation (est.)',
  theirTarget: 'Their target (est.)',
};

/**
 * Everything a renderer needs to draw the ZOPA on one horizontal scale (numbers grow to
 * the right whichever side we are on), shared by the workspace and the printed plan.
 */
export function zopaDrawing(input: ZopaInput, zopa: Zopa = computeZopa(input)): ZopaDrawing | null {
  const keys: ZopaMarkerKey[] = ['ourReservation', 'ourTarget', 'theirReservation', 'theirTarget'];
  const present = keys.filter((key) => input[key] !== null);
  if (present.length === 0) return null;
  const values = present.map((key) => input[key] as number);
  const lowest = Math.min(...values);
  const highest = Math.max(...values);
  const span = highest - lowest || Math.abs(highest) * 0.2 || 1;
  const { step, min, max } = niceScale(lowest - span * 0.15, highest + span * 0.15);
  const at = (value: number) => (value - min) / (max - min);

  const ticks: ZopaDrawing['ticks'] = [];
  for (let value = min; value <= max + step / 2; value += step) {
    const rounded = Number(value.toPrecision(12));
    ticks.push({ value: rounded, at: at(rounded) });
  }
  const markers = present.map((key) => ({
    key,
    party: key.startsWith('our') ? ('us' as const) : ('them' as const),
    label: MARKER_LABELS[key],
    value: input[key] as number,
    at: at(input[key] as number),
  }));
  const direction = input.direction;
  const acceptable = (reservation: number | null, acceptsLower: boolean) =>
    reservation === null ? null : acceptsLower ? { from: 0, to: at(reservation) } : { from: at(reservation), to: 1 };
  return {
    min,
    max,
    ticks,
    markers,
    ourRange: direction ? acceptable(input.ourReservation, direction === 'lower') : null,
    theirRange: direction ? acceptable(input.theirReservation, direction === 'higher') : null,
    zone: zopa.zone ? { from: at(zopa.zone.low), to: at(zopa.zone.high) } : null,
    gap: zopa.gap ? { from: at(zopa.gap.low), to: at(zopa.gap.high) } : null,
    betterForUsAt: direction === 'lower' ? 'left' : direction === 'higher' ? 'right' : null,
  };
}

/** Round scale ends to a 1/2/5 × 10ⁿ step so the ticks read as plain numbers. */
export function niceScale(low: number, high: number, targetTicks = 5): { min: number; max: number; step: number } {
  const rough = (high - low) / targetTicks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
  return { min: Math.floor(low / step) * step, max: Math.ceil(high / step) * step, step };
}

/** One or two plain sentences about the zone, for the screen and the plan. */
export function explainZopa(zopa: Zopa, direction: BetterDirection | null, format: (n: number) => string): string {
  switch (zopa.status) {
    case 'incomplete':
      if (zopa.missing.includes('direction')) {
        return 'Choose whether lower or higher numbers are better for you, so the zone can be drawn the right way round.';
      }
      return 'Enter both reservation points — yours, and your estimate of theirs — to see whether a deal is possible.';
    case 'overlap': {
      const zone = zopa.zone as Interval;
      return `A deal is possible anywhere between ${format(zone.low)} and ${format(zone.high)}. Where it lands inside that zone depends on how you negotiate.`;
    }
    case 'touching':
      return `The zone is a single point (${format((zopa.zone as Interval).low)}): a deal is possible only exactly at both reservation points, with nothing left to share.`;
    case 'empty': {
      const gap = zopa.gap as Interval;
      const ours = direction === 'lower' ? 'the most you would pay' : 'the least you would accept';
      const theirs = direction === 'lower' ? 'the least they would accept' : 'the most they would pay';
      return `No zone of possible agreement: ${ours} and ${theirs} are ${format(gap.high - gap.low)} apart. On this issue alone no deal works unless someone moves — check your estimate of their reservation, bring in other issues to trade, or prepare to take your BATNA.`;
    }
  }
}
