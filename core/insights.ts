/**
 * Insights across every debriefed deal: pure aggregations over one record per deal.
 * The repository builds the records (values, value left, reciprocity are computed per
 * deal with the debrief modules); everything here is counting and averaging.
 */
import { z } from 'zod';
import { DEAL_CONTEXTS, type DealContext } from './deal';
import type { DebriefOutcome } from './debrief/model';
import type { MomentType, Polarity } from './debrief/momentCatalogue';
import type { DanceSummary } from './live/dance';
import { calendarDate } from './text';

export interface DebriefedDeal {
  dealId: string;
  title: string;
  context: DealContext;
  outcome: DebriefOutcome;
  /** The closing date, or the day the debrief was last edited when none was set. */
  date: string;
  /** Value of the agreed package to us (points); null when not computable or no deal. */
  valueUs: number | null;
  /** Points more the best frontier package at least as good for them would have given us. */
  valueLeft: number | null;
  integrative: boolean | null;
  /** Reservation (0 %) → target (100 %) on the main issue. */
  achievement: number | null;
  days: number | null;
  reciprocity: number | null;
  moments: { typeKey: string; effect: number }[];
  /** The offers logged at the table, reduced; null (or absent) when none were. */
  dance?: DanceSummary | null;
}

/** The negotiation dance across deals with offers logged at the table. */
export interface DanceInsights {
  deals: number;
  averageRounds: number | null;
  /** How far (points of value to us) the first offer was from the final agreement, on average. */
  averageFirstOfferDistance: number | null;
  weConcededMore: number;
  theyConcededMore: number;
  even: number;
}

export function danceInsights(deals: readonly DebriefedDeal[]): DanceInsights {
  const danced = deals.flatMap((d) => (d.dance && d.dance.rounds > 0 ? [d.dance] : []));
  const EPS = 1e-9;
  return {
    deals: danced.length,
    averageRounds: mean(danced.map((d) => d.rounds)),
    averageFirstOfferDistance: mean(danced.map((d) => d.firstOfferDistance)),
    weConcededMore: danced.filter((d) => d.ourConceded > d.theirConceded + EPS).length,
    theyConcededMore: danced.filter((d) => d.theirConceded > d.ourConceded + EPS).length,
    even: danced.filter((d) => Math.abs(d.ourConceded - d.theirConceded) <= EPS).length,
  };
}

export const insightsFilterSchema = z
  .strictObject({
    context: z.enum(DEAL_CONTEXTS, { error: `Context must be one of: ${DEAL_CONTEXTS.join(', ')}` }).nullable(),
    from: calendarDate('From date').nullable(),
    to: calendarDate('To date').nullable(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: 'The "from" date must be on or before the "to" date',
    path: ['to'],
  });
export type InsightsFilter = z.infer<typeof insightsFilterSchema>;

export interface ContextRow {
  context: DealContext;
  deals: number;
  agreed: number;
  /** agreed / deals, 0..1. */
  winRate: number;
  /** Average achievement against target (%), over deals where it is known. */
  averageAchievement: number | null;
}

export interface MomentCount {
  typeKey: string;
  label: string;
  polarity: Polarity;
  count: number;
}

export interface Insights {
  deals: number;
  agreed: number;
  winRate: number | null;
  byContext: ContextRow[];
  /** Share of agreements classified integrative, over agreements where it is known. */
  integrativeShare: number | null;
  averageValueLeft: number | null;
  averageDays: number | null;
  topNegative: MomentCount[];
  topPositive: MomentCount[];
  /** One point per deal with a concession review, oldest first. */
  reciprocityOverTime: { date: string; title: string; ratio: number }[];
  dance: DanceInsights;
  /** The deals behind the figures, newest first. */
  rows: DebriefedDeal[];
}

const mean = (values: (number | null)[]): number | null => {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
};

export function filterDeals(deals: readonly DebriefedDeal[], filter: InsightsFilter): DebriefedDeal[] {
  return deals.filter(
    (d) =>
      (filter.context === null || d.context === filter.context) &&
      (filter.from === null || d.date >= filter.from) &&
      (filter.to === null || d.date <= filter.to),
  );
}

/** Moment types ranked by how often they were tagged; ties by label for a stable order. */
export function momentRanking(
  deals: readonly DebriefedDeal[],
  catalogue: readonly MomentType[],
  polarity: Polarity,
  limit = 5,
): MomentCount[] {
  // A moment counts by the effect the user tagged (−1 lost some leverage), not by its
  // type's usual polarity: a "neutral" type tagged −1 still cost something. Only a moment
  // left at 0 falls back to its type's polarity.
  const typePolarity = new Map(catalogue.map((t) => [t.key, t.polarity]));
  const counts = new Map<string, number>();
  for (const deal of deals)
    for (const m of deal.moments) {
      const sign = m.effect < 0 ? 'negative' : m.effect > 0 ? 'positive' : typePolarity.get(m.typeKey);
      if (sign === polarity) counts.set(m.typeKey, (counts.get(m.typeKey) ?? 0) + 1);
    }
  return [...counts]
    .map(([typeKey, count]) => {
      const type = catalogue.find((t) => t.key === typeKey);
      return { typeKey, label: type?.label ?? 'A removed moment type', polarity, count };
    })
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, limit);
}

export function computeInsights(
  all: readonly DebriefedDeal[],
  filter: InsightsFilter,
  catalogue: readonly MomentType[],
): Insights {
  const deals = filterDeals(all, filter);
  const agreed = deals.filter((d) => d.outcome === 'agreed');
  const byContext = DEAL_CONTEXTS.flatMap((context): ContextRow[] => {
    const inContext = deals.filter((d) => d.context === context);
    if (inContext.length === 0) return [];
    const won = inContext.filter((d) => d.outcome === 'agreed').length;
    return [
      {
        context,
        deals: inContext.length,
        agreed: won,
        winRate: won / inContext.length,
        averageAchievement: mean(inContext.map((d) => d.achievement)),
      },
    ];
  });
  const classified = agreed.filter((d) => d.integrative !== null);
  return {
    deals: deals.length,
    agreed: agreed.length,
    winRate: deals.length === 0 ? null : agreed.length / deals.length,
    byContext,
    integrativeShare:
      classified.length === 0 ? null : classified.filter((d) => d.integrative).length / classified.length,
    averageValueLeft: mean(agreed.map((d) => d.valueLeft)),
    averageDays: mean(deals.map((d) => d.days)),
    topNegative: momentRanking(deals, catalogue, 'negative'),
    topPositive: momentRanking(deals, catalogue, 'positive'),
    reciprocityOverTime: deals
      .filter((d): d is DebriefedDeal & { reciprocity: number } => d.reciprocity !== null)
      .map((d) => ({ date: d.date, title: d.title, ratio: d.reciprocity }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title)),
    dance: danceInsights(deals),
    rows: [...deals].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title)),
  };
}

/** What the workspace reminds the user of while preparing a deal. */
export interface LessonReminders {
  /** Lessons of this user's own debriefed deals (a deal), and colleagues' shared lessons (an author). */
  lessons: {
    id: string;
    text: string;
    tag: string;
    dealId: string | null;
    dealTitle: string | null;
    /** The colleague who shared it with the team; null for a lesson of one's own deal. */
    author: string | null;
    date: string;
  }[];
  /** The negative moment types this user tags most often, across all debriefed deals. */
  frequentMistakes: (MomentCount & { description: string })[];
}

export function frequentMistakes(
  deals: readonly DebriefedDeal[],
  catalogue: readonly MomentType[],
  limit = 3,
): LessonReminders['frequentMistakes'] {
  return momentRanking(deals, catalogue, 'negative', limit).map((m) => ({
    ...m,
    description: catalogue.find((t) => t.key === m.typeKey)?.description ?? '',
  }));
}
