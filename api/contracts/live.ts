import { z } from 'zod';
import {
  fillDebriefSchema,
  type LiveEntry,
  type LiveOffer,
  type LiveSessionView,
  liveEntryPatchSchema,
  liveOfferPatchSchema,
  newLiveEntrySchema,
  newLiveOfferSchema,
  setAuthoritySchema,
} from '../../core/live/model';
import { entityId } from '../../core/text';
import { mutation, query } from '../procedure';

const dealRef = z.strictObject({ dealId: entityId('Deal id') });
const sessionRef = z.strictObject({ sessionId: entityId('Session id') });
const rowRef = z.strictObject({ id: entityId('Row id') });

/** At the table: the running session, its offers and entries, and handing it to the debrief. */
export const liveContract = {
  /** The deal's running session, started if there is none. */
  'live.open': mutation(dealRef)<LiveSessionView>(),
  'live.session': query(sessionRef)<LiveSessionView>(),
  'live.history': query(dealRef)<LiveSessionView[]>(),
  'live.addOffer': mutation(newLiveOfferSchema)<LiveOffer>(),
  'live.correctOffer': mutation(z.strictObject({ id: entityId('Row id'), patch: liveOfferPatchSchema }))<LiveOffer>(),
  'live.strikeOffer': mutation(rowRef)<{ id: string }>(),
  'live.addEntry': mutation(newLiveEntrySchema)<LiveEntry>(),
  'live.correctEntry': mutation(z.strictObject({ id: entityId('Row id'), patch: liveEntryPatchSchema }))<LiveEntry>(),
  'live.strikeEntry': mutation(rowRef)<{ id: string }>(),
  'live.setAuthority': mutation(setAuthoritySchema)<LiveSessionView>(),
  'live.end': mutation(sessionRef)<LiveSessionView>(),
  'live.fillDebrief': mutation(fillDebriefSchema)<LiveSessionView>(),
};
