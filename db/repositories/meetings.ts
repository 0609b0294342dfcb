import {
  AGENDA_ITEM_DEFAULTS,
  AGENDA_QUESTION_DEFAULTS,
  type AgendaItem,
  type AgendaQuestion,
  agendaItemPatchSchema,
  agendaQuestionPatchSchema,
  COMMITMENT_DEFAULTS,
  type Commitment,
  commitmentPatchSchema,
  MEETING_DEFAULTS,
  type Meeting,
  meetingPatchSchema,
  newAgendaItemSchema,
  newAgendaQuestionSchema,
  newCommitmentSchema,
  newMeetingSchema,
} from '../../core/meeting';
import { agendaItems, agendaQuestions, commitments, diagnosticQuestions, meetings } from '../schema';
import { defineRowStore } from './dealRows';

export const meetingStore = defineRowStore<typeof meetings, Meeting>({
  table: meetings,
  label: 'The meeting',
  newSchema: newMeetingSchema,
  patchSchema: meetingPatchSchema,
  defaults: MEETING_DEFAULTS,
});

export const agendaItemStore = defineRowStore<typeof agendaItems, AgendaItem>({
  table: agendaItems,
  label: 'The agenda item',
  newSchema: newAgendaItemSchema,
  patchSchema: agendaItemPatchSchema,
  defaults: AGENDA_ITEM_DEFAULTS,
  references: [{ field: 'meetingId', table: meetings, label: 'The meeting' }],
});

export const agendaQuestionStore = defineRowStore<typeof agendaQuestions, AgendaQuestion>({
  table: agendaQuestions,
  label: 'The agenda question',
  newSchema: newAgendaQuestionSchema,
  patchSchema: agendaQuestionPatchSchema,
  defaults: AGENDA_QUESTION_DEFAULTS,
  references: [
    { field: 'agendaItemId', table: agendaItems, label: 'The agenda item' },
    { field: 'questionId', table: diagnosticQuestions, label: 'The question' },
  ],
});

export const commitmentStore = defineRowStore<typeof commitments, Commitment>({
  table: commitments,
  label: 'The commitment',
  newSchema: newCommitmentSchema,
  patchSchema: commitmentPatchSchema,
  defaults: COMMITMENT_DEFAULTS,
  references: [{ field: 'meetingId', table: meetings, label: 'The meeting' }],
});
