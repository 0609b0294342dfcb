/**
 * The team library (#20): one team-wide doc for templates, tradeables and phrases (written by
 * library editors, read by every user), one for the debrief lessons people chose to share.
 * Names shared by the team server (team/server.ts) and the app (db/teamSync/teamLibrary.ts).
 */
export const TEAM_LIBRARY_DOC = 'team:library';
export const TEAM_LESSONS_DOC = 'team:lessons';
export const TEAM_DOCS = [TEAM_LIBRARY_DOC, TEAM_LESSONS_DOC] as const;
export type TeamDocName = (typeof TEAM_DOCS)[number];

/** The library's kinds of entry, each a map (entry id → fields) in the library doc. */
export const LIBRARY_KINDS = ['templates', 'tradeables', 'phrases'] as const;
export type LibraryKind = (typeof LIBRARY_KINDS)[number];

/** The one map of the lessons doc. */
export const LESSONS_MAP = 'lessons';

/**
 * What a shared lesson carries to the team, and nothing else: never a deal's title,
 * counterparty, amounts, BATNA or reservation values.
 */
export const SHARED_LESSON_FIELDS = ['text', 'tag', 'context', 'author', 'sharedAt', 'deletedAt'] as const;

export interface TeamLibraryStatus {
  signedIn: boolean;
  /** Null until the server has answered this laptop once (at a sign-in). */
  canEdit: boolean | null;
  online: boolean;
  /** This laptop has library changes the server has not acknowledged yet (offline: sent at the next sign-in). */
  pending: boolean;
}
