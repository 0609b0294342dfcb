import { z } from 'zod';
import {
  type AppliedSuggestions,
  applySuggestionsSchema,
  type MesoGrid,
  type MesoOffer,
  type MesoSettings,
  mesoSettingsPatchSchema,
  setChoiceSchema,
} from '../../core/mesoOffers';
import { entityId } from '../../core/text';
import { mutation, query } from '../procedure';

/**
 * MESO grid: its settings, our offers and received offers as one read, and the domain verbs
 * on them. The offers themselves are rows (`rows.*`, table 'mesoOffers').
 */
export const mesoContract = {
  'meso.grid': query(z.strictObject({ dealId: entityId('Deal id') }))<MesoGrid>(),
  'meso.updateSettings': mutation(
    z.strictObject({ dealId: entityId('Deal id'), patch: mesoSettingsPatchSchema }),
  )<MesoSettings>(),
  'meso.setChoice': mutation(setChoiceSchema)<MesoOffer>(),
  'meso.applySuggestions': mutation(applySuggestionsSchema)<AppliedSuggestions>(),
};
