import { createHash, randomBytes, randomUUID } from 'node:crypto';
import bcrypt from 'bcryptjs';
/** What a member may do with a shared deal: viewers get read-only connections. */
import { MEMBER_ROLES, type MemberRole } from '../core/sharedDeal';
import { openConnection, type SqliteConnection } from '../db/connection';
import { createPrivateFile, keepPrivate } from '../db/privateFiles';

export const ROLES = MEMBER_ROLES;
export type Role = MemberRole;

/** The roles an invitation may give (ownership is not handed out by link). */
export type InvitedRole = Exclude<Role, 'owner'>;
export type InvitationAnswer = { dealId: string; role: Role } | { refused: 'unknown' | 'used' | 'expired' };

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
/** Who may change the team library (templates, tradeables, phrases): every user reads it. */
export const LIBRARY_ROLES = ['editor', 'reader'] as const;
export type LibraryRole = (typeof LIBRARY_ROLES)[number];

export interface TeamUser {
  id: string;
  email: string;
  name: string;
}

/** bcrypt's cost: ~50 ms a check on a laptop core; raised here when machines get faster. */
const BCRYPT_COST = 11;

/**
 * The team server's own store: one SQLite file (0600, like Parley's data file) with users,
 * per-deal membership, the token-signing secret and each shared deal's Y.Doc state.
 */
export class TeamStore {
  readonly sqlite: SqliteConnection;

  constructor(readonly file: string) {
    createPrivateFile(file);
    this.sqlite = openConnection(file);
    for (const suffix of ['-wal', '-shm']) keepPrivate(`${file}${suffix}`);
    this.sqlite.exec(`
      CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS users (
        id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE COLLATE NOCASE, name TEXT NOT NULL,
        password_hash TEXT NOT NULL, created_at TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS deals (deal_id TEXT PRIMARY KEY, created_at TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS deal_members (
        deal_id TEXT NOT NULL REFERENCES deals(deal_id) ON DELETE CASCADE,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
        PRIMARY KEY (deal_id, user_id));
      CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, state BLOB NOT NULL, updated_at TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS invitations (
        token_hash TEXT PRIMARY KEY,
        deal_id TEXT NOT NULL REFERENCES deals(deal_id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('editor', 'viewer')),
        created_by TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL, expires_at TEXT NOT NULL,
        used_by TEXT REFERENCES users(id) ON DELETE SET NULL, used_at TEXT);
    `);
    // Stores made before the team library: every user starts as a reader of it.
    const columns = this.sqlite.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('users') as string[];
    if (!columns.includes('library_role'))
      this.sqlite.exec(
        "ALTER TABLE users ADD COLUMN library_role TEXT NOT NULL DEFAULT 'reader' CHECK (library_role IN ('editor', 'reader'))",
      );
  }

  /** The secret tokens are signed with: generated once, kept in the file (or given by the operator). */
  secret(): Uint8Array {
    const given = process.env.PARLEY_TEAM_SECRET;
    if (given) return new TextEncoder().encode(given);
    const stored = this.sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get('token_secret') as
      | string
      | undefined;
    const secret = stored ?? randomBytes(32).toString('base64url');
    if (!stored) this.sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('token_secret', secret);
    return new TextEncoder().encode(secret);
  }

  addUser(email: string, name: string, password: string): TeamUser {
    const user = { id: randomUUID(), email, name };
    this.sqlite
      .prepare('INSERT INTO users (id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(user.id, email, name, bcrypt.hashSync(password, BCRYPT_COST), new Date().toISOString());
    return user;
  }

  userByEmail(email: string): TeamUser | null {
    return (
      (this.sqlite.prepare('SELECT id, email, name FROM users WHERE email = ?').get(email) as TeamUser | undefined) ??
      null
    );
  }

  userById(id: string): TeamUser | null {
    return (
      (this.sqlite.prepare('SELECT id, email, name FROM users WHERE id = ?').get(id) as TeamUser | undefined) ?? null
    );
  }

  /** Makes a user an editor or a reader of the team library; false when no user has this address. */
  setLibraryRole(email: string, role: LibraryRole): boolean {
    return this.sqlite.prepare('UPDATE users SET library_role = ? WHERE email = ?').run(role, email).changes > 0;
  }

  libraryRole(userId: string): LibraryRole | null {
    return (
      (this.sqlite.prepare('SELECT library_role FROM users WHERE id = ?').pluck().get(userId) as
        | LibraryRole
        | undefined) ?? null
    );
  }

  /** The user whose password this is, or null (the same answer for an unknown e-mail address). */
  async checkPassword(email: string, password: string): Promise<TeamUser | null> {
    const row = this.sqlite
      .prepare('SELECT id, email, name, password_hash AS hash FROM users WHERE email = ?')
      .get(email) as (TeamUser & { hash: string }) | undefined;
    // An unknown address costs the same time as a wrong password.
    const ok = await bcrypt.compare(
      password,
      row?.hash ?? '$2b$11$invalidinvalidinvalidinvalidinvalidinvalidinvalidinv',
    );
    if (!row || !ok) return null;
    return { id: row.id, email: row.email, name: row.name };
  }

  /** Registers a newly shared deal with its sharer as owner; false when the deal is already shared. */
  addDeal(dealId: string, ownerId: string): boolean {
    return this.sqlite.transaction(() => {
      const added = this.sqlite
        .prepare('INSERT INTO deals (deal_id, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING')
        .run(dealId, new Date().toISOString()).changes;
      if (added === 0) return false;
      this.setRole(dealId, ownerId, 'owner');
      return true;
    })();
  }

  setRole(dealId: string, userId: string, role: Role): void {
    this.sqlite
      .prepare(
        'INSERT INTO deal_members (deal_id, user_id, role) VALUES (?, ?, ?) ON CONFLICT (deal_id, user_id) DO UPDATE SET role = excluded.role',
      )
      .run(dealId, userId, role);
  }

  /** Takes a member off the deal; answers whether they were one. */
  removeMember(dealId: string, userId: string): boolean {
    return (
      this.sqlite.prepare('DELETE FROM deal_members WHERE deal_id = ? AND user_id = ?').run(dealId, userId).changes > 0
    );
  }

  /** The deals shared with a user, with their role. */
  dealsOf(userId: string): { dealId: string; role: Role }[] {
    return this.sqlite
      .prepare('SELECT deal_id AS dealId, role FROM deal_members WHERE user_id = ? ORDER BY deal_id')
      .all(userId) as { dealId: string; role: Role }[];
  }

  /** A deal's members, owners first. */
  members(dealId: string): (TeamUser & { role: Role })[] {
    return this.sqlite
      .prepare(
        `SELECT u.id, u.email, u.name, m.role FROM deal_members m JOIN users u ON u.id = m.user_id
         WHERE m.deal_id = ? ORDER BY CASE m.role WHEN 'owner' THEN 0 WHEN 'editor' THEN 1 ELSE 2 END, u.name`,
      )
      .all(dealId) as (TeamUser & { role: Role })[];
  }

  role(dealId: string, userId: string): Role | null {
    return (
      (this.sqlite
        .prepare('SELECT role FROM deal_members WHERE deal_id = ? AND user_id = ?')
        .pluck()
        .get(dealId, userId) as Role | undefined) ?? null
    );
  }

  /**
   * A single-use invitation to a deal: the token goes into the link, only its SHA-256 is kept
   * (the token is 256 random bits, so a plain hash is enough to make a stolen store useless).
   */
  addInvitation(dealId: string, role: InvitedRole, createdBy: string, ttlSeconds: number) {
    const token = randomBytes(32).toString('base64url');
    const now = Date.now();
    const expiresAt = new Date(now + ttlSeconds * 1000).toISOString();
    this.sqlite
      .prepare(
        'INSERT INTO invitations (token_hash, deal_id, role, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(hashOf(token), dealId, role, createdBy, new Date(now).toISOString(), expiresAt);
    return { token, expiresAt };
  }

  /**
   * Uses an invitation: the user becomes a member with its role (a member keeps a better role
   * they already have), and the invitation is spent. Refused, with nothing changed, when the
   * token is unknown, used or expired.
   */
  acceptInvitation(token: string, userId: string): InvitationAnswer {
    // IMMEDIATE: two instances sharing the file cannot both spend one invitation.
    return this.sqlite
      .transaction((): InvitationAnswer => {
        const invitation = this.sqlite
          .prepare(
            'SELECT deal_id AS dealId, role, expires_at AS expiresAt, used_at AS usedAt FROM invitations WHERE token_hash = ?',
          )
          .get(hashOf(token)) as
          | { dealId: string; role: InvitedRole; expiresAt: string; usedAt: string | null }
          | undefined;
        if (!invitation) return { refused: 'unknown' };
        if (invitation.usedAt) return { refused: 'used' };
        const now = new Date().toISOString();
        if (invitation.expiresAt <= now) return { refused: 'expired' };
        this.sqlite
          .prepare('UPDATE invitations SET used_by = ?, used_at = ? WHERE token_hash = ?')
          .run(userId, now, hashOf(token));
        const current = this.role(invitation.dealId, userId);
        const role = current && ROLES.indexOf(current) < ROLES.indexOf(invitation.role) ? current : invitation.role;
        this.setRole(invitation.dealId, userId, role);
        return { dealId: invitation.dealId, role };
      })
      .immediate();
  }

  loadDocument(name: string): Uint8Array | null {
    const state = this.sqlite.prepare('SELECT state FROM documents WHERE name = ?').pluck().get(name) as
      | Buffer
      | undefined;
    return state ? new Uint8Array(state) : null;
  }

  storeDocument(name: string, state: Uint8Array): void {
    this.sqlite
      .prepare(
        'INSERT INTO documents (name, state, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
      )
      .run(name, Buffer.from(state), new Date().toISOString());
  }

  close(): void {
    this.sqlite.close();
  }
}
