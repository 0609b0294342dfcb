import { calculatorStore } from '../../db/repositories/calculator';
import type { Handlers } from '../handlers';
import { recordHandlers } from './records';

export const calculatorHandlers = {
  ...recordHandlers('calculator', calculatorStore),
} satisfies Partial<Handlers>;
