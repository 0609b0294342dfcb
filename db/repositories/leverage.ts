import {
  LEVERAGE_ACTION_DEFAULTS,
  LEVERAGE_ITEM_DEFAULTS,
  type LeverageAction,
  type LeverageItem,
  leverageActionPatchSchema,
  leverageItemPatchSchema,
  NO_DEAL_DEFAULTS,
  newLeverageActionSchema,
  newLeverageItemSchema,
  noDealAssessmentPatchSchema,
} from '../../core/leverage';
import { leverageActions, leverageItems, noDealAssessments } from '../schema';
import { defineDealRecord, defineRowStore } from './dealRows';

export const leverageItemStore = defineRowStore<typeof leverageItems, LeverageItem>({
  table: leverageItems,
  label: 'The leverage item',
  newSchema: newLeverageItemSchema,
  patchSchema: leverageItemPatchSchema,
  defaults: LEVERAGE_ITEM_DEFAULTS,
});

export const leverageActionStore = defineRowStore<typeof leverageActions, LeverageAction>({
  table: leverageActions,
  label: 'The action',
  newSchema: newLeverageActionSchema,
  patchSchema: leverageActionPatchSchema,
  defaults: LEVERAGE_ACTION_DEFAULTS,
});

export const noDealStore = defineDealRecord({
  table: noDealAssessments,
  defaults: NO_DEAL_DEFAULTS,
  patchSchema: noDealAssessmentPatchSchema,
});
