import { z } from 'zod';
import { score } from './numbers';
import { calendarDate, entityId, longText, shortText, TEXT_LIMITS } from './text';

/**
 * Offers on the MESO grid: packages we plan to put on the table together ("ours"), and
 * packages the other side (or, in procurement, each supplier) put on the table ("received").
 * An offer picks at most one option per issue; a missing pick leaves the offer incomplete.
 */
export const OFFER_KINDS = ['ours', 'received'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

/** A deal holds a handful of offers; the limit keeps a runaway script from filling the grid. */
export const MAX_OFFERS_PER_KIND = 26;

const offerLabel = z
  .string({ error: 'Offer name must be text' })
  .trim()
  .max(40, 'Offer name must be at most 40 characters');

export const offerFieldsSchema = z.strictObject({
  label: offerLabel,
  /** Who proposed a received offer (a supplier's name); empty for our own offers. */
  fromName: shortText('From').max(TEXT_LIMITS.name, `From must be at most ${TEXT_LIMITS.name} characters`),
});
export type OfferFields = z.infer<typeof offerFieldsSchema>;
export const offerPatchSchema = offerFieldsSchema.partial();
export type OfferPatch = z.infer<typeof offerPatchSchema>;

/** Issue id → option id. */
export type OfferChoices = Record<string, string>;

export interface MesoOffer extends OfferFields {
  id: string;
  dealId: string;
  kind: OfferKind;
  position: number;
  /** True once the user picked an option by hand; suggestions then ask before replacing it. */
  editedByUser: boolean;
  createdAt: string;
  updatedAt: string;
  choices: OfferChoices;
}

const choicesSchema = z
  .record(entityId('Issue id'), entityId('Option id'), { error: 'Choices must map issue ids to option ids' })
  .refine((choices) => Object.keys(choices).length <= 500, 'At most 500 choices');

/** A new column of the grid (`rows.create`, table 'mesoOffers'). */
export const newOfferSchema = offerFieldsSchema.partial().extend({
  kind: z.enum(OFFER_KINDS, { error: 'Kind must be ours or received' }),
  /** Starting picks (e.g. a frontier package added from the chart): they count as the user's. */
  choices: choicesSchema.optional(),
});
/** An offer as the registry knows it: its columns, and its picks kept in meso_offer_choices. */
export const offerRowFieldsSchema = offerFieldsSchema.extend({ choices: choicesSchema });
export type NewOffer = z.infer<typeof newOfferSchema>;

export const setChoiceSchema = z.strictObject({
  offerId: entityId('Offer id'),
  issueId: entityId('Issue id'),
  /** Null clears the pick. */
  optionId: entityId('Option id').nullable(),
});
export type SetChoice = z.infer<typeof setChoiceSchema>;

export const applySuggestionsSchema = z.strictObject({
  dealId: entityId('Deal id'),
  packages: z.array(choicesSchema).max(MAX_OFFERS_PER_KIND, `At most ${MAX_OFFERS_PER_KIND} offers`),
  /** Without it, offers the user edited by hand are never replaced. */
  replaceEdited: z.boolean({ error: 'Replace edited must be true or false' }),
});
export type ApplySuggestions = z.infer<typeof applySuggestionsSchema>;

export const MAX_TOLERANCE = 50;

/** How suggestions are made: around which value to us, how close, never below what. */
export const mesoSettingsFieldsSchema = z.strictObject({
  /** Null: midway between our walk-away value and the best package for us. */
  targetPoints: score('Target').nullable(),
  tolerance: z
    .number({ error: 'Tolerance must be a number' })
    .min(0, 'Tolerance cannot be negative')
    .max(MAX_TOLERANCE, `Tolerance must be at most ${MAX_TOLERANCE} points`),
  /** Null: our BATNA in points, when the BATNA step has one. */
  floorPoints: score('Floor').nullable(),
  suggestCount: z
    .number({ error: 'Number of offers must be a number' })
    .int('Number of offers must be a whole number')
    .min(2, 'Suggest at least 2 offers')
    .max(6, 'Suggest at most 6 offers'),
  /** The offer sheet's sender line ("Anna Berg, Key account manager, Nordnet AS"). */
  offerSender: shortText('Sender'),
  offerDate: calendarDate('Offer date').nullable(),
  offerValidUntil: calendarDate('Valid until').nullable(),
  /** What the prices assume: volumes, term, scope. */
  offerBasis: longText('Basis of the offer').refine((t) => t.length <= 1000, 'Basis must be at most 1000 characters'),
});
export type MesoSettingsFields = z.infer<typeof mesoSettingsFieldsSchema>;
export const mesoSettingsPatchSchema = mesoSettingsFieldsSchema.partial();

export interface MesoSettings extends MesoSettingsFields {
  dealId: string;
}

export const MESO_SETTINGS_DEFAULTS: MesoSettingsFields = {
  targetPoints: null,
  tolerance: 3,
  floorPoints: null,
  suggestCount: 3,
  offerSender: '',
  offerDate: null,
  offerValidUntil: null,
  offerBasis: '',
};

/** Everything the MESO screen reads about a deal in one go. */
export interface MesoGrid {
  settings: MesoSettings;
  offers: MesoOffer[];
}

export interface AppliedSuggestions {
  grid: MesoGrid;
  replaced: number;
  added: number;
  /** Offers the user edited by hand and that were left as they were. */
  keptEdited: number;
}

/** The names the grid gives offers of a kind, in order: A, B, …, Z (Received A, …), then a plain word. */
function givenOfferLabels(kind: OfferKind): string[] {
  const letters = Array.from({ length: MAX_OFFERS_PER_KIND }, (_, k) => String.fromCharCode(65 + k));
  return [
    ...letters.map((letter) => (kind === 'ours' ? letter : `Received ${letter}`)),
    kind === 'ours' ? 'Offer' : 'Received',
  ];
}

/** A, B, …, Z: the first letter no offer of this kind is called yet. */
export function nextOfferLabel(kind: OfferKind, taken: readonly string[]): string {
  const used = new Set(taken.map((label) => label.trim().toLowerCase()));
  const given = givenOfferLabels(kind);
  return given.slice(0, -1).find((label) => !used.has(label.toLowerCase())) ?? (given.at(-1) as string);
}

/** A name the grid gave (A, Received B, …), as opposed to one the user wrote about the offer's contents. */
export function isGivenOfferLabel(kind: OfferKind, label: string): boolean {
  const name = label.trim().toLowerCase();
  return givenOfferLabels(kind).some((given) => given.toLowerCase() === name);
}
