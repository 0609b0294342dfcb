/**
 * The negotiation dance: how each side moved from offer to offer. A side's concession is
 * what its new offer gives up in its own value compared with its previous offer (ours in
 * value to us, theirs in our estimate of their value); a negative one is a step back.
 * Reciprocity compares what they gave up with what we gave up; convergence follows the
 * gap between the two sides' latest offers, measured in value to us.
 */
import type { Issue } from '../issues';
import type { LiveOffer, LiveSide } from './model';
import { fullPackages } from './packages';
import { scoreOffer, valuePlan } from './score';

const EPS = 1e-9;

export interface DanceOffer {
  id: string;
  side: LiveSide;
  /** Null while the package is incomplete: it takes part in no sum. */
  us: number | null;
  them: number | null;
}

export interface DanceMove {
  id: string;
  side: LiveSide;
  /** The side's 1st, 2nd, … offer. */
  round: number;
  us: number;
  them: number;
  /** Own value given up since the side's previous offer; null for its first offer. */
  concession: number | null;
  /** Their latest offer's value to us minus ours; null until both sides have one. */
  gap: number | null;
}

export type ConcessionTrend = 'shrinking' | 'growing' | 'steady' | 'none';

export interface SideSummary {
  offers: number;
  /** Concession sizes, in order (one per offer after the first). */
  concessions: number[];
  /** Sum of positive concessions. */
  total: number;
  trend: ConcessionTrend;
}

export interface Dance {
  moves: DanceMove[];
  ours: SideSummary;
  theirs: SideSummary;
  /** theirs.total / ours.total: 1 is even; null while we gave nothing. */
  reciprocity: number | null;
  /** Gap between the latest offers (value to us, ours − theirs); ≤ 0: their offer is as good as ours. */
  gap: number | null;
  /** First gap minus the latest: how much the sides closed. */
  closedBy: number | null;
  converging: boolean | null;
  /** At the average pace so far, offers until the gap closes; null if not closing. */
  offersToMeet: number | null;
}

function trendOf(concessions: number[]): ConcessionTrend {
  const moves = concessions.filter((c) => c > EPS);
  if (moves.length < 2) return 'none';
  const last = moves.slice(-3);
  const shrinking = last.every((c, i) => i === 0 || c < (last[i - 1] as number) - EPS);
  const growing = last.every((c, i) => i === 0 || c > (last[i - 1] as number) + EPS);
  return shrinking ? 'shrinking' : growing ? 'growing' : 'steady';
}

function summary(moves: DanceMove[], side: LiveSide): SideSummary {
  const own = moves.filter((m) => m.side === side);
  const concessions = own.flatMap((m) => (m.concession === null ? [] : [m.concession]));
  return {
    offers: own.length,
    concessions,
    total: concessions.reduce((sum, c) => sum + Math.max(0, c), 0),
    trend: trendOf(concessions),
  };
}

export function danceOf(offers: readonly DanceOffer[]): Dance {
  const moves: DanceMove[] = [];
  const last: Partial<Record<LiveSide, DanceMove>> = {};
  const rounds: Record<LiveSide, number> = { ours: 0, theirs: 0 };
  for (const offer of offers) {
    if (offer.us === null || offer.them === null) continue;
    const before = last[offer.side];
    const own = (v: { us: number; them: number }) => (offer.side === 'ours' ? v.us : v.them);
    rounds[offer.side] += 1;
    const move: DanceMove = {
      id: offer.id,
      side: offer.side,
      round: rounds[offer.side],
      us: offer.us,
      them: offer.them,
      concession: before ? own(before) - own({ us: offer.us, them: offer.them }) : null,
      gap: null,
    };
    last[offer.side] = move;
    if (last.ours && last.theirs) move.gap = last.ours.us - last.theirs.us;
    moves.push(move);
  }
  const ours = summary(moves, 'ours');
  const theirs = summary(moves, 'theirs');
  const gaps = moves.flatMap((m) => (m.gap === null ? [] : [m.gap]));
  const first = gaps[0];
  const latest = gaps.at(-1);
  const closedBy = first === undefined || latest === undefined ? null : first - latest;
  const steps = gaps.length - 1;
  const pace = closedBy !== null && steps > 0 ? closedBy / steps : null;
  return {
    moves,
    ours,
    theirs,
    reciprocity: ours.total > EPS ? theirs.total / ours.total : null,
    gap: latest ?? null,
    closedBy,
    converging: closedBy === null || steps === 0 ? null : closedBy > EPS,
    offersToMeet:
      latest === undefined ? null : latest <= EPS ? 0 : pace !== null && pace > EPS ? Math.ceil(latest / pace) : null,
  };
}

/** What the dance says in words; numbers only in `detail` (hidden in opaque mode). */
export function danceSignals(dance: Dance): { key: string; message: string }[] {
  const out: { key: string; message: string }[] = [];
  if (dance.theirs.trend === 'shrinking') {
    out.push({ key: 'theirs-shrinking', message: 'Their concessions are shrinking: they may be near their limit.' });
  }
  if (dance.ours.trend === 'growing') {
    out.push({
      key: 'ours-growing',
      message: 'Our concessions are getting bigger: slow down and ask for something back.',
    });
  }
  if (dance.reciprocity !== null && dance.reciprocity < 0.5 && dance.ours.concessions.length >= 1) {
    out.push({
      key: 'unreciprocated',
      message: 'We have conceded more than twice what they have. Ask before moving again.',
    });
  }
  if (dance.converging === false) out.push({ key: 'stalled', message: 'The gap between the offers is not closing.' });
  if (dance.gap !== null && dance.gap <= EPS) {
    out.push({ key: 'met', message: 'Their latest offer is at least as good for us as our own: close on it.' });
  }
  return out;
}

/**
 * A finished session, reduced for Insights: rounds (the larger side's number of offers),
 * how far the first offer was from the final package in value to us, who gave up more.
 */
export interface DanceSummary {
  rounds: number;
  firstOfferSide: LiveSide | null;
  firstOfferDistance: number | null;
  ourConceded: number;
  theirConceded: number;
}

export function danceSummary(dance: Dance, finalUs: number | null): DanceSummary {
  const first = dance.moves[0];
  return {
    rounds: Math.max(dance.ours.offers, dance.theirs.offers),
    firstOfferSide: first?.side ?? null,
    firstOfferDistance: first && finalUs !== null ? Math.abs(first.us - finalUs) : null,
    ourConceded: dance.ours.total,
    theirConceded: dance.theirs.total,
  };
}

/** A stored session's offers (in order), valued with the deal's issues as they are now. */
export function danceOfOffers(issues: readonly Issue[], offers: readonly LiveOffer[]): Dance {
  const plan = valuePlan(issues);
  const packages = fullPackages(offers);
  return danceOf(
    offers.map((offer, i) => {
      const { us, them } = scoreOffer(plan, packages[i] ?? {}, null);
      return { id: offer.id, side: offer.side, us, them };
    }),
  );
}
