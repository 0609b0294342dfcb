import type { RowOf, RowTableName } from '../../core/rowTables';
import { anchorStore, ladderStepStore } from './anchors';
import { batnaActionStore } from './batna';
import { clauseStore, concessionStore } from './concessions';
import { decisionStepStore, stakeholderStore } from './counterparty';
import type { RowStore } from './dealRows';
import { lessonStore, momentStore } from './debrief';
import { claimStore, evidenceStore } from './evidence';
import { interestStore, positionStore, questionStore } from './interests';
import { issueStore, optionStore } from './issues';
import { leverageActionStore, leverageItemStore } from './leverage';
import { agendaItemStore, agendaQuestionStore, commitmentStore, meetingStore } from './meetings';
import { offerStore } from './meso';
import { deadlineStore, riskStore, trustActionStore } from './risks';
import { authorityLimitStore, teamMemberStore } from './team';
import { lotStore, supplierStore } from './tender';

/**
 * The row store of each list table the generic `rows.*` procedures serve, by registry name.
 * Typed from core/rowTables.ts: a table declared there without a store here (or a store
 * answering another table's rows) does not compile.
 */
const ROW_STORES: { [T in RowTableName]: RowStore<RowOf<T>> } = {
  issues: issueStore,
  issueOptions: optionStore,
  batnaActions: batnaActionStore,
  positions: positionStore,
  interests: interestStore,
  diagnosticQuestions: questionStore,
  stakeholders: stakeholderStore,
  decisionSteps: decisionStepStore,
  teamMembers: teamMemberStore,
  authorityLimits: authorityLimitStore,
  leverageItems: leverageItemStore,
  leverageActions: leverageActionStore,
  evidence: evidenceStore,
  claims: claimStore,
  anchors: anchorStore,
  ladderSteps: ladderStepStore,
  concessions: concessionStore,
  contingentClauses: clauseStore,
  deadlines: deadlineStore,
  trustActions: trustActionStore,
  risks: riskStore,
  mesoOffers: offerStore,
  meetings: meetingStore,
  agendaItems: agendaItemStore,
  agendaQuestions: agendaQuestionStore,
  commitments: commitmentStore,
  debriefMoments: momentStore,
  debriefLessons: lessonStore,
  tenderLots: lotStore,
  tenderSuppliers: supplierStore,
};

export const rowStore = <T extends RowTableName>(table: T): RowStore<RowOf<T>> => ROW_STORES[table];
