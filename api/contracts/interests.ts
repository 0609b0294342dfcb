import { z } from 'zod';
import {
  type DiagnosticQuestion,
  type Interest,
  type InterestsMap,
  interestFieldsSchema,
  newPartyRowSchema,
  newQuestionSchema,
  type Position,
  positionFieldsSchema,
  questionFieldsSchema,
} from '../../core/interests';
import { entityId } from '../../core/text';
import { mutation, query } from '../procedure';

const rowRef = z.strictObject({ id: entityId('Row id') });
const patchOf = <S extends z.ZodType>(patch: S) => z.strictObject({ id: entityId('Row id'), patch });

/** Interests vs positions: what each party says it wants, why, and what to ask to find out. */
export const interestContract = {
  'interests.get': query(z.strictObject({ dealId: entityId('Deal id') }))<InterestsMap>(),
  'interests.addPosition': mutation(newPartyRowSchema)<Position>(),
  'interests.updatePosition': mutation(patchOf(positionFieldsSchema.partial()))<Position>(),
  'interests.deletePosition': mutation(rowRef)<{ id: string }>(),
  'interests.restorePosition': mutation(rowRef)<Position>(),
  'interests.add': mutation(newPartyRowSchema)<Interest>(),
  'interests.update': mutation(patchOf(interestFieldsSchema.partial()))<Interest>(),
  'interests.delete': mutation(rowRef)<{ id: string }>(),
  'interests.restore': mutation(rowRef)<Interest>(),
  'interests.addQuestion': mutation(newQuestionSchema)<DiagnosticQuestion>(),
  'interests.updateQuestion': mutation(patchOf(questionFieldsSchema.partial()))<DiagnosticQuestion>(),
  'interests.deleteQuestion': mutation(rowRef)<{ id: string }>(),
  'interests.restoreQuestion': mutation(rowRef)<DiagnosticQuestion>(),
};
