import type { z } from 'zod';
import {
  type Anchor,
  anchorPatchSchema,
  type LadderStep,
  ladderStepPatchSchema,
  newAnchorSchema,
  newLadderStepSchema,
} from './anchors';
import { type BatnaAction, batnaActionPatchSchema, newBatnaActionSchema } from './batna';
import {
  type Concession,
  type ContingentClause,
  clausePatchSchema,
  concessionPatchSchema,
  newClauseSchema,
  newConcessionSchema,
} from './concessions';
import {
  type DecisionStep,
  decisionStepPatchSchema,
  newDecisionStepSchema,
  newStakeholderSchema,
  type Stakeholder,
  stakeholderPatchSchema,
} from './counterparty';
import {
  type Lesson,
  lessonPatchSchema,
  type Moment,
  momentPatchSchema,
  newLessonSchema,
  newMomentSchema,
} from './debrief/model';
import {
  type Claim,
  claimPatchSchema,
  type EvidenceItem,
  evidencePatchSchema,
  newClaimSchema,
  newEvidenceSchema,
} from './evidence';
import {
  type DiagnosticQuestion,
  type Interest,
  interestPatchSchema,
  newInterestSchema,
  newPositionSchema,
  newQuestionSchema,
  type Position,
  positionPatchSchema,
  questionPatchSchema,
} from './interests';
import {
  type Issue,
  type IssueOption,
  issuePatchSchema,
  newIssueSchema,
  newOptionSchema,
  optionPatchSchema,
} from './issues';
import {
  type LeverageAction,
  type LeverageItem,
  leverageActionPatchSchema,
  leverageItemPatchSchema,
  newLeverageActionSchema,
  newLeverageItemSchema,
} from './leverage';
import {
  type AgendaItem,
  type AgendaQuestion,
  agendaItemPatchSchema,
  agendaQuestionPatchSchema,
  type Commitment,
  commitmentPatchSchema,
  type Meeting,
  meetingPatchSchema,
  newAgendaItemSchema,
  newAgendaQuestionSchema,
  newCommitmentSchema,
  newMeetingSchema,
} from './meeting';
import { type MesoOffer, newOfferSchema, offerPatchSchema } from './mesoOffers';
import {
  type Deadline,
  deadlinePatchSchema,
  newDeadlineSchema,
  newRiskSchema,
  newTrustActionSchema,
  type Risk,
  riskPatchSchema,
  type TrustAction,
  trustActionPatchSchema,
} from './risks';
import {
  type AuthorityLimit,
  authorityLimitPatchSchema,
  newAuthorityLimitSchema,
  newTeamMemberSchema,
  type TeamMember,
  teamMemberPatchSchema,
} from './team';
import {
  type Lot,
  lotPatchSchema,
  newLotSchema,
  newSupplierSchema,
  type Supplier,
  supplierPatchSchema,
} from './tender/fields';

/** What the generic row procedures know of one list table: a new row's fields, a patch, and (as a type) a row. */
export interface RowTable<Create extends z.ZodType, Patch extends z.ZodType, Row> {
  create: Create;
  patch: Patch;
  readonly __row?: Row;
}

export const rowTable =
  <Create extends z.ZodType, Patch extends z.ZodType>(create: Create, patch: Patch) =>
  <Row>(): RowTable<Create, Patch, Row> => ({ create, patch });

/**
 * The list tables served by the one generic family `rows.list / create / update / delete /
 * restore / purge / move` (api/contracts/rows.ts), keyed by their name in the deal-table
 * registry (db/dealTables/registry.ts). Each table's row store is registered under the same
 * name in db/repositories/rowStores.ts (a missing store is a compile error).
 *
 * Adding a list table: its registry entry, its store, and one line here —
 *   risks: rowTable(newRiskSchema, riskPatchSchema)<Risk>(),
 * Nothing in api/ changes; the renderer reads it with `useRows('risks', dealId)` and
 * writes with `rowsApi('risks')` / `useRowActions('risks', dealId)`.
 */
export const ROW_TABLES = {
  issues: rowTable(newIssueSchema, issuePatchSchema)<Issue>(),
  issueOptions: rowTable(newOptionSchema, optionPatchSchema)<IssueOption>(),
  batnaActions: rowTable(newBatnaActionSchema, batnaActionPatchSchema)<BatnaAction>(),
  positions: rowTable(newPositionSchema, positionPatchSchema)<Position>(),
  interests: rowTable(newInterestSchema, interestPatchSchema)<Interest>(),
  diagnosticQuestions: rowTable(newQuestionSchema, questionPatchSchema)<DiagnosticQuestion>(),
  stakeholders: rowTable(newStakeholderSchema, stakeholderPatchSchema)<Stakeholder>(),
  decisionSteps: rowTable(newDecisionStepSchema, decisionStepPatchSchema)<DecisionStep>(),
  teamMembers: rowTable(newTeamMemberSchema, teamMemberPatchSchema)<TeamMember>(),
  authorityLimits: rowTable(newAuthorityLimitSchema, authorityLimitPatchSchema)<AuthorityLimit>(),
  leverageItems: rowTable(newLeverageItemSchema, leverageItemPatchSchema)<LeverageItem>(),
  leverageActions: rowTable(newLeverageActionSchema, leverageActionPatchSchema)<LeverageAction>(),
  evidence: rowTable(newEvidenceSchema, evidencePatchSchema)<EvidenceItem>(),
  claims: rowTable(newClaimSchema, claimPatchSchema)<Claim>(),
  anchors: rowTable(newAnchorSchema, anchorPatchSchema)<Anchor>(),
  ladderSteps: rowTable(newLadderStepSchema, ladderStepPatchSchema)<LadderStep>(),
  concessions: rowTable(newConcessionSchema, concessionPatchSchema)<Concession>(),
  deadlines: rowTable(newDeadlineSchema, deadlinePatchSchema)<Deadline>(),
  trustActions: rowTable(newTrustActionSchema, trustActionPatchSchema)<TrustAction>(),
  risks: rowTable(newRiskSchema, riskPatchSchema)<Risk>(),
  debriefMoments: rowTable(newMomentSchema, momentPatchSchema)<Moment>(),
  debriefLessons: rowTable(newLessonSchema, lessonPatchSchema)<Lesson>(),
  contingentClauses: rowTable(newClauseSchema, clausePatchSchema)<ContingentClause>(),
  mesoOffers: rowTable(newOfferSchema, offerPatchSchema)<MesoOffer>(),
  meetings: rowTable(newMeetingSchema, meetingPatchSchema)<Meeting>(),
  agendaItems: rowTable(newAgendaItemSchema, agendaItemPatchSchema)<AgendaItem>(),
  agendaQuestions: rowTable(newAgendaQuestionSchema, agendaQuestionPatchSchema)<AgendaQuestion>(),
  commitments: rowTable(newCommitmentSchema, commitmentPatchSchema)<Commitment>(),
  tenderLots: rowTable(newLotSchema, lotPatchSchema)<Lot>(),
  tenderSuppliers: rowTable(newSupplierSchema, supplierPatchSchema)<Supplier>(),
};

export type RowTables = typeof ROW_TABLES;
export type RowTableName = keyof RowTables;
export const ROW_TABLE_NAMES = Object.keys(ROW_TABLES) as [RowTableName, ...RowTableName[]];

/** A stored row of `T`, as `rows.list` answers it. */
export type RowOf<T extends RowTableName> = RowTables[T] extends RowTable<z.ZodType, z.ZodType, infer R> ? R : never;
/** The fields a new row of `T` may be given. */
export type NewRowOf<T extends RowTableName> = z.input<RowTables[T]['create']>;
/** The fields a patch of a row of `T` may change (also the shape of its `expected` values). */
export type RowPatchOf<T extends RowTableName> = z.input<RowTables[T]['patch']>;
