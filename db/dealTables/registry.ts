/**
 * THE list of tables that hold a deal's data, parent before child. Everything that must
 * cover "every row of a deal" is derived from it: deal files (export, import, the
 * closedness check), duplicate (= export + import as a copy), purge, the snapshot
 * readers, readiness's scan, the search index, and the tests that iterate deal tables.
 * A test compares it with the live SQLite schema, so a table cannot be forgotten.
 *
 * ADDING A TABLE
 * 1. Declare it in db/schema/<step>.ts with a `dealId` foreign key to deals (ON DELETE
 *    CASCADE) — or a foreign key to its parent row — and run `npm run db:generate`.
 * 2. Add one entry below, after every entry it references:
 *      { name: 'risks',              // list key in deal files, forever; the generic procedures' table name
 *        table: risks, parent: 'deal', kind: 'list',   // 'record' (one per deal) | 'list' | 'link'
 *        step: 'leverage', label: 'Risks',             // where search hits open, how they are grouped
 *        fields: riskFieldsSchema }                     // the step's zod field schema from core/
 *    Foreign keys become references (re-keyed on copy, checked on import); declare others
 *    in `references`. Bookkeeping columns (id, position, timestamps) are typed for you;
 *    other app-owned columns go in `extra`. Every free-text field is searchable unless
 *    listed in `search.private`.
 * 3. If it is searchable: `npx drizzle-kit generate --custom --name search_index` and
 *    `npm run db:search-sql > db/migrations/<that file>.sql` (a test says when to).
 * Export/import, duplicate, purge, readiness and the round-trip, completeness and fuzz
 * tests then cover the table with no further change.
 */
import { z } from 'zod';
import { anchorFieldsSchema, ladderStepFieldsSchema } from '../../core/anchors';
import { batnaActionFieldsSchema, batnaFieldsSchema } from '../../core/batna';
import { calculatorSettingsSchema } from '../../core/calculator';
import { concessionBudgetSchema } from '../../core/concessionBudget';
import { clauseFieldsSchema, concessionFieldsSchema, governanceSchema } from '../../core/concessions';
import { decisionStepFieldsSchema, stakeholderFieldsSchema } from '../../core/counterparty';
import { debriefFieldsSchema, lessonFieldsSchema, MOMENT_SOURCES, momentFieldsSchema } from '../../core/debrief/model';
import { claimFieldsSchema, EVIDENCE_TARGETS, evidenceFieldsSchema } from '../../core/evidence';
import { interestFieldsSchema, PARTIES, positionFieldsSchema, questionFieldsSchema } from '../../core/interests';
import { issueFieldsSchema, optionFieldsSchema } from '../../core/issues';
import { leverageActionFieldsSchema, leverageItemFieldsSchema, noDealAssessmentSchema } from '../../core/leverage';
import { authorityPointsSchema, liveEntryFieldsSchema, liveOfferFieldsSchema } from '../../core/live/model';
import {
  agendaItemFieldsSchema,
  agendaQuestionFieldsSchema,
  commitmentFieldsSchema,
  meetingFieldsSchema,
} from '../../core/meeting';
import { mesoSettingsFieldsSchema, OFFER_KINDS, offerRowFieldsSchema } from '../../core/mesoOffers';
import { reviewCommentFieldsSchema, reviewCommentStamps } from '../../core/reviewComments';
import { deadlineFieldsSchema, relationshipSchema, riskFieldsSchema, trustActionFieldsSchema } from '../../core/risks';
import { talkingPointsUpdateSchema } from '../../core/talkingPoints';
import { authorityLimitFieldsSchema, teamMemberFieldsSchema } from '../../core/team';
import {
  bidFieldsSchema,
  bidLineFieldsSchema,
  lotFieldsSchema,
  supplierFieldsSchema,
  tenderFieldsSchema,
} from '../../core/tender/fields';
import { entityId } from '../../core/text';
import {
  agendaItems,
  agendaQuestions,
  anchors,
  authorityLimits,
  batnaActions,
  batnas,
  calculatorSettings,
  claims,
  commitments,
  concessionBudgets,
  concessions,
  contingentClauses,
  deadlines,
  debriefAgreements,
  debriefLessons,
  debriefMoments,
  debriefs,
  decisionSteps,
  diagnosticQuestions,
  evidenceItems,
  evidenceLinks,
  governance,
  interestIssues,
  interests,
  issueOptions,
  issues,
  ladderSteps,
  leverageActions,
  leverageItems,
  liveEntries,
  liveOffers,
  liveRevisions,
  liveSessions,
  meetings,
  mesoOfferChoices,
  mesoOffers,
  mesoSettings,
  noDealAssessments,
  positions,
  relationships,
  reviewComments,
  risks,
  stakeholders,
  talkingPoints,
  teamMembers,
  tenderBidLines,
  tenderBids,
  tenderLots,
  tenderSuppliers,
  tenders,
  trustActions,
} from '../schema';
import { deriveDealTables } from './derive';
import { mapLiveOfferIds, mapLiveRevisionIds } from './liveIds';
import type { DealTable, DealTableSpec } from './types';

const party = z.enum(PARTIES, { error: `Party must be one of: ${PARTIES.join(', ')}` });
/** Join rows carry no user fields. */
const noFields = z.strictObject({});
const stamp = (label: string) => z.iso.datetime({ error: `${label} must be an ISO-8601 UTC time` });
const revisionCount = z.number().int().min(0).max(1_000_000);

const SPECS: DealTableSpec[] = [
  // Issues & options: nearly every other step points at them.
  {
    name: 'issues',
    table: issues,
    parent: 'deal',
    kind: 'list',
    step: 'issues',
    label: 'Issues',
    fields: issueFieldsSchema,
    search: { kind: 'issue', title: 'name' },
  },
  {
    name: 'issueOptions',
    table: issueOptions,
    parent: 'issues',
    kind: 'list',
    step: 'issues',
    label: 'Options',
    fields: optionFieldsSchema,
    search: { intoParent: true },
    maxRows: 20_000,
  },
  // BATNA & reservation
  {
    name: 'batna',
    table: batnas,
    parent: 'deal',
    kind: 'record',
    step: 'batna',
    label: 'BATNA',
    fields: batnaFieldsSchema,
  },
  {
    name: 'batnaActions',
    table: batnaActions,
    parent: 'deal',
    kind: 'list',
    step: 'batna',
    label: 'BATNA actions',
    fields: batnaActionFieldsSchema,
    search: { title: 'text' },
  },
  // The deal calculator's inputs (list price, cost of capital, fallback term and payment terms).
  {
    name: 'calculator',
    table: calculatorSettings,
    parent: 'deal',
    kind: 'record',
    step: 'issues',
    label: 'Calculator',
    fields: calculatorSettingsSchema,
  },
  // Counterparty map (before interests and positions, which may name the stakeholder holding them)
  {
    name: 'stakeholders',
    table: stakeholders,
    parent: 'deal',
    kind: 'list',
    step: 'counterparty',
    label: 'Stakeholders',
    fields: stakeholderFieldsSchema,
    search: { kind: 'stakeholder', title: 'name' },
  },
  {
    name: 'decisionSteps',
    table: decisionSteps,
    parent: 'deal',
    kind: 'list',
    step: 'counterparty',
    label: 'Decision path',
    fields: decisionStepFieldsSchema,
    search: { title: 'approval' },
  },
  // Interests vs positions
  {
    name: 'positions',
    table: positions,
    parent: 'deal',
    kind: 'list',
    step: 'interests',
    label: 'Positions',
    fields: positionFieldsSchema,
    extra: { party },
    orderWithin: ['party'],
    search: { title: 'text' },
  },
  {
    name: 'interests',
    table: interests,
    parent: 'deal',
    kind: 'list',
    step: 'interests',
    label: 'Interests',
    fields: interestFieldsSchema,
    notColumns: ['issueIds'],
    extra: { party },
    orderWithin: ['party'],
    search: { title: 'text' },
  },
  {
    name: 'interestIssues',
    table: interestIssues,
    parent: 'interests',
    kind: 'link',
    step: 'interests',
    label: 'Interest–issue links',
    fields: noFields,
    maxRows: 20_000,
  },
  {
    name: 'diagnosticQuestions',
    table: diagnosticQuestions,
    parent: 'deal',
    kind: 'list',
    step: 'interests',
    label: 'Questions',
    fields: questionFieldsSchema,
    search: { title: 'text' },
  },
  // Our team & authority: who is on our side, and how far each may go per issue.
  {
    name: 'teamMembers',
    table: teamMembers,
    parent: 'deal',
    kind: 'list',
    step: 'team',
    label: 'Team members',
    fields: teamMemberFieldsSchema,
    search: { kind: 'team_member', title: 'name' },
  },
  {
    name: 'authorityLimits',
    table: authorityLimits,
    parent: 'deal',
    kind: 'list',
    step: 'team',
    label: 'Authority limits',
    fields: authorityLimitFieldsSchema,
    search: { title: 'note' },
  },
  // Leverage
  {
    name: 'leverageItems',
    table: leverageItems,
    parent: 'deal',
    kind: 'list',
    step: 'leverage',
    label: 'Leverage',
    fields: leverageItemFieldsSchema,
    search: { title: 'description' },
  },
  {
    name: 'leverageActions',
    table: leverageActions,
    parent: 'deal',
    kind: 'list',
    step: 'leverage',
    label: 'Leverage actions',
    fields: leverageActionFieldsSchema,
    search: { title: 'action' },
  },
  {
    name: 'noDeal',
    table: noDealAssessments,
    parent: 'deal',
    kind: 'record',
    step: 'leverage',
    label: 'If there is no deal',
    fields: noDealAssessmentSchema,
  },
  // Time, trust & risks: both sides' deadlines, the relationship we want, the risks to verify.
  {
    name: 'deadlines',
    table: deadlines,
    parent: 'deal',
    kind: 'list',
    step: 'risks',
    label: 'Deadlines',
    fields: deadlineFieldsSchema,
    search: { title: 'label' },
  },
  {
    name: 'relationship',
    table: relationships,
    parent: 'deal',
    kind: 'record',
    step: 'risks',
    label: 'Relationship goal',
    fields: relationshipSchema,
    search: { kind: 'relationship' },
  },
  {
    name: 'trustActions',
    table: trustActions,
    parent: 'deal',
    kind: 'list',
    step: 'risks',
    label: 'Trust actions',
    fields: trustActionFieldsSchema,
    search: { title: 'action' },
  },
  {
    name: 'risks',
    table: risks,
    parent: 'deal',
    kind: 'list',
    step: 'risks',
    label: 'Risks & assumptions',
    fields: riskFieldsSchema,
    search: { title: 'statement' },
  },
  // Evidence pack
  {
    name: 'evidence',
    table: evidenceItems,
    parent: 'deal',
    kind: 'list',
    step: 'evidence',
    label: 'Evidence',
    fields: evidenceFieldsSchema,
    search: { kind: 'evidence', title: 'title' },
    files: { path: 'attachmentPath', name: 'attachmentName', size: 'attachmentSize', type: 'attachmentType' },
  },
  {
    name: 'claims',
    table: claims,
    parent: 'deal',
    kind: 'list',
    step: 'evidence',
    label: 'Claims',
    fields: claimFieldsSchema,
    search: { title: 'statement' },
  },
  // Anchor worksheet
  {
    name: 'anchors',
    table: anchors,
    parent: 'deal',
    kind: 'list',
    step: 'anchors',
    label: 'Anchors',
    fields: anchorFieldsSchema,
    search: { title: 'issueLabel' },
  },
  {
    name: 'ladderSteps',
    table: ladderSteps,
    parent: 'anchors',
    kind: 'list',
    step: 'anchors',
    label: 'Concession ladder',
    fields: ladderStepFieldsSchema,
    search: { title: 'give' },
  },
  {
    name: 'evidenceLinks',
    table: evidenceLinks,
    parent: 'evidence',
    kind: 'link',
    step: 'evidence',
    label: 'Evidence links',
    fields: noFields,
    extra: { target: z.enum(EVIDENCE_TARGETS) },
    // The supported row, whatever its kind; the typed columns carry the foreign keys.
    references: [{ field: 'targetId', to: ['claims', 'anchors', 'issues'] }],
  },
  // Concessions & safeguards
  {
    name: 'concessions',
    table: concessions,
    parent: 'deal',
    kind: 'list',
    step: 'concessions',
    label: 'Concessions',
    fields: concessionFieldsSchema,
    search: { title: 'item' },
  },
  {
    name: 'contingentClauses',
    table: contingentClauses,
    parent: 'deal',
    kind: 'list',
    step: 'concessions',
    label: 'Contingent clauses',
    fields: clauseFieldsSchema,
    search: { title: 'metric' },
  },
  {
    name: 'governance',
    table: governance,
    parent: 'deal',
    kind: 'record',
    step: 'concessions',
    label: 'Governance',
    fields: governanceSchema,
  },
  {
    name: 'concessionBudget',
    table: concessionBudgets,
    parent: 'deal',
    kind: 'record',
    step: 'concessions',
    label: 'Concession budget',
    fields: concessionBudgetSchema,
    search: false,
  },
  // Meeting plan: the meetings, their time-boxed agendas, the questions to ask, the next steps.
  {
    name: 'meetings',
    table: meetings,
    parent: 'deal',
    kind: 'list',
    step: 'meeting',
    label: 'Meetings',
    fields: meetingFieldsSchema,
    search: { kind: 'meeting', title: 'title' },
    maxRows: 200,
  },
  {
    name: 'agendaItems',
    table: agendaItems,
    parent: 'meetings',
    kind: 'list',
    step: 'meeting',
    label: 'Agenda items',
    fields: agendaItemFieldsSchema,
    search: { title: 'title' },
    maxRows: 5_000,
  },
  {
    name: 'agendaQuestions',
    table: agendaQuestions,
    parent: 'agendaItems',
    kind: 'list',
    step: 'meeting',
    label: 'Agenda questions',
    fields: agendaQuestionFieldsSchema,
    search: { title: 'text' },
    maxRows: 10_000,
  },
  {
    name: 'commitments',
    table: commitments,
    parent: 'meetings',
    kind: 'list',
    step: 'meeting',
    label: 'Next-step commitments',
    fields: commitmentFieldsSchema,
    search: { title: 'text' },
    maxRows: 5_000,
  },
  // MESO grid
  {
    name: 'mesoOffers',
    table: mesoOffers,
    parent: 'deal',
    kind: 'list',
    step: 'meso',
    label: 'Offers',
    fields: offerRowFieldsSchema,
    notColumns: ['choices'],
    extra: { kind: z.enum(OFFER_KINDS), editedByUser: z.boolean() },
    orderWithin: ['kind'],
    search: { title: 'label' },
    maxRows: 200,
  },
  {
    name: 'mesoOfferChoices',
    table: mesoOfferChoices,
    parent: 'mesoOffers',
    kind: 'link',
    step: 'meso',
    label: 'Offer choices',
    fields: noFields,
    maxRows: 20_000,
  },
  {
    name: 'mesoSettings',
    table: mesoSettings,
    parent: 'deal',
    kind: 'record',
    step: 'meso',
    label: 'MESO settings',
    fields: mesoSettingsFieldsSchema,
  },
  // Debrief: agreed options name issues and options by id (not foreign keys, see the schema).
  {
    name: 'debrief',
    table: debriefs,
    parent: 'deal',
    kind: 'record',
    step: 'debrief',
    label: 'Debrief',
    fields: debriefFieldsSchema,
  },
  {
    name: 'debriefAgreements',
    table: debriefAgreements,
    parent: 'deal',
    kind: 'link',
    step: 'debrief',
    label: 'Agreed options',
    fields: noFields,
    references: [
      { field: 'issueId', to: 'issues' },
      { field: 'optionId', to: 'issueOptions' },
    ],
    maxRows: 500,
  },
  {
    name: 'debriefMoments',
    table: debriefMoments,
    parent: 'deal',
    kind: 'list',
    step: 'debrief',
    label: 'Moments',
    fields: momentFieldsSchema,
    extra: { source: z.enum(MOMENT_SOURCES), ruleId: z.string().max(100).nullable() },
    search: { title: 'quote', private: ['typeKey'] },
  },
  {
    name: 'debriefLessons',
    table: debriefLessons,
    parent: 'deal',
    kind: 'list',
    step: 'debrief',
    label: 'Lessons',
    fields: lessonFieldsSchema,
    // A lesson has no title of its own: its opening words stand in for one.
    search: { kind: 'lesson', titleSql: 'substr(r.text, 1, 80)' },
  },
  // At the table: live sessions and what was said in them (see README, "At the table").
  {
    name: 'liveSessions',
    table: liveSessions,
    parent: 'deal',
    kind: 'list',
    step: 'debrief',
    label: 'Sessions at the table',
    fields: noFields,
    extra: {
      startedAt: stamp('Started at'),
      endedAt: stamp('Ended at').nullable(),
      debriefedAt: stamp('Debriefed at').nullable(),
      authorityPoints: authorityPointsSchema,
    },
    search: false,
    maxRows: 1_000,
  },
  {
    name: 'liveOffers',
    table: liveOffers,
    parent: 'liveSessions',
    kind: 'list',
    step: 'debrief',
    label: 'Offers at the table',
    fields: liveOfferFieldsSchema,
    extra: { revisions: revisionCount },
    mapIds: mapLiveOfferIds,
    search: { title: 'note' },
    maxRows: 20_000,
  },
  {
    name: 'liveEntries',
    table: liveEntries,
    parent: 'liveSessions',
    kind: 'list',
    step: 'debrief',
    label: 'Notes at the table',
    fields: liveEntryFieldsSchema,
    extra: { revisions: revisionCount },
    // The concession-log row; not a foreign key, so a purged concession only clears it.
    references: [{ field: 'concessionId', to: 'concessions' }],
    search: { title: 'text', private: ['typeKey'] },
    maxRows: 20_000,
  },
  {
    name: 'liveRevisions',
    table: liveRevisions,
    parent: 'liveSessions',
    kind: 'list',
    step: 'debrief',
    label: 'Corrections at the table',
    fields: noFields,
    // rowId is no reference: a struck-out row leaves the file, its earlier versions stay.
    extra: {
      rowId: entityId('Row id'),
      change: z.enum(['update', 'delete']),
      previous: z.record(z.string(), z.unknown()),
      replacedAt: stamp('Replaced at'),
    },
    mapIds: mapLiveRevisionIds,
    search: false,
    maxRows: 40_000,
  },
  // Tender: several suppliers' bids on the deal's lots (see README, "Tenders").
  {
    name: 'tender',
    table: tenders,
    parent: 'deal',
    kind: 'record',
    step: 'tender',
    label: 'Tender',
    fields: tenderFieldsSchema,
    search: false,
  },
  {
    name: 'tenderLots',
    table: tenderLots,
    parent: 'deal',
    kind: 'list',
    step: 'tender',
    label: 'Lots',
    fields: lotFieldsSchema,
    search: false,
    maxRows: 2_000,
  },
  {
    name: 'tenderSuppliers',
    table: tenderSuppliers,
    parent: 'deal',
    kind: 'list',
    step: 'tender',
    label: 'Suppliers',
    fields: supplierFieldsSchema,
    search: false,
    maxRows: 500,
  },
  {
    name: 'tenderBids',
    table: tenderBids,
    parent: 'tenderSuppliers',
    kind: 'list',
    step: 'tender',
    label: 'Bids',
    fields: bidFieldsSchema.omit({ supplierId: true }),
    search: false,
    maxRows: 500,
  },
  {
    name: 'tenderBidLines',
    table: tenderBidLines,
    parent: 'tenderBids',
    kind: 'list',
    step: 'tender',
    label: 'Bid prices',
    fields: bidLineFieldsSchema,
    search: false,
    maxRows: 100_000,
  },
  // The deal's "What to say" notes.
  {
    name: 'talkingPoints',
    table: talkingPoints,
    parent: 'deal',
    kind: 'record',
    step: 'details',
    label: 'What to say',
    fields: talkingPointsUpdateSchema.omit({ dealId: true }),
    search: { kind: 'talking_points' },
  },
  // Manager review: comments on a step or plan section, resolved by the owner or an editor.
  {
    name: 'reviewComments',
    table: reviewComments,
    parent: 'deal',
    kind: 'list',
    step: 'plan',
    label: 'Review comments',
    fields: reviewCommentFieldsSchema,
    extra: reviewCommentStamps,
    search: false,
  },
];

export const DEAL_TABLES: readonly DealTable[] = deriveDealTables(SPECS);

export function dealTable(name: string): DealTable {
  const entry = DEAL_TABLES.find((e) => e.name === name);
  if (!entry) throw new Error(`Unknown deal table ${name}`);
  return entry;
}
