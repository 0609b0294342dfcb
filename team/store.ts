import { createHash, randomBytes, randomUUID } from 'node:crypto';
import bcrypt from 'bcryptjs';
/** What a member may do with a shared deal: viewers get read-only connections. */
import { MEMBER_ROLES, type MemberRole } from '../core/sharedDeal';
import { postgresSql, type Sql, sqliteSql } from './sql';

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

/** Where the store lives: `databaseUrl` (postgres://…) when given, else the SQLite `file`. */
export interface StoreLocation {
  file: string;
  databaseUrl?: string;
}

/** Opens the team server's store: Postgres when configured, else the embedded SQLite file. */
export async function openTeamStore(location: StoreLocation): Promise<TeamStore> {
  return new TeamStore(location.databaseUrl ? await postgresSql(location.databaseUrl) : sqliteSql(location.file));
}

/**
 * The team server's own store: users, per-deal membership, invitations, the token-signing
 * secret and each shared deal's Y.Doc state. Written once over `Sql` (team/sql.ts): an embedded
 * SQLite file by default, Postgres when several machines serve one team.
 */
export class TeamStore {
  constructor(readonly sql: Sql) {}

  /** The secret tokens are signed with: generated once, kept in the store (or given by the operator). */
  async secret(): Promise<Uint8Array> {
    const given = process.env.PARLEY_TEAM_SECRET;
    if (given) return new TextEncoder().encode(given);
    // The first instance to start writes it; the others read that one.
    await this.sql.run(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT DO NOTHING',
      'token_secret',
      randomBytes(32).toString('base64url'),
    );
    const [stored] = await this.sql.all<{ value: string }>('SELECT value FROM settings WHERE key = ?', 'token_secret');
    return new TextEncoder().encode(stored?.value);
  }

  async addUser(email: string, name: string, password: string): Promise<TeamUser> {
    const user = { id: randomUUID(), email, name };
    await this.sql.run(
      'INSERT INTO users (id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)',
      user.id,
      email,
      name,
      await bcrypt.hash(password, BCRYPT_COST),
      new Date().toISOString(),
    );
    return user;
  }

  async userByEmail(email: string): Promise<TeamUser | null> {
    const [user] = await this.sql.all<TeamUser>(
      'SELECT id, email, name FROM users WHERE lower(email) = lower(?)',
      email,
    );
    return user ?? null;
  }

  async userById(id: string): Promise<TeamUser | null> {
    const [user] = await this.sql.all<TeamUser>('SELECT id, email, name FROM users WHERE id = ?', id);
    return user ?? null;
  }

  /** Makes a user an editor or a reader of the team library; false when no user has this address. */
  async setLibraryRole(email: string, role: LibraryRole): Promise<boolean> {
    return (await this.sql.run('UPDATE users SET library_role = ? WHERE lower(email) = lower(?)', role, email)) > 0;
  }

  async libraryRole(userId: string): Promise<LibraryRole | null> {
    const [row] = await this.sql.all<{ role: LibraryRole }>(
      'SELECT library_role AS role FROM users WHERE id = ?',
      userId,
    );
    return row?.role ?? null;
  }

  /** The user whose password this is, or null (the same answer for an unknown e-mail address). */
  async checkPassword(email: string, password: string): Promise<TeamUser | null> {
    const [row] = await this.sql.all<TeamUser & { hash: string }>(
      'SELECT id, email, name, password_hash AS hash FROM users WHERE lower(email) = lower(?)',
      email,
    );
    // An unknown address costs the same time as a wrong password.
    const ok = await bcrypt.compare(
      password,
      row?.hash ?? '$2b$11$invalidinvalidinvalidinvalidinvalidinvalidinvalidinv',
    );
    if (!row || !ok) return null;
    return { id: row.id, email: row.email, name: row.name };
  }

  /** Registers a newly shared deal with its sharer as owner; false when the deal is already shared. */
  addDeal(dealId: string, ownerId: string): Promise<boolean> {
    return this.sql.transaction(async (sql) => {
      const added = await sql.run(
        'INSERT INTO deals (deal_id, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
        dealId,
        new Date().toISOString(),
      );
      if (added === 0) return false;
      await setRole(sql, dealId, ownerId, 'owner');
      return true;
    });
  }

  setRole(dealId: string, userId: string, role: Role): Promise<void> {
    return setRole(this.sql, dealId, userId, role);
  }

  /** Takes a member off the deal; answers whether they were one. */
  async removeMember(dealId: string, userId: string): Promise<boolean> {
    return (await this.sql.run('DELETE FROM deal_members WHERE deal_id = ? AND user_id = ?', dealId, userId)) > 0;
  }

  /** The deals shared with a user, with their role. */
  dealsOf(userId: string): Promise<{ dealId: string; role: Role }[]> {
    return this.sql.all(
      'SELECT deal_id AS "dealId", role FROM deal_members WHERE user_id = ? ORDER BY deal_id',
      userId,
    );
  }

  /** A deal's members, owners first. */
  members(dealId: string): Promise<(TeamUser & { role: Role })[]> {
    return this.sql.all(
      `SELECT u.id, u.email, u.name, m.role FROM deal_members m JOIN users u ON u.id = m.user_id
       WHERE m.deal_id = ? ORDER BY CASE m.role WHEN 'owner' THEN 0 WHEN 'editor' THEN 1 ELSE 2 END, u.name`,
      dealId,
    );
  }

  role(dealId: string, userId: string): Promise<Role | null> {
    return roleOf(this.sql, dealId, userId);
  }

  /**
   * A single-use invitation to a deal: the token goes into the link, only its SHA-256 is kept
   * (the token is 256 random bits, so a plain hash is enough to make a stolen store useless).
   */
  async addInvitation(dealId: string, role: InvitedRole, createdBy: string, ttlSeconds: number) {
    const token = randomBytes(32).toString('base64url');
    const now = Date.now();
    const expiresAt = new Date(now + ttlSeconds * 1000).toISOString();
    await this.sql.run(
      'INSERT INTO invitations (token_hash, deal_id, role, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
      hashOf(token),
      dealId,
      role,
      createdBy,
      new Date(now).toISOString(),
      expiresAt,
    );
    return { token, expiresAt };
  }

  /**
   * Uses an invitation: the user becomes a member with its role (a member keeps a better role
   * they already have), and the invitation is spent. Refused, with nothing changed, when the
   * token is unknown, used or expired.
   */
  acceptInvitation(token: string, userId: string): Promise<InvitationAnswer> {
    return this.sql.transaction(async (sql): Promise<InvitationAnswer> => {
      const now = new Date().toISOString();
      // Spent only if still unused and unexpired: two instances cannot both spend it.
      const spent = await sql.run(
        'UPDATE invitations SET used_by = ?, used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?',
        userId,
        now,
        hashOf(token),
        now,
      );
      const [invitation] = await sql.all<{ dealId: string; role: InvitedRole; usedAt: string | null }>(
        'SELECT deal_id AS "dealId", role, used_at AS "usedAt" FROM invitations WHERE token_hash = ?',
        hashOf(token),
      );
      if (!invitation) return { refused: 'unknown' };
      if (spent === 0) return { refused: invitation.usedAt ? 'used' : 'expired' };
      const current = await roleOf(sql, invitation.dealId, userId);
      const role = current && ROLES.indexOf(current) < ROLES.indexOf(invitation.role) ? current : invitation.role;
      await setRole(sql, invitation.dealId, userId, role);
      return { dealId: invitation.dealId, role };
    });
  }

  async loadDocument(name: string): Promise<Uint8Array | null> {
    const [row] = await this.sql.all<{ state: Buffer }>('SELECT state FROM documents WHERE name = ?', name);
    return row ? new Uint8Array(row.state) : null;
  }

  async storeDocument(name: string, state: Uint8Array): Promise<void> {
    await this.sql.run(
      'INSERT INTO documents (name, state, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
      name,
      Buffer.from(state),
      new Date().toISOString(),
    );
  }

  close(): Promise<void> {
    return this.sql.close();
  }
}

async function setRole(sql: Sql, dealId: string, userId: string, role: Role): Promise<void> {
  await sql.run(
    'INSERT INTO deal_members (deal_id, user_id, role) VALUES (?, ?, ?) ON CONFLICT (deal_id, user_id) DO UPDATE SET role = excluded.role',
    dealId,
    userId,
    role,
  );
}

async function roleOf(sql: Sql, dealId: string, userId: string): Promise<Role | null> {
  const [row] = await sql.all<{ role: Role }>(
    'SELECT role FROM deal_members WHERE deal_id = ? AND user_id = ?',
    dealId,
    userId,
  );
  return row?.role ?? null;
}
