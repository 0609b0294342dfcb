import { z } from 'zod';
import type { DealRow } from '../scales';
import { calendarDate, entityId, longText, shortText } from '../text';

/**
 * The meeting plan: one or more meetings with the counterpart, each with a time-boxed
 * agenda in the order a value-creating talk runs (explore interests → put MESOs on the
 * table → trade → formalise), the questions to ask, what we say and keep to ourselves,
 * and the next steps both sides commit to.
 */

/** The sequence of the talk; an agenda item belongs to one phase. */
export const MEETING_PHASES = ['explore', 'propose', 'trade', 'formalise'] as const;
export type MeetingPhase = (typeof MEETING_PHASES)[number];
export const MEETING_PHASE_LABELS: Record<MeetingPhase, string> = {
  explore: 'Explore interests',
  propose: 'Put MESOs on the table',
  trade: 'Trade',
  formalise: 'Formalise',
};

/** A meeting lasts at most a (long) working day. */
export const MAX_MEETING_MINUTES = 12 * 60;

const minutes = (label: string) =>
  z
    .number({ error: `${label} must be a number of minutes` })
    .int(`${label} must be whole minutes`)
    .min(0, `${label} cannot be negative`)
    .max(MAX_MEETING_MINUTES, `${label} must be at most ${MAX_MEETING_MINUTES} minutes`);

/** "14:30"; empty when the time is not set yet. */
export const timeOfDay = (label: string) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d)?$/, `${label} must be a time written HH:MM (24-hour)`);

export const meetingFieldsSchema = z.strictObject({
  title: shortText('Meeting').max(200, 'Meeting must be at most 200 characters'),
  date: calendarDate('Date').nullable(),
  time: timeOfDay('Time'),
  durationMinutes: minutes('Duration').nullable(),
  /** Where, or over which channel: their office, video call, phone. */
  location: shortText('Where'),
  /** The first words we say, after the greetings. */
  opening: longText('Opening statement'),
  disclose: longText('What we disclose'),
  withhold: longText('What we will not disclose'),
});
export type MeetingFields = z.infer<typeof meetingFieldsSchema>;
export const newMeetingSchema = meetingFieldsSchema.partial();
export const meetingPatchSchema = meetingFieldsSchema.partial();
export const MEETING_DEFAULTS: MeetingFields = {
  title: '',
  date: null,
  time: '',
  durationMinutes: 60,
  location: '',
  opening: '',
  disclose: '',
  withhold: '',
};
export interface Meeting extends MeetingFields, DealRow {}

export const agendaItemFieldsSchema = z.strictObject({
  meetingId: entityId('Meeting'),
  title: shortText('Agenda item').max(200, 'Agenda item must be at most 200 characters'),
  minutes: minutes('Time box').nullable(),
  phase: z.enum(MEETING_PHASES, { error: `Phase must be one of: ${MEETING_PHASES.join(', ')}` }),
  notes: shortText('Notes'),
});
export type AgendaItemFields = z.infer<typeof agendaItemFieldsSchema>;
export const newAgendaItemSchema = agendaItemFieldsSchema.partial().required({ meetingId: true });
export const agendaItemPatchSchema = agendaItemFieldsSchema.omit({ meetingId: true }).partial();
export const AGENDA_ITEM_DEFAULTS: Omit<AgendaItemFields, 'meetingId'> = {
  title: '',
  minutes: 10,
  phase: 'explore',
  notes: '',
};
export interface AgendaItem extends AgendaItemFields, DealRow {}

/** A question to ask under an agenda item: one of the deal's diagnostic questions, or its own words. */
export const agendaQuestionFieldsSchema = z.strictObject({
  agendaItemId: entityId('Agenda item'),
  questionId: entityId('Question').nullable(),
  text: shortText('Question'),
});
export type AgendaQuestionFields = z.infer<typeof agendaQuestionFieldsSchema>;
export const newAgendaQuestionSchema = agendaQuestionFieldsSchema.partial().required({ agendaItemId: true });
export const agendaQuestionPatchSchema = agendaQuestionFieldsSchema.omit({ agendaItemId: true }).partial();
export const AGENDA_QUESTION_DEFAULTS: Omit<AgendaQuestionFields, 'agendaItemId'> = { questionId: null, text: '' };
export interface AgendaQuestion extends AgendaQuestionFields, DealRow {}

/** Who owns a next step: our side or theirs (the owner's name says who exactly). */
export const COMMITMENT_PARTIES = ['us', 'them'] as const;
export type CommitmentParty = (typeof COMMITMENT_PARTIES)[number];
export const COMMITMENT_PARTY_LABELS: Record<CommitmentParty, string> = { us: 'Us', them: 'Them' };

export const commitmentFieldsSchema = z.strictObject({
  meetingId: entityId('Meeting'),
  text: shortText('Next step').max(500),
  party: z.enum(COMMITMENT_PARTIES, { error: 'Who must be us or them' }),
  owner: shortText('Owner').max(200, 'Owner must be at most 200 characters'),
  due: calendarDate('Due').nullable(),
  done: z.boolean({ error: 'Done must be true or false' }),
});
export type CommitmentFields = z.infer<typeof commitmentFieldsSchema>;
export const newCommitmentSchema = commitmentFieldsSchema.partial().required({ meetingId: true });
export const commitmentPatchSchema = commitmentFieldsSchema.omit({ meetingId: true }).partial();
export const COMMITMENT_DEFAULTS: Omit<CommitmentFields, 'meetingId'> = {
  text: '',
  party: 'us',
  owner: '',
  due: null,
  done: false,
};
export interface Commitment extends CommitmentFields, DealRow {}
