import { CALCULATOR_DEFAULTS, calculatorSettingsPatchSchema } from '../../core/calculator';
import { calculatorSettings } from '../schema';
import { defineDealRecord } from './dealRows';

export const calculatorStore = defineDealRecord({
  table: calculatorSettings,
  defaults: CALCULATOR_DEFAULTS,
  patchSchema: calculatorSettingsPatchSchema,
});
