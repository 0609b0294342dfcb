import { type CalculatorSettings, calculatorSettingsPatchSchema } from '../../core/calculator';
import { recordProcedures } from './records';

/** The deal calculator's settings: list price, cost of capital, fallback term and payment terms. */
export const calculatorContract = {
  ...recordProcedures('calculator', calculatorSettingsPatchSchema)<CalculatorSettings>(),
};
