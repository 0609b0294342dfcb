import { z } from 'zod';
import { debriefFieldsSchema, lessonFieldsSchema, MOMENT_SOURCES, momentFieldsSchema } from '../../core/debrief/model';
import { entityId } from '../../core/text';

/**
 * How the debrief's rows look in a deal file: the same field rules as the screens, plus
 * the columns the app owns. Strict, so a hostile file is refused whole.
 */
const timestamp = z.iso.datetime({ error: 'Timestamps must be ISO-8601 UTC' });
const position = z.number({ error: 'Position must be a number' }).min(0).max(100_000);

export const debriefFileRow = debriefFieldsSchema.extend({ updatedAt: timestamp });
export const agreementFileRow = z.strictObject({
  id: entityId('Row id'),
  issueId: entityId('Issue id'),
  optionId: entityId('Option id'),
});
export const momentFileRow = momentFieldsSchema.extend({
  id: entityId('Row id'),
  source: z.enum(MOMENT_SOURCES),
  ruleId: z.string().max(100).nullable(),
  position,
  createdAt: timestamp,
});
export const lessonFileRow = lessonFieldsSchema.extend({ id: entityId('Row id'), position, createdAt: timestamp });
