import { z } from 'zod';
import { DEBRIEF_OUTCOMES, type MomentPhase } from '../debrief/model';
import { calendarDate, entityId, shortText } from '../text';

/**
 * A live session: the hour at the table, recorded as it happens. Offers from either side
 * (full packages), and entries beside them (moment tags, quick notes, concessions, phase
 * changes). Every row is written the moment it is entered; a correction keeps the earlier
 * version in the revision history instead of overwriting it silently.
 */
export const LIVE_SIDES = ['ours', 'theirs'] as const;
export type LiveSide = (typeof LIVE_SIDES)[number];
export const SIDE_LABELS: Record<LiveSide, string> = { ours: 'Our offer', theirs: 'Their offer' };

/**
 * The meeting plan's phases. Until meeting plans carry their own, every session runs
 * through these four, each mapped to the debrief's stage for the moments tagged in it.
 */
export const LIVE_PHASES = [
  { key: 'explore', label: 'Explore interests', momentPhase: 'exploring' },
  { key: 'meso', label: 'Put MESOs on the table', momentPhase: 'proposing' },
  { key: 'trade', label: 'Trade', momentPhase: 'bargaining' },
  { key: 'formalise', label: 'Formalise', momentPhase: 'closing' },
] as const satisfies readonly { key: string; label: string; momentPhase: MomentPhase }[];
export type LivePhaseKey = (typeof LIVE_PHASES)[number]['key'];
export const LIVE_PHASE_KEYS = LIVE_PHASES.map((p) => p.key) as [LivePhaseKey, ...LivePhaseKey[]];

export const momentPhaseOf = (phase: LivePhaseKey): MomentPhase =>
  LIVE_PHASES.find((p) => p.key === phase)?.momentPhase ?? 'bargaining';

/** Issue id → option id; issues left out carry over from the offer before. */
export const liveChoicesSchema = z
  .record(entityId('Issue id'), entityId('Option id'), { error: 'Choices must map issue ids to option ids' })
  .refine((choices) => Object.keys(choices).length <= 500, 'At most 500 choices');
export type LiveChoices = z.infer<typeof liveChoicesSchema>;

const side = z.enum(LIVE_SIDES, { error: 'Side must be ours or theirs' });
const note = shortText('Note');

export const liveOfferFieldsSchema = z.strictObject({ side, choices: liveChoicesSchema, note });
export type LiveOfferFields = z.infer<typeof liveOfferFieldsSchema>;
export const liveOfferPatchSchema = liveOfferFieldsSchema.partial();

export const LIVE_ENTRY_KINDS = ['moment', 'note', 'concession', 'phase'] as const;
export type LiveEntryKind = (typeof LIVE_ENTRY_KINDS)[number];
export const CONCESSION_DIRECTIONS = ['given', 'received'] as const;
export type ConcessionDirection = (typeof CONCESSION_DIRECTIONS)[number];

export const liveEntryFieldsSchema = z.strictObject({
  kind: z.enum(LIVE_ENTRY_KINDS, { error: `Kind must be one of: ${LIVE_ENTRY_KINDS.join(', ')}` }),
  /** A moment type's key (moments only). */
  typeKey: z.string().trim().max(100, 'Moment type is too long'),
  /** A note, a moment's quote, or what was conceded. */
  text: shortText('Text'),
  /** What was asked back for a concession. */
  ask: shortText('Ask'),
  direction: z.enum(CONCESSION_DIRECTIONS, { error: 'Direction must be given or received' }).nullable(),
  /** The concession-log row this concession was recorded in (given concessions). */
  concessionId: entityId('Concession').nullable(),
  phase: z.enum(LIVE_PHASE_KEYS, { error: `Phase must be one of: ${LIVE_PHASE_KEYS.join(', ')}` }),
});
export type LiveEntryFields = z.infer<typeof liveEntryFieldsSchema>;
export const liveEntryPatchSchema = liveEntryFieldsSchema.omit({ kind: true }).partial();
export const LIVE_ENTRY_DEFAULTS: Omit<LiveEntryFields, 'kind' | 'phase'> = {
  typeKey: '',
  text: '',
  ask: '',
  direction: null,
  concessionId: null,
};

export interface LiveSession {
  id: string;
  dealId: string;
  startedAt: string;
  /** Null while the session is running. */
  endedAt: string | null;
  /** Set once its record was written into the debrief. */
  debriefedAt: string | null;
  /** Our authority limit: below this value to us (points) an offer of ours needs approval first. */
  authorityPoints: number | null;
  createdAt: string;
  updatedAt: string;
}

/** What every offer and entry of a sitting carries besides its own fields. */
interface SessionRow {
  id: string;
  dealId: string;
  sessionId: string;
  /** Order within the session (offers and entries each their own). */
  position: number;
  createdAt: string;
  updatedAt: string;
  /** How many times it was corrected. */
  revisions: number;
}

export interface LiveOffer extends LiveOfferFields, SessionRow {}

export interface LiveEntry extends LiveEntryFields, SessionRow {}

/** An earlier version of a corrected (or removed) offer or entry. */
export interface LiveRevision {
  id: string;
  rowId: string;
  /** The row as it was before the correction. */
  previous: Record<string, unknown>;
  replacedAt: string;
  /** 'update' for a correction, 'delete' when the row was struck out. */
  change: 'update' | 'delete';
}

/** Everything the live screen reads about one session. */
export interface LiveSessionView {
  session: LiveSession;
  offers: LiveOffer[];
  entries: LiveEntry[];
  revisions: LiveRevision[];
}

const sessionRef = entityId('Session id');
export const newLiveOfferSchema = z.strictObject({ sessionId: sessionRef, fields: liveOfferFieldsSchema });
export const newLiveEntrySchema = z.strictObject({
  sessionId: sessionRef,
  fields: liveEntryFieldsSchema.partial().required({ kind: true, phase: true }),
});

export const authorityPointsSchema = z
  .number({ error: 'The authority limit must be a number of points' })
  .min(0, 'The authority limit must be between 0 and 100 points')
  .max(100, 'The authority limit must be between 0 and 100 points')
  .nullable();
export const setAuthoritySchema = z.strictObject({ sessionId: sessionRef, points: authorityPointsSchema });

export const fillDebriefSchema = z.strictObject({
  sessionId: entityId('Session id'),
  outcome: z.enum(DEBRIEF_OUTCOMES, { error: `Outcome must be one of: ${DEBRIEF_OUTCOMES.join(', ')}` }),
  closingDate: calendarDate('Closing date').nullable(),
  /** The agreement as the user confirmed it (issue id → option id); ignored for no deal. */
  agreement: liveChoicesSchema,
  /** The moment entries to copy into the debrief. */
  momentEntryIds: z.array(entityId('Entry id')).max(1000),
});
