import { z } from 'zod';
import { numericKindSchema, numericUnitSchema } from '../calculator/numericKinds';
import { GOVERNANCE_DEFAULTS, governanceSchema } from '../concessions';
import { DECISION_ROLES } from '../counterparty';
import { CONTEXT_LABELS, DEAL_CONTEXTS, type DealContext, OUR_SIDES } from '../deal';
import { ISSUE_CATEGORIES } from '../issues';
import { legitimacyFields } from '../legitimacy/fields';
import { COMMITMENT_PARTIES, MAX_MEETING_MINUTES, MEETING_PHASES } from '../meeting';
import { score, weight } from '../numbers';
import { objectiveFields } from '../objectives/fields';
import { DEADLINE_KINDS, DEADLINE_SIDES, FIRMNESS, RELATIONSHIP_GOALS, RISK_KINDS, RISK_LEVELS } from '../risks';
import { figure } from '../scales';
import { TEAM_ROLES } from '../team/fields';
import { entityId, nameText, shortText, TEXT_LIMITS } from '../text';

/**
 * A deal template: the shape of a deal without its specifics — the issues with their
 * options and default weights, the people usually involved, questions worth asking,
 * clauses and governance worth proposing. Stored as one versioned JSON document so new
 * sections can be added without a table per section; `TEMPLATE_MIGRATIONS` lifts older
 * documents when the layout changes.
 */
export const TEMPLATE_VERSION = 1;

const line = (label: string) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .min(1, `${label} cannot be empty`)
    .max(TEXT_LIMITS.short, `${label} must be at most ${TEXT_LIMITS.short} characters`);

const rowName = (label: string) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .min(1, `${label} cannot be empty`)
    .max(TEXT_LIMITS.name, `${label} must be at most ${TEXT_LIMITS.name} characters`);

export const templateOptionSchema = z.strictObject({
  label: rowName('Option'),
  ourScore: score('Our score').nullable(),
  theirScore: score('Their score').nullable(),
  /** The option's number when its issue is numeric (45 for "Net 45"). Optional: older documents have none. */
  value: figure('Value').nullable().optional(),
});
export type TemplateOption = z.infer<typeof templateOptionSchema>;

export const templateIssueSchema = z.strictObject({
  name: rowName('Issue name'),
  category: z.enum(ISSUE_CATEGORIES, { error: `Category must be one of: ${ISSUE_CATEGORIES.join(', ')}` }),
  weightUs: weight('Our weight'),
  weightThem: weight('Their weight'),
  tradeable: z.boolean({ error: 'Tradeable must be true or false' }),
  redLine: z.boolean({ error: 'Red line must be true or false' }),
  /** Guidance for whoever uses the template, not a deal's notes. */
  why: shortText('Why it matters'),
  options: z.array(templateOptionSchema, { error: 'Options must be a list' }).max(50, 'At most 50 options per issue'),
  // Numbers, priority and fair standard: optional, so documents saved before them still read.
  numericKind: numericKindSchema.optional(),
  unit: numericUnitSchema.optional(),
  priority: objectiveFields.priority.optional(),
  standard: legitimacyFields.standard.optional(),
});
export type TemplateIssue = z.infer<typeof templateIssueSchema>;

/** A person usually involved: becomes a stakeholder row named after the role, to rename. */
export const stakeholderRoleSchema = z.strictObject({
  role: line('Role'),
  decisionRole: z.enum(DECISION_ROLES, { error: `Decision role must be one of: ${DECISION_ROLES.join(', ')}` }),
  why: shortText('Why they matter'),
});
/** A seat on our own team: becomes a team member named after the title, to rename. */
export const teamRoleSchema = z.strictObject({
  role: z.enum(TEAM_ROLES, { error: `Team role must be one of: ${TEAM_ROLES.join(', ')}` }),
  title: line('Title'),
  responsibility: shortText('Responsibility'),
});
export type TemplateTeamRole = z.infer<typeof teamRoleSchema>;
/** A contingent clause worth proposing; the threshold number is left for the deal. */
export const clauseIdeaSchema = z.strictObject({ metric: line('Metric'), remedy: line('Remedy') });
/** A deadline that deals of this kind usually meet; the date is left for the deal. */
export const deadlineIdeaSchema = z.strictObject({
  side: z.enum(DEADLINE_SIDES, { error: `Side must be one of: ${DEADLINE_SIDES.join(', ')}` }),
  kind: z.enum(DEADLINE_KINDS, { error: `Kind must be one of: ${DEADLINE_KINDS.join(', ')}` }),
  label: line('Deadline').max(200, 'Deadline must be at most 200 characters'),
  firmness: z.enum(FIRMNESS, { error: 'Firmness must be hard or soft' }),
  note: shortText('Note'),
});
export type TemplateDeadline = z.infer<typeof deadlineIdeaSchema>;
/** A risk or assumption worth checking in deals of this kind. */
export const riskIdeaSchema = z.strictObject({
  kind: z.enum(RISK_KINDS, { error: 'Kind must be risk or assumption' }),
  statement: line('Statement'),
  likelihood: z.enum(RISK_LEVELS, { error: 'Likelihood must be low, medium or high' }),
  impact: z.enum(RISK_LEVELS, { error: 'Impact must be low, medium or high' }),
  verification: shortText('How we verify'),
});
export type TemplateRisk = z.infer<typeof riskIdeaSchema>;

const templateMinutes = z.number().int().min(0).max(MAX_MEETING_MINUTES);
/** A first meeting worth planning: its agenda by phase and the next steps to ask for; the date and names stay with the deal. */
export const meetingIdeaSchema = z.strictObject({
  title: line('Meeting').max(200, 'Meeting must be at most 200 characters'),
  durationMinutes: templateMinutes.nullable(),
  opening: shortText('Opening statement'),
  agenda: z
    .array(
      z.strictObject({
        title: line('Agenda item').max(200, 'Agenda item must be at most 200 characters'),
        minutes: templateMinutes.nullable(),
        phase: z.enum(MEETING_PHASES, { error: `Phase must be one of: ${MEETING_PHASES.join(', ')}` }),
      }),
    )
    .max(30, 'At most 30 agenda items'),
  commitments: z
    .array(
      z.strictObject({
        text: line('Next step'),
        party: z.enum(COMMITMENT_PARTIES, { error: 'Who must be us or them' }),
      }),
    )
    .max(20, 'At most 20 next steps'),
});
export type TemplateMeeting = z.infer<typeof meetingIdeaSchema>;

export const templateDocumentSchema = z.strictObject({
  version: z.literal(TEMPLATE_VERSION, { error: `Template version must be ${TEMPLATE_VERSION}` }),
  ourSide: z.enum(OUR_SIDES, { error: `Our side must be one of: ${OUR_SIDES.join(', ')}` }),
  issues: z.array(templateIssueSchema, { error: 'Issues must be a list' }).max(100, 'At most 100 issues'),
  stakeholderRoles: z.array(stakeholderRoleSchema).max(50, 'At most 50 roles'),
  questions: z.array(line('Question')).max(100, 'At most 100 questions'),
  clauses: z.array(clauseIdeaSchema).max(50, 'At most 50 clauses'),
  governance: governanceSchema,
  teamRoles: z.array(teamRoleSchema).max(20, 'At most 20 team roles').optional(),
  // Time, trust & risks: optional, so documents saved before them still read.
  deadlines: z.array(deadlineIdeaSchema).max(30, 'At most 30 deadlines').optional(),
  risks: z.array(riskIdeaSchema).max(50, 'At most 50 risks').optional(),
  relationshipGoal: z
    .enum(RELATIONSHIP_GOALS, { error: `Relationship goal must be one of: ${RELATIONSHIP_GOALS.join(', ')}` })
    .optional(),
  // The meeting plan: optional, so documents saved before it still read.
  meeting: meetingIdeaSchema.optional(),
});
export type TemplateDocument = z.infer<typeof templateDocumentSchema>;

/** Older layouts → current; none yet. `[v]` turns a version-v document into v+1. */
export const TEMPLATE_MIGRATIONS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};

export function upgradeTemplateDocument(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  let doc = raw as Record<string, unknown>;
  let version = doc.version;
  while (typeof version === 'number' && version < TEMPLATE_VERSION && TEMPLATE_MIGRATIONS[version]) {
    doc = { ...(TEMPLATE_MIGRATIONS[version] as (d: Record<string, unknown>) => Record<string, unknown>)(doc) };
    version += 1;
    doc.version = version;
  }
  return doc;
}

export const templateFieldsSchema = z.strictObject({
  name: nameText('Template name'),
  context: z.enum(DEAL_CONTEXTS, { error: `Context must be one of: ${DEAL_CONTEXTS.join(', ')}` }),
  description: shortText('Description'),
  document: templateDocumentSchema,
});
export type TemplateFields = z.infer<typeof templateFieldsSchema>;
export const templatePatchSchema = templateFieldsSchema.partial();

export interface DealTemplate extends TemplateFields {
  id: string;
  builtInKey: string | null;
  /** A built-in whose content differs from Parley's: "Reset" is offered. */
  modified: boolean;
  /** In the team library (shared from here, or a colleague's entry). */
  teamShared: boolean;
  createdAt: string;
  updatedAt: string;
}

export const templateRestoreSchema = templateFieldsSchema.extend({
  /** A team entry put back by Undo goes back to the team. */
  teamShared: z.boolean().optional(),
  id: entityId('Template id'),
  builtInKey: z.string().max(60).nullable(),
  createdAt: z.iso.datetime({ error: 'Created at must be an ISO-8601 UTC time' }),
  updatedAt: z.iso.datetime({ error: 'Updated at must be an ISO-8601 UTC time' }),
});

export const newDealFromTemplateSchema = z.strictObject({
  templateId: entityId('Template id'),
  title: nameText('Title'),
  counterparty: shortText('Counterparty').optional(),
});

/** "Save as template": which option labels hold this deal's own numbers and must not travel. */
export const saveAsTemplateSchema = z.strictObject({
  dealId: entityId('Deal id'),
  name: nameText('Template name'),
  description: shortText('Description').optional(),
  specificOptionIds: z.array(entityId('Option id')).max(5000).default([]),
});

/** Money, percentages and plain numbers in a label: the options most likely to be deal-specific. */
export const looksSpecific = (label: string) => /\d/.test(label) && /[€$£¥%]|\d{3,}|\bk\b|\bm\b/i.test(label);

export const EMPTY_TEMPLATE: TemplateDocument = {
  version: TEMPLATE_VERSION,
  ourSide: 'selling',
  issues: [],
  stakeholderRoles: [],
  questions: [],
  clauses: [],
  governance: GOVERNANCE_DEFAULTS,
};

/** A readable summary for lists: "8 issues · 4 roles · 6 questions". */
export function templateSummary(doc: TemplateDocument): string {
  const parts = [
    `${doc.issues.length} issue${doc.issues.length === 1 ? '' : 's'}`,
    `${doc.stakeholderRoles.length} role${doc.stakeholderRoles.length === 1 ? '' : 's'}`,
    `${doc.questions.length} question${doc.questions.length === 1 ? '' : 's'}`,
  ];
  if (doc.clauses.length) parts.push(`${doc.clauses.length} clause${doc.clauses.length === 1 ? '' : 's'}`);
  return parts.join(' · ');
}

export const defaultTemplateName = (context: DealContext) => `${CONTEXT_LABELS[context]} deal`;
