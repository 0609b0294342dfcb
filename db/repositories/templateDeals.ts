import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Deal } from '../../core/deal';
import {
  type DealTemplate,
  newDealFromTemplateSchema,
  saveAsTemplateSchema,
  TEMPLATE_VERSION,
  type TemplateDocument,
} from '../../core/library/templates';
import type { ParleyDb } from '../database';
import { diagnosticQuestions, issueOptions, issues } from '../schema';
import { foreignRow } from './dealChild';
import { createDeal, getDeal } from './deals';
import { listIssues } from './issues';
import { createTemplate, getTemplate } from './templates';

/**
 * Template sections that have no table yet (stakeholders, contingent clauses, governance
 * arrive with Preparation II): written into the new deal's notes as a checklist, so the
 * know-how reaches the user instead of being dropped.
 */
export function templateChecklist(doc: TemplateDocument): string {
  const sections: string[] = [];
  if (doc.stakeholderRoles.length) {
    sections.push(
      `People to map:\n${doc.stakeholderRoles.map((r) => `- ${r.role}${r.why ? ` — ${r.why}` : ''}`).join('\n')}`,
    );
  }
  if (doc.clauses.length) {
    sections.push(
      `Clauses to consider:\n${doc.clauses.map((c) => `- If ${c.condition}, then ${c.remedy}`).join('\n')}`,
    );
  }
  if (doc.governance.length) sections.push(`Governance to propose:\n${doc.governance.map((g) => `- ${g}`).join('\n')}`);
  return sections.join('\n\n');
}

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
      notes: templateChecklist(doc),
    });
    doc.issues.forEach((issue, position) => {
      const id = randomUUID();
      tx.insert(issues)
        .values({
          id,
          dealId: deal.id,
          name: issue.name,
          category: issue.category,
          weightUs: issue.weightUs,
          weightThem: issue.weightThem,
          tradeable: issue.tradeable,
          redLine: issue.redLine,
          notes: issue.why,
          position,
        })
        .run();
      issue.options.forEach((option, optionPosition) => {
        tx.insert(issueOptions)
          .values({ id: randomUUID(), issueId: id, ...option, position: optionPosition })
          .run();
      });
    });
    doc.questions.forEach((text, position) => {
      tx.insert(diagnosticQuestions)
        .values({ id: randomUUID(), dealId: deal.id, text, interestId: null, issueId: null, answer: '', position })
        .run();
    });
    return getDeal(tx, deal.id);
  });
}

/**
 * "Save this deal as a template": keeps the structure (issues, options, weights, scores,
 * flags, questions) and drops what belongs to this deal only — its title, counterparty,
 * notes and dates, every issue's notes, the answers to questions, the BATNA, and the
 * option labels the user marked as specific (their own numbers).
 */
export function saveDealAsTemplate(db: ParleyDb, input: unknown): DealTemplate {
  const parsed = saveAsTemplateSchema.parse(input);
  return db.transaction((tx) => {
    const deal = getDeal(tx, parsed.dealId);
    const dealIssues = listIssues(tx, deal.id);
    const optionIds = new Set(dealIssues.flatMap((i) => i.options.map((o) => o.id)));
    for (const id of parsed.specificOptionIds) {
      if (!optionIds.has(id)) throw foreignRow('An option marked as specific', 'specificOptionIds');
    }
    const specific = new Set(parsed.specificOptionIds);
    const questions = tx
      .select({ text: diagnosticQuestions.text })
      .from(diagnosticQuestions)
      .where(eq(diagnosticQuestions.dealId, deal.id))
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
          options: issue.options
            .filter((o) => !specific.has(o.id) && o.label.trim() !== '')
            .map((o) => ({ label: o.label.trim(), ourScore: o.ourScore, theirScore: o.theirScore })),
        })),
      stakeholderRoles: [],
      questions,
      clauses: [],
      governance: [],
    };
    return createTemplate(tx, {
      name: parsed.name,
      context: deal.context,
      description: parsed.description ?? '',
      document,
    });
  });
}
