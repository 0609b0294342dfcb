/** What the app shows of a deal shared through the team server (db/teamSync/session.ts builds it; the Share dialog reads it). */

export const MEMBER_ROLES = ['owner', 'editor', 'viewer'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export interface ConflictCandidate {
  author: string;
  you: boolean;
  value: unknown;
  kept: boolean;
}

export interface SyncConflict {
  id: number;
  table: string;
  rowId: string;
  field: string;
  /** Money and objectives (number fields) are listed first. */
  money: boolean;
  candidates: ConflictCandidate[];
  /** "Anchor · Target: you 410,000 · Maria 420,000" */
  summary: string;
}

/** From Parley's own log: `pending` local changes not acknowledged by the server yet. */
export type SyncState = 'synced' | 'pending' | 'offline';

/**
 * The server no longer takes the kept sign-in (its token expired, or the server's key changed):
 * the reason the server gives for refusing such a connection, and what the app then says.
 */
export const SIGN_IN_EXPIRED = 'Your team sign-in has expired — sign in again';

/** An invitation link's token: 32 random bytes, base64url (the link is `<server>/invite/<token>`). */
export const INVITATION_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export interface TeamStatus {
  signedIn: { server: string; email: string; name: string } | null;
  /** The sign-in was dropped because the server said it expired (until the user signs in again). */
  signInExpired: boolean;
  /** Null: the deal is not shared on this laptop. */
  shared: {
    server: string;
    readOnly: boolean;
    pending: number;
    /** The log's last entry: when it moves, the deal's screens re-read (a colleague's edit arrived). */
    revision: number;
    state: SyncState;
    /** Why the server refused this laptop (removed from the deal…), if it did. */
    refused: string | null;
    /** Colleagues with the deal open right now. */
    online: string[];
    conflicts: SyncConflict[];
  } | null;
}

export interface TeamMember {
  email: string;
  name: string;
  role: MemberRole;
}
