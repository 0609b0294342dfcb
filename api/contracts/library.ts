import { z } from 'zod';
import type { Deal } from '../../core/deal';
import type { Issue } from '../../core/issues';
import {
  newPhraseSchema,
  type Phrase,
  phraseInsertSchema,
  phrasePatchSchema,
  phraseRestoreSchema,
} from '../../core/library/phrases';
import {
  type DealTemplate,
  newDealFromTemplateSchema,
  saveAsTemplateSchema,
  templateFieldsSchema,
  templatePatchSchema,
  templateRestoreSchema,
} from '../../core/library/templates';
import {
  type LibraryTradeable,
  libraryTradeablePatchSchema,
  libraryTradeableRestoreSchema,
  newLibraryTradeableSchema,
} from '../../core/library/tradeables';
import { type TalkingPoints, talkingPointsUpdateSchema } from '../../core/talkingPoints';
import { entityId } from '../../core/text';
import { mutation, query } from '../procedure';

const none = z.strictObject({});
const ref = (label: string) => z.strictObject({ id: entityId(label) });

/** The library: deal templates, the tradeables library, the phrase bank, and a deal's "What to say". */
export const libraryContract = {
  'templates.list': query(none)<DealTemplate[]>(),
  'templates.get': query(ref('Template id'))<DealTemplate>(),
  'templates.create': mutation(templateFieldsSchema)<DealTemplate>(),
  'templates.update': mutation(
    z.strictObject({ id: entityId('Template id'), patch: templatePatchSchema }),
  )<DealTemplate>(),
  'templates.duplicate': mutation(ref('Template id'))<DealTemplate>(),
  'templates.delete': mutation(ref('Template id'))<DealTemplate>(),
  'templates.restore': mutation(templateRestoreSchema)<DealTemplate>(),
  'templates.reset': mutation(ref('Template id'))<DealTemplate>(),
  /** New deal from template: the deal and all its rows in one transaction. */
  'templates.createDeal': mutation(newDealFromTemplateSchema)<Deal>(),
  'templates.saveDeal': mutation(saveAsTemplateSchema)<DealTemplate>(),

  'tradeables.list': query(none)<LibraryTradeable[]>(),
  'tradeables.add': mutation(newLibraryTradeableSchema)<LibraryTradeable>(),
  'tradeables.update': mutation(
    z.strictObject({ id: entityId('Tradeable id'), patch: libraryTradeablePatchSchema }),
  )<LibraryTradeable>(),
  'tradeables.delete': mutation(ref('Tradeable id'))<LibraryTradeable>(),
  'tradeables.restore': mutation(libraryTradeableRestoreSchema)<LibraryTradeable>(),
  'tradeables.reset': mutation(ref('Tradeable id'))<LibraryTradeable>(),
  'tradeables.addToDeal': mutation(
    z.strictObject({ id: entityId('Tradeable id'), dealId: entityId('Deal id') }),
  )<Issue>(),
  'tradeables.fromIssue': mutation(z.strictObject({ issueId: entityId('Issue id') }))<LibraryTradeable>(),

  'phrases.list': query(none)<Phrase[]>(),
  'phrases.add': mutation(newPhraseSchema)<Phrase>(),
  'phrases.update': mutation(z.strictObject({ id: entityId('Phrase id'), patch: phrasePatchSchema }))<Phrase>(),
  'phrases.delete': mutation(ref('Phrase id'))<Phrase>(),
  'phrases.restore': mutation(phraseRestoreSchema)<Phrase>(),
  'phrases.reset': mutation(ref('Phrase id'))<Phrase>(),
  /** Fills a phrase from the deal's issues and appends it to the deal's "What to say". */
  'phrases.insert': mutation(phraseInsertSchema)<TalkingPoints>(),

  /** Puts back every built-in template, tradeable and phrase the user deleted. */
  'library.restoreBuiltIns': mutation(none)<{ added: number }>(),

  'talkingPoints.get': query(z.strictObject({ dealId: entityId('Deal id') }))<TalkingPoints>(),
  'talkingPoints.update': mutation(talkingPointsUpdateSchema)<TalkingPoints>(),
};
