import { z } from 'zod';
import {
  type AppliedSuggestions,
  applySuggestionsSchema,
  type MesoGrid,
  type MesoOffer,
  type MesoSettings,
  mesoSettingsPatchSchema,
  newOfferSchema,
  offerPatchSchema,
  setChoiceSchema,
} from '../../core/mesoOffers';
import { entityId } from '../../core/text';
import { mutation, query } from '../procedure';

/** MESO grid: our offers, received offers, and how suggestions are made. */
export const mesoContract = {
  'meso.grid': query(z.strictObject({ dealId: entityId('Deal id') }))<MesoGrid>(),
  'meso.updateSettings': mutation(
    z.strictObject({ dealId: entityId('Deal id'), patch: mesoSettingsPatchSchema }),
  )<MesoSettings>(),
  'meso.addOffer': mutation(newOfferSchema)<MesoOffer>(),
  'meso.updateOffer': mutation(z.strictObject({ id: entityId('Offer id'), patch: offerPatchSchema }))<MesoOffer>(),
  'meso.setChoice': mutation(setChoiceSchema)<MesoOffer>(),
  'meso.deleteOffer': mutation(z.strictObject({ id: entityId('Offer id') }))<{ id: string }>(),
  'meso.restoreOffer': mutation(z.strictObject({ id: entityId('Offer id') }))<MesoOffer>(),
  'meso.applySuggestions': mutation(applySuggestionsSchema)<AppliedSuggestions>(),
};
