import { restoreBuiltIns } from '../../db/repositories/librarySeed';
import * as tradeables from '../../db/repositories/libraryTradeables';
import * as phrases from '../../db/repositories/phrases';
import { getTalkingPoints, setTalkingPoints } from '../../db/repositories/talkingPoints';
import { createDealFromTemplate, saveDealAsTemplate } from '../../db/repositories/templateDeals';
import * as templates from '../../db/repositories/templates';
import type { Handlers } from '../handlers';

export const templateHandlers = {
  'templates.list': (ctx) => templates.listTemplates(ctx.db),
  'templates.get': (ctx, { id }) => templates.getTemplate(ctx.db, id),
  'templates.create': (ctx, input) => templates.createTemplate(ctx.db, input),
  'templates.update': (ctx, { id, patch }) => templates.updateTemplate(ctx.db, id, patch),
  'templates.duplicate': (ctx, { id }) => templates.duplicateTemplate(ctx.db, id),
  'templates.delete': (ctx, { id }) => templates.deleteTemplate(ctx.db, id),
  'templates.restore': (ctx, input) => templates.restoreTemplate(ctx.db, input),
  'templates.reset': (ctx, { id }) => templates.resetTemplate(ctx.db, id),
  'templates.createDeal': (ctx, input) => createDealFromTemplate(ctx.db, input),
  'templates.saveDeal': (ctx, input) => saveDealAsTemplate(ctx.db, input),
} satisfies Handlers<'templates.'>;

export const tradeableHandlers = {
  'tradeables.list': (ctx) => tradeables.listLibraryTradeables(ctx.db),
  'tradeables.add': (ctx, input) => tradeables.addLibraryTradeable(ctx.db, input),
  'tradeables.update': (ctx, { id, patch }) => tradeables.updateLibraryTradeable(ctx.db, id, patch),
  'tradeables.delete': (ctx, { id }) => tradeables.deleteLibraryTradeable(ctx.db, id),
  'tradeables.restore': (ctx, input) => tradeables.restoreLibraryTradeable(ctx.db, input),
  'tradeables.reset': (ctx, { id }) => tradeables.resetLibraryTradeable(ctx.db, id),
  'tradeables.addToDeal': (ctx, { id, dealId }) => tradeables.addTradeableToDeal(ctx.db, id, dealId),
  'tradeables.fromIssue': (ctx, { issueId }) => tradeables.addIssueToLibrary(ctx.db, issueId),
} satisfies Handlers<'tradeables.'>;

export const phraseHandlers = {
  'phrases.list': (ctx) => phrases.listPhrases(ctx.db),
  'phrases.add': (ctx, input) => phrases.addPhrase(ctx.db, input),
  'phrases.update': (ctx, { id, patch }) => phrases.updatePhrase(ctx.db, id, patch),
  'phrases.delete': (ctx, { id }) => phrases.deletePhrase(ctx.db, id),
  'phrases.restore': (ctx, input) => phrases.restorePhrase(ctx.db, input),
  'phrases.reset': (ctx, { id }) => phrases.resetPhrase(ctx.db, id),
  'phrases.insert': (ctx, input) => phrases.insertPhrase(ctx.db, input),
} satisfies Handlers<'phrases.'>;

export const libraryHandlers = {
  'library.restoreBuiltIns': (ctx) => restoreBuiltIns(ctx.db),
} satisfies Handlers<'library.'>;

export const talkingPointHandlers = {
  'talkingPoints.get': (ctx, { dealId }) => getTalkingPoints(ctx.db, dealId),
  'talkingPoints.update': (ctx, { dealId, text }) => setTalkingPoints(ctx.db, dealId, text),
} satisfies Handlers<'talkingPoints.'>;
