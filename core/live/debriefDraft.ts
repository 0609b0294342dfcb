/**
 * What ending a session proposes for the debrief: the final package as the agreement, the
 * tagged moments with the stage they happened in, and the concessions given and received.
 * The user confirms (and may edit the agreement) instead of retyping any of it.
 */
import type { MomentFields } from '../debrief/model';
import type { MomentType } from '../debrief/momentCatalogue';
import { type LiveEntry, type LiveOffer, momentPhaseOf } from './model';
import { fullPackages } from './packages';

export interface DebriefDraft {
  /** Issue id → option id of the last offer's full package; empty when no offer was made. */
  agreement: Record<string, string>;
  /** The side whose offer was last on the table. */
  lastOfferBy: LiveOffer['side'] | null;
  moments: (MomentFields & { entryId: string })[];
  concessions: LiveEntry[];
  notes: LiveEntry[];
}

const EFFECT_OF = { positive: 1, negative: -1, neutral: 0 } as const;

/** Offers and entries in the order they were made (the position is the order of entry). */
export const inOrder = <T extends { position: number }>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => a.position - b.position);

export function finalPackage(offers: readonly LiveOffer[]): Record<string, string> {
  return fullPackages(inOrder(offers)).at(-1) ?? {};
}

export function debriefDraft(
  offers: readonly LiveOffer[],
  entries: readonly LiveEntry[],
  catalogue: readonly MomentType[],
): DebriefDraft {
  const ordered = inOrder(entries);
  const moments = ordered
    .filter((e) => e.kind === 'moment' && e.typeKey !== '')
    .map((e) => {
      const polarity = catalogue.find((t) => t.key === e.typeKey)?.polarity ?? 'neutral';
      return {
        entryId: e.id,
        phase: momentPhaseOf(e.phase),
        typeKey: e.typeKey,
        quote: e.text,
        effect: EFFECT_OF[polarity],
        lesson: '',
      };
    });
  return {
    agreement: finalPackage(offers),
    lastOfferBy: inOrder(offers).at(-1)?.side ?? null,
    moments,
    concessions: ordered.filter((e) => e.kind === 'concession'),
    notes: ordered.filter((e) => e.kind === 'note'),
  };
}
