import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { DECISION_ROLE_LABELS } from '../../core/counterparty';
import type { Deal } from '../../core/deal';
import {
  type DealTemplate,
  newDealFromTemplateSchema,
  saveAsTemplateSchema,
  TEMPLATE_VERSION,
  type TemplateDocument,
} from '../../core/library/templates';
import { DEADLINE_KIND_LABELS } from '../../core/risks';
import { TEAM_ROLE_LABELS } from '../../core/team';
import { insertRow, writeDeal } from '../dealTables/write';
import type { ParleyDb } from '../parleyDb';
import { diagnosticQuestions } from '../schema';
import { clauseStore, governanceStore } from './concessions';
import { stakeholderStore } from './counterparty';
import { foreignRow } from './dealChild';
import { createDeal, getDeal } from './deals';
import { issueStore } from './issues';
import { agendaItemStore, commitmentStore, meetingStore } from './meetings';
import { deadlineStore, relationshipStore, riskStore } from './risks';
import { teamMemberStore } from './team';
import { createTemplate, getTemplate } from './templates';

/** Creates the deal and every row the template describes, in one transaction. */
export function createDealFromTemplate(db: ParleyDb, input: unknown): Deal {
  const parsed = newDealFromTemplateSchema.parse(input);
  return db.transaction((tx) => {
    const template = getTemplate(tx, parsed.templateId);
    const doc = template.document;
    const deal = createDeal(tx, {
      title: parsed.title,
      counterparty: parsed.counterparty ?? '',
      context: template.context,
      ourSide: doc.ourSide,
    });
    // The template's rows go through the one write path, like any edit of the new deal.
    writeDeal(tx, deal.id, (w) => {
      for (const issue of doc.issues) {
        const id = randomUUID();
        insertRow(w, 'issues', {
          id,
          dealId: deal.id,
          name: issue.name,
          category: issue.category,
          weightUs: issue.weightUs,
          weightThem: issue.weightThem,
          tradeable: issue.tradeable,
          redLine: issue.redLine,
          notes: issue.why,
          numericKind: issue.numericKind ?? null,
          unit: issue.unit ?? '',
          priority: issue.priority ?? null,
          standard: issue.standard ?? null,
        });
        for (const option of issue.options) {
          insertRow(w, 'issueOptions', { id: randomUUID(), issueId: id, ...option, value: option.value ?? null });
        }
      }
      for (const person of doc.stakeholderRoles) {
        stakeholderStore.create(w, deal.id, { name: person.role, role: person.decisionRole, interests: person.why });
      }
      for (const seat of doc.teamRoles ?? []) {
        teamMemberStore.create(w, deal.id, {
          name: seat.title,
          role: seat.role,
          title: seat.title,
          responsibility: seat.responsibility,
        });
      }
      for (const idea of doc.clauses) clauseStore.create(w, deal.id, { metric: idea.metric, remedy: idea.remedy });
      governanceStore.update(w, deal.id, doc.governance);
      // Deadlines come without dates (they belong to the deal); theirs start as not known to us.
      for (const d of doc.deadlines ?? []) {
        deadlineStore.create(w, deal.id, {
          side: d.side,
          kind: d.kind,
          label: d.label,
          firmness: d.firmness,
          note: d.note,
          theyKnow: 'unsure',
          weKnow: d.side === 'theirs' ? 'unknown' : 'estimated',
        });
      }
      for (const r of doc.risks ?? []) riskStore.create(w, deal.id, r);
      if (doc.relationshipGoal) relationshipStore.update(w, deal.id, { goal: doc.relationshipGoal });
      // A first meeting to plan: its agenda and next steps; the date, place and names are the deal's.
      if (doc.meeting) {
        const { agenda, commitments, ...fields } = doc.meeting;
        const meeting = meetingStore.create(w, deal.id, fields);
        for (const item of agenda) agendaItemStore.create(w, deal.id, { meetingId: meeting.id, ...item });
        for (const c of commitments) commitmentStore.create(w, deal.id, { meetingId: meeting.id, ...c });
      }
      for (const text of doc.questions) {
        insertRow(w, 'diagnosticQuestions', {
          id: randomUUID(),
          dealId: deal.id,
          text,
          interestId: null,
          issueId: null,
          answer: '',
        });
      }
    });
    return getDeal(tx, deal.id);
  });
}

/**
 * "Save this deal as a template": keeps the structure (issues, options, weights, scores,
 * flags, numbers, priorities and standards, questions, stakeholder roles, our team's
 * roles, clause ideas, governance, deadlines without dates, risks to check, the relationship
 * goal) and drops what belongs to
 * this deal only — its title, counterparty, notes and dates, every issue's notes, people's
 * names and notes, clause thresholds, the answers to questions, the BATNA, and the option
 * labels the user marked as specific (their own numbers).
 */
export function saveDealAsTemplate(db: ParleyDb, input: unknown): DealTemplate {
  const parsed = saveAsTemplateSchema.parse(input);
  return db.transaction((tx) => {
    const deal = getDeal(tx, parsed.dealId);
    const dealIssues = issueStore.list(tx, deal.id);
    const optionIds = new Set(dealIssues.flatMap((i) => i.options.map((o) => o.id)));
    for (const id of parsed.specificOptionIds) {
      if (!optionIds.has(id)) throw foreignRow('An option marked as specific', 'specificOptionIds');
    }
    const specific = new Set(parsed.specificOptionIds);
    const questions = tx
      .select({ text: diagnosticQuestions.text })
      .from(diagnosticQuestions)
      // A question waiting in its undo window is gone for the template as for every screen.
      .where(and(eq(diagnosticQuestions.dealId, deal.id), isNull(diagnosticQuestions.deletedAt)))
      .orderBy(asc(diagnosticQuestions.position))
      .all()
      .map((q) => q.text.trim())
      .filter((text) => text !== '')
      .map((text) => text.slice(0, 500));
    const document: TemplateDocument = {
      version: TEMPLATE_VERSION,
      ourSide: deal.ourSide,
      issues: dealIssues
        .filter((issue) => issue.name.trim() !== '')
        .map((issue) => ({
          name: issue.name.trim(),
          category: issue.category,
          weightUs: issue.weightUs,
          weightThem: issue.weightThem,
          tradeable: issue.tradeable,
          redLine: issue.redLine,
          why: '',
          numericKind: issue.numericKind,
          unit: issue.unit,
          priority: issue.priority,
          standard: issue.standard,
          options: issue.options
            .filter((o) => !specific.has(o.id) && o.label.trim() !== '')
            .map((o) => ({ label: o.label.trim(), ourScore: o.ourScore, theirScore: o.theirScore, value: o.value })),
        })),
      // People are kept by role only: their names and notes belong to this deal.
      stakeholderRoles: stakeholderStore
        .list(tx, deal.id)
        .filter((person) => person.side === 'theirs')
        .slice(0, 50)
        .map((person) => ({
          role: person.role === 'unknown' ? person.title.trim() || 'Stakeholder' : DECISION_ROLE_LABELS[person.role],
          decisionRole: person.role,
          why: '',
        })),
      questions,
      // The threshold is this deal's number; the metric and remedy are the reusable idea.
      clauses: clauseStore
        .list(tx, deal.id)
        .filter((c) => c.metric.trim() && c.remedy.trim())
        .slice(0, 50)
        .map((c) => ({ metric: c.metric.trim(), remedy: c.remedy.trim() })),
      governance: governanceStore.get(tx, deal.id),
      // Our team by role and title only: the names belong to this deal.
      teamRoles: teamMemberStore
        .list(tx, deal.id)
        .slice(0, 20)
        .map((m) => ({
          role: m.role,
          title: m.title.trim() || TEAM_ROLE_LABELS[m.role],
          responsibility: m.responsibility,
        })),
      // Deadlines by kind and name only: the dates belong to this deal.
      deadlines: deadlineStore
        .list(tx, deal.id)
        .slice(0, 30)
        .map((d) => ({
          side: d.side,
          kind: d.kind,
          label: d.label.trim() || DEADLINE_KIND_LABELS[d.kind],
          firmness: d.firmness,
          note: d.note,
        })),
      // Risks and assumptions as things to check next time; the owner and the answer stay here.
      risks: riskStore
        .list(tx, deal.id)
        .filter((r) => r.statement.trim())
        .slice(0, 50)
        .map((r) => ({
          kind: r.kind,
          statement: r.statement.trim(),
          likelihood: r.likelihood,
          impact: r.impact,
          verification: r.verification,
        })),
      ...relationshipGoalOf(tx, deal.id),
      ...meetingIdeaOf(tx, deal.id),
    };
    return createTemplate(tx, {
      name: parsed.name,
      context: deal.context,
      description: parsed.description ?? '',
      document,
    });
  });
}

function relationshipGoalOf(db: ParleyDb, dealId: string): Pick<TemplateDocument, 'relationshipGoal'> {
  const { goal } = relationshipStore.get(db, dealId);
  return goal === 'not_set' ? {} : { relationshipGoal: goal };
}

/** The deal's first meeting as a pattern: title, length, agenda and next steps; its words to them and names stay here. */
function meetingIdeaOf(db: ParleyDb, dealId: string): Pick<TemplateDocument, 'meeting'> {
  const meeting = meetingStore.list(db, dealId)[0];
  if (!meeting) return {};
  const agenda = agendaItemStore
    .list(db, dealId)
    .filter((i) => i.meetingId === meeting.id && i.title.trim())
    .slice(0, 30)
    .map((i) => ({ title: i.title.trim(), minutes: i.minutes, phase: i.phase }));
  const commitments = commitmentStore
    .list(db, dealId)
    .filter((c) => c.meetingId === meeting.id && c.text.trim())
    .slice(0, 20)
    .map((c) => ({ text: c.text.trim(), party: c.party }));
  return {
    meeting: {
      title: meeting.title.trim() || 'First meeting',
      durationMinutes: meeting.durationMinutes,
      opening: '',
      agenda,
      commitments,
    },
  };
}
