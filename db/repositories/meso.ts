import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { notFound, UserError } from '../../core/errors';
import { placeSuggestions } from '../../core/meso/placement';
import {
  type AppliedSuggestions,
  type ApplySuggestions,
  applySuggestionsSchema,
  MAX_OFFERS_PER_KIND,
  MESO_SETTINGS_DEFAULTS,
  type MesoGrid,
  type MesoOffer,
  type MesoSettings,
  mesoSettingsPatchSchema,
  newOfferSchema,
  nextOfferLabel,
  type OfferChoices,
  type OfferKind,
  offerPatchSchema,
  type SetChoice,
  setChoiceSchema,
} from '../../core/mesoOffers';
import { nowIso } from '../../core/time';
import { assertLiveDeal, updateRow, writeDeal } from '../dealTables/write';
import type { ParleyDb } from '../parleyDb';
import { issueOptions, issues, mesoOfferChoices, mesoOffers, mesoSettings } from '../schema';
import { defineRowStore } from './dealRows';

type OfferRow = typeof mesoOffers.$inferSelect;

function choicesOf(db: ParleyDb, offerIds: string[]): Map<string, OfferChoices> {
  const byOffer = new Map<string, OfferChoices>(offerIds.map((id) => [id, {}]));
  if (offerIds.length === 0) return byOffer;
  // Picks of a deleted issue or option (in its undo window) read as not chosen, as after the purge.
  const rows = db
    .select({
      offerId: mesoOfferChoices.offerId,
      issueId: mesoOfferChoices.issueId,
      optionId: mesoOfferChoices.optionId,
    })
    .from(mesoOfferChoices)
    .innerJoin(issues, eq(issues.id, mesoOfferChoices.issueId))
    .innerJoin(issueOptions, eq(issueOptions.id, mesoOfferChoices.optionId))
    .where(and(inArray(mesoOfferChoices.offerId, offerIds), isNull(issues.deletedAt), isNull(issueOptions.deletedAt)))
    .all();
  for (const row of rows) {
    const choices = byOffer.get(row.offerId);
    if (choices) choices[row.issueId] = row.optionId;
  }
  return byOffer;
}

function offerRows(db: ParleyDb, dealId: string, kind?: OfferKind): OfferRow[] {
  return db
    .select()
    .from(mesoOffers)
    .where(
      and(eq(mesoOffers.dealId, dealId), isNull(mesoOffers.deletedAt), kind ? eq(mesoOffers.kind, kind) : undefined),
    )
    .orderBy(asc(mesoOffers.kind), asc(mesoOffers.position))
    .all();
}

function offerRow(db: ParleyDb, id: string): OfferRow {
  const row = db
    .select()
    .from(mesoOffers)
    .where(and(eq(mesoOffers.id, id), isNull(mesoOffers.deletedAt)))
    .get();
  if (!row) throw notFound('The offer');
  return row;
}

function toOffer(db: ParleyDb, { deletedAt: _deleted, ...row }: OfferRow): MesoOffer {
  return { ...row, choices: choicesOf(db, [row.id]).get(row.id) ?? {} };
}

export function listOffers(db: ParleyDb, dealId: string): MesoOffer[] {
  const rows = offerRows(db, dealId);
  const choices = choicesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map(({ deletedAt: _deleted, ...row }) => ({ ...row, choices: choices.get(row.id) ?? {} }));
}

export function getMesoSettings(db: ParleyDb, dealId: string): MesoSettings {
  assertLiveDeal(db, dealId);
  const row = db.select().from(mesoSettings).where(eq(mesoSettings.dealId, dealId)).get();
  if (!row) return { ...MESO_SETTINGS_DEFAULTS, dealId };
  const { updatedAt: _updated, ...settings } = row;
  return settings;
}

export function getMesoGrid(db: ParleyDb, dealId: string): MesoGrid {
  return { settings: getMesoSettings(db, dealId), offers: listOffers(db, dealId) };
}

export function updateMesoSettings(db: ParleyDb, dealId: string, patch: unknown): MesoSettings {
  const parsed = mesoSettingsPatchSchema.parse(patch);
  return writeDeal(db, dealId, (tx) => {
    const updatedAt = nowIso();
    tx.insert(mesoSettings)
      .values({ ...MESO_SETTINGS_DEFAULTS, ...parsed, dealId, updatedAt })
      .onConflictDoUpdate({ target: mesoSettings.dealId, set: { ...parsed, updatedAt } })
      .run();
    return getMesoSettings(tx, dealId);
  });
}

const invalidChoice = (message: string) => new UserError('invalid_input', message, { choices: message });

/** Every pick must name an issue of this deal and one of that issue's options. */
function checkChoices(db: ParleyDb, dealId: string, choices: OfferChoices): void {
  const issueIds = Object.keys(choices);
  if (issueIds.length === 0) return;
  const dealIssues = new Set(
    db
      .select({ id: issues.id })
      .from(issues)
      .where(and(eq(issues.dealId, dealId), inArray(issues.id, issueIds), isNull(issues.deletedAt)))
      .all()
      .map((r) => r.id),
  );
  const optionIssue = new Map(
    db
      .select({ id: issueOptions.id, issueId: issueOptions.issueId })
      .from(issueOptions)
      .where(and(inArray(issueOptions.id, Object.values(choices)), isNull(issueOptions.deletedAt)))
      .all()
      .map((r) => [r.id, r.issueId]),
  );
  for (const [issueId, optionId] of Object.entries(choices)) {
    if (!dealIssues.has(issueId)) throw invalidChoice('An offer names an issue that is not part of this deal.');
    if (optionIssue.get(optionId) !== issueId) {
      throw invalidChoice('An offer picks an option that is not one of that issue’s options.');
    }
  }
}

function writeChoices(db: ParleyDb, offerId: string, choices: OfferChoices): void {
  db.delete(mesoOfferChoices).where(eq(mesoOfferChoices.offerId, offerId)).run();
  for (const [issueId, optionId] of Object.entries(choices)) {
    db.insert(mesoOfferChoices).values({ offerId, issueId, optionId }).run();
  }
}

/**
 * The grid's columns (`rows.*`, table 'mesoOffers'), each read with its live picks. A new
 * offer is named after its siblings (A, B, C…) unless given a name; picks given with it (a
 * package from the chart) are checked against the deal's issues and count as the user's.
 */
export const offerStore = defineRowStore<typeof mesoOffers, MesoOffer>({
  table: mesoOffers,
  label: 'The offer',
  newSchema: newOfferSchema,
  patchSchema: offerPatchSchema,
  defaults: { label: '', fromName: '' },
  read: (db, rows) => {
    const choices = choicesOf(
      db,
      rows.map((r) => r.id),
    );
    return rows.map(({ deletedAt: _deleted, ...row }) => ({ ...row, choices: choices.get(row.id) ?? {} }));
  },
  beforeWrite: (tx, { values, current, dealId, extra }) => {
    if (current) return values;
    const kind = values.kind as OfferKind;
    const siblings = offerRows(tx, dealId, kind);
    if (siblings.length >= MAX_OFFERS_PER_KIND) {
      throw new UserError(
        'invalid_input',
        `A deal can hold at most ${MAX_OFFERS_PER_KIND} ${kind === 'ours' ? 'offers of yours' : 'received offers'}.`,
      );
    }
    const choices = (extra.choices ?? {}) as OfferChoices;
    checkChoices(tx, dealId, choices);
    return {
      ...values,
      label:
        (values.label as string) ||
        nextOfferLabel(
          kind,
          siblings.map((s) => s.label),
        ),
      editedByUser: Object.keys(choices).length > 0,
    };
  },
  writeExtra: (tx, row, extra) => writeChoices(tx, row.id, (extra.choices ?? {}) as OfferChoices),
});

/** One cell of the grid: the user picks (or clears) an option, which marks the offer as edited. */
export function setOfferChoice(db: ParleyDb, input: SetChoice): MesoOffer {
  const { offerId, issueId, optionId } = setChoiceSchema.parse(input);
  return writeDeal(
    db,
    (tx) => offerRow(tx, offerId).dealId,
    (tx) => {
      const row = offerRow(tx, offerId);
      if (optionId === null) {
        const issue = tx.select({ dealId: issues.dealId }).from(issues).where(eq(issues.id, issueId)).get();
        if (issue?.dealId !== row.dealId) throw invalidChoice('An offer names an issue that is not part of this deal.');
        tx.delete(mesoOfferChoices)
          .where(and(eq(mesoOfferChoices.offerId, offerId), eq(mesoOfferChoices.issueId, issueId)))
          .run();
      } else {
        checkChoices(tx, row.dealId, { [issueId]: optionId });
        tx.insert(mesoOfferChoices)
          .values({ offerId, issueId, optionId })
          .onConflictDoUpdate({ target: [mesoOfferChoices.offerId, mesoOfferChoices.issueId], set: { optionId } })
          .run();
      }
      updateRow(tx, 'mesoOffers', offerId, { editedByUser: true });
      return toOffer(tx, offerRow(tx, offerId));
    },
  );
}

/**
 * "Suggest offers": fills our offers in order with the suggested packages, adding columns
 * when there are more packages than offers. An offer the user edited is replaced only with
 * `replaceEdited`; otherwise it keeps its picks and the next package goes to the next offer.
 * A replaced offer the user had named is named by letter again (its name spoke of the old picks).
 */
export function applySuggestions(db: ParleyDb, input: ApplySuggestions): AppliedSuggestions {
  const parsed = applySuggestionsSchema.parse(input);
  return writeDeal(db, parsed.dealId, (tx) => {
    for (const choices of parsed.packages) checkChoices(tx, parsed.dealId, choices);
    const ours = listOffers(tx, parsed.dealId).filter((o) => o.kind === 'ours');
    const placed = placeSuggestions(ours, parsed.packages, parsed.replaceEdited);
    for (const { offerId, choices, label } of placed.replace) {
      writeChoices(tx, offerId, choices);
      updateRow(tx, 'mesoOffers', offerId, { label, editedByUser: false });
    }
    // New columns for the packages left over; the picks are the suggestion's, not the user's.
    for (const choices of placed.add)
      writeChoices(tx, offerStore.create(tx, parsed.dealId, { kind: 'ours' }).id, choices);
    return {
      grid: getMesoGrid(tx, parsed.dealId),
      replaced: placed.replace.length,
      added: placed.add.length,
      keptEdited: placed.kept,
    };
  });
}
