import { z } from 'zod';
import { ALL_STEPS } from './steps';
import { shortText } from './text';

/**
 * Manager review of a shared deal: a member (a viewer too) comments on a step or a section
 * of the plan; the owner or an editor resolves it. Comments are rows of the deal
 * (`reviewComments` in the registry), so they sync like every other row.
 */

/** Plan sections that are not a step of their own. */
const PLAN_ONLY_SECTIONS = [
  { id: 'summary', label: 'Summary' },
  { id: 'objectives', label: 'Objectives & fair standards per issue' },
  { id: 'moments', label: 'Planned moments & questions' },
  { id: 'readiness', label: 'Readiness checklist' },
] as const;

/** What a comment may be about: a step (its plan section has the same id) or a plan-only section. */
export const COMMENT_SECTIONS: readonly { id: string; label: string }[] = [
  ...ALL_STEPS.map(({ id, label }) => ({ id, label })),
  ...PLAN_ONLY_SECTIONS,
];
const SECTION_IDS = COMMENT_SECTIONS.map((s) => s.id) as [string, ...string[]];

export const commentSectionLabel = (id: string) => COMMENT_SECTIONS.find((s) => s.id === id)?.label ?? id;

export const COMMENT_MAX = 4000;
export const commentSection = z.enum(SECTION_IDS, { error: 'Comment on a step or a section of the plan' });
export const commentBody = z
  .string({ error: 'A comment must be text' })
  .trim()
  .min(1, 'Write a comment first')
  .max(COMMENT_MAX, `A comment must be at most ${COMMENT_MAX} characters`);

/** What the commenter chooses: where, and what they say. */
export const reviewCommentFieldsSchema = z.strictObject({ sectionKey: commentSection, body: commentBody });

/** Filled in by the app, never typed: who wrote it (from their sign-in), who resolved it and when. */
export const reviewCommentStamps = {
  authorName: shortText('Author'),
  authorEmail: shortText('Author’s e-mail address'),
  resolvedAt: z.iso.datetime({ error: 'Resolved at must be an ISO-8601 UTC time' }).nullable(),
  resolvedBy: shortText('Resolved by').nullable(),
};

export interface ReviewComment {
  id: string;
  sectionKey: string;
  body: string;
  authorName: string;
  authorEmail: string;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
}
