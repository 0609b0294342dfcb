import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { SIGN_IN_EXPIRED, type TeamStatus } from '../../../core/sharedDeal';
import { apiQuery, errorMessage, useApi, useApiMutation } from '../api/hooks';
import { refreshAfterWrite } from '../api/refresh';
import { Dialog } from '../ui/Dialog';
import './team.css';

/** The deal's team status, re-read every second: sync state, who is online, conflicts. */
function useTeamStatus(dealId: string) {
  const status = useQuery({ ...apiQuery('team.status', { dealId }), refetchInterval: 1000 });
  const client = useQueryClient();
  const revision = status.data?.shared?.revision;
  // A colleague's edit landed in SQLite: the deal's screens read it again.
  useEffect(() => {
    if (revision !== undefined) void refreshAfterWrite(client, dealId);
  }, [revision, client, dealId]);
  return status;
}

const stateText = (shared: NonNullable<TeamStatus['shared']>) =>
  shared.refused
    ? `Not syncing: ${shared.refused}`
    : shared.state === 'synced'
      ? 'Synced'
      : shared.state === 'pending'
        ? `${shared.pending} ${shared.pending === 1 ? 'change' : 'changes'} not on the server yet`
        : shared.pending > 0
          ? `Offline · ${shared.pending} ${shared.pending === 1 ? 'change' : 'changes'} kept on this laptop`
          : 'Offline · changes are kept on this laptop';

const show = (value: unknown) =>
  typeof value === 'number'
    ? new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value)
    : value === null || value === ''
      ? '(empty)'
      : String(value);

/** `notice`: why a sign-in is asked for again (the kept one expired). */
function SignInForm({ onDone, notice }: { onDone?: () => void; notice?: string | null }) {
  const signIn = useApiMutation('team.signIn');
  const [server, setServer] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ server, email, password }, { onSuccess: () => onDone?.() });
  };
  return (
    <form className="team-form" onSubmit={submit} aria-label="Sign in to the team server">
      {notice ? (
        <p className="form-error">{notice}</p>
      ) : (
        <p className="team-hint">Sign in to your team’s server to share deals and sync them.</p>
      )}
      <label>
        Team server
        <input
          value={server}
          onChange={(e) => setServer(e.target.value)}
          placeholder="https://team.example.com"
          required
        />
      </label>
      <label>
        E-mail
        <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
      </label>
      <label>
        Password
        <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} required />
      </label>
      {signIn.error && <p className="form-error">{errorMessage(signIn.error)}</p>}
      <div className="dialog-actions">
        <button type="submit" className="primary" disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </div>
    </form>
  );
}

/** Who is signed in, kept across restarts until "Sign out". */
function SignedIn({ signedIn }: { signedIn: NonNullable<TeamStatus['signedIn']> }) {
  const signOut = useApiMutation('team.signOut');
  return (
    <p className="team-muted">
      Signed in to {signedIn.server} as {signedIn.name}.{' '}
      <button type="button" className="link-button" disabled={signOut.isPending} onClick={() => signOut.mutate({})}>
        Sign out
      </button>
    </p>
  );
}

function Members({ dealId }: { dealId: string }) {
  const members = useApi('team.members', { dealId });
  const invite = useApiMutation('team.invite');
  const remove = useApiMutation('team.removeMember');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<'editor' | 'viewer'>('editor');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate({ dealId, email, role }, { onSuccess: () => setEmail('') });
  };
  return (
    <section className="team-section" aria-label="Members">
      <h3>Members</h3>
      {members.error && <p className="form-error">{errorMessage(members.error)}</p>}
      <ul className="team-members">
        {(members.data ?? []).map((m) => (
          <li key={m.email}>
            <span>
              {m.name} <span className="team-muted">{m.email}</span>
            </span>
            <span className="team-role">{m.role}</span>
            {m.role !== 'owner' && (
              <button type="button" className="link-button" onClick={() => remove.mutate({ dealId, email: m.email })}>
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      <form className="team-invite" onSubmit={submit} aria-label="Invite a colleague">
        <label>
          Invite by e-mail
          <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
        </label>
        <label>
          As
          <select value={role} onChange={(e) => setRole(e.target.value as 'editor' | 'viewer')}>
            <option value="editor">Editor</option>
            <option value="viewer">Viewer (read-only)</option>
          </select>
        </label>
        <button type="submit" disabled={invite.isPending}>
          Invite
        </button>
      </form>
      {invite.error && <p className="form-error">{errorMessage(invite.error)}</p>}
      {remove.error && <p className="form-error">{errorMessage(remove.error)}</p>}
      <InvitationLink dealId={dealId} />
    </section>
  );
}

const day = (iso: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(new Date(iso));

/** "Copy invitation link": a single-use, expiring link for one colleague, with the role it gives. */
function InvitationLink({ dealId }: { dealId: string }) {
  const create = useApiMutation('team.invitationLink');
  const [role, setRole] = useState<'editor' | 'viewer'>('editor');
  // "Copied" only once the clipboard took it; otherwise the link is shown to copy by hand.
  const [copied, setCopied] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCopied(false);
    create.mutate(
      { dealId, role },
      {
        onSuccess: ({ link }) =>
          void navigator.clipboard?.writeText(link).then(
            () => setCopied(true),
            () => setCopied(false),
          ),
      },
    );
  };
  const made = create.data;
  return (
    <form className="team-invite" onSubmit={submit} aria-label="Invitation link">
      <label>
        Link for
        <select value={role} onChange={(e) => setRole(e.target.value as 'editor' | 'viewer')}>
          <option value="editor">an editor</option>
          <option value="viewer">a viewer (read-only)</option>
        </select>
      </label>
      <button type="submit" disabled={create.isPending}>
        Copy invitation link
      </button>
      {made && (
        <p className="team-hint" role="status">
          {copied ? 'Copied: ' : 'Copy this link: '}
          <input readOnly aria-label="Invitation link" value={made.link} onFocus={(e) => e.target.select()} />
          {` It lets one signed-in colleague join as ${made.role}, once, until ${day(made.expiresAt)}.`}
        </p>
      )}
      {create.error && <p className="form-error">{errorMessage(create.error)}</p>}
    </form>
  );
}

function Conflicts({ dealId, status }: { dealId: string; status: NonNullable<TeamStatus['shared']> }) {
  const resolve = useApiMutation('team.resolveConflict');
  return (
    <section className="team-section" aria-label="Conflicts">
      <h3>Changed on both sides</h3>
      {status.conflicts.length === 0 ? (
        <p className="team-muted">No conflicts: every change merged.</p>
      ) : (
        <ul className="team-conflicts">
          {status.conflicts.map((c) => (
            <li key={c.id}>
              <p>{c.summary} — keep which?</p>
              <div className="team-choices">
                {c.candidates.map((candidate, pick) => (
                  <button
                    key={`${c.id}-${candidate.you ? 'you' : candidate.author}-${candidate.kept}`}
                    type="button"
                    onClick={() => resolve.mutate({ dealId, conflictId: c.id, pick })}
                  >
                    Keep {candidate.you ? 'yours' : `${candidate.author}’s`}: {show(candidate.value)}
                  </button>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
      {resolve.error && <p className="form-error">{errorMessage(resolve.error)}</p>}
    </section>
  );
}

function ShareDialogBody({ dealId, status }: { dealId: string; status: TeamStatus }) {
  const share = useApiMutation('team.share');
  const leave = useApiMutation('team.leave');
  const shared = status.shared;
  const expired = status.signInExpired ? SIGN_IN_EXPIRED : null;
  if (!status.signedIn && !shared) return <SignInForm notice={expired} />;
  if (!shared)
    return (
      <div className="team-form">
        {status.signedIn && <SignedIn signedIn={status.signedIn} />}
        <p>
          Sharing sends this deal, as it is on this laptop, to the team server once; then you can invite colleagues. You
          keep working offline; edits merge when you meet.
        </p>
        {share.error && <p className="form-error">{errorMessage(share.error)}</p>}
        <div className="dialog-actions">
          <button type="button" className="primary" disabled={share.isPending} onClick={() => share.mutate({ dealId })}>
            {share.isPending ? 'Sharing…' : 'Share this deal'}
          </button>
        </div>
      </div>
    );
  return (
    <div className="team-form">
      <p className="team-state" data-state={shared.state} role="status">
        {stateText(shared)}
      </p>
      <p>{shared.online.length > 0 ? `Online now: ${shared.online.join(', ')}` : 'Nobody else has it open now.'}</p>
      {shared.readOnly && <p className="team-hint">You can read this deal; its owner can make you an editor.</p>}
      {!status.signedIn && (
        <details open={Boolean(expired)}>
          <summary>Sign in to sync</summary>
          <SignInForm notice={expired} />
        </details>
      )}
      <Conflicts dealId={dealId} status={shared} />
      {status.signedIn && <SignedIn signedIn={status.signedIn} />}
      {status.signedIn && <Members dealId={dealId} />}
      <div className="dialog-actions">
        <button type="button" className="danger" onClick={() => leave.mutate({ dealId })}>
          Stop sharing on this laptop
        </button>
      </div>
      {leave.error && <p className="form-error">{errorMessage(leave.error)}</p>}
    </div>
  );
}

/** "Share deal…" on a deal, with its sync state beside it when shared. */
export function ShareDealButton({ dealId }: { dealId: string }) {
  const status = useTeamStatus(dealId);
  const shared = status.data?.shared;
  return (
    <>
      {shared && (
        <span className="team-badge" data-state={shared.state} title={stateText(shared)}>
          {shared.conflicts.length > 0
            ? `${shared.conflicts.length} to resolve`
            : shared.state === 'synced'
              ? 'Synced'
              : shared.state === 'pending'
                ? 'Syncing…'
                : 'Offline'}
          {shared.online.length > 0 && ` · ${shared.online.join(', ')} online`}
        </span>
      )}
      <TeamDialogButton
        label={shared ? 'Team…' : 'Share deal…'}
        title={shared ? 'Shared deal' : 'Share deal'}
        className="title-action"
      >
        {status.data ? <ShareDialogBody dealId={dealId} status={status.data} /> : <p className="loading">Loading…</p>}
      </TeamDialogButton>
    </>
  );
}

/** On the deals list: sign in and open deals colleagues shared with you. */
export function SharedWithMeButton() {
  return (
    <TeamDialogButton label="Shared with me…" title="Shared with me" className="link-button">
      <SharedWithMe />
    </TeamDialogButton>
  );
}

/** A button that opens a team dialog closed by its Close button (or Escape); the body mounts only while open. */
function TeamDialogButton({
  label,
  title,
  className,
  children,
}: {
  label: string;
  title: string;
  className?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)}>
        {label}
      </button>
      <Dialog open={open} title={title} onClose={() => setOpen(false)}>
        {children}
        <div className="dialog-actions">
          <button type="button" onClick={() => setOpen(false)}>
            Close
          </button>
        </div>
      </Dialog>
    </>
  );
}

function SharedWithMe() {
  const [signedIn, setSignedIn] = useState(false);
  const deals = useQuery({ ...apiQuery('team.sharedWithMe', {}), retry: false });
  const join = useApiMutation('team.join');
  const needsSignIn = deals.error && /sign in/i.test(errorMessage(deals.error));
  if (needsSignIn && !signedIn)
    return (
      <SignInForm
        notice={errorMessage(deals.error) === SIGN_IN_EXPIRED ? SIGN_IN_EXPIRED : null}
        onDone={() => {
          setSignedIn(true);
          void deals.refetch();
        }}
      />
    );
  if (deals.error) return <p className="form-error">{errorMessage(deals.error)}</p>;
  if (!deals.data) return <p className="loading">Loading…</p>;
  return (
    <div className="team-form">
      {deals.data.length === 0 ? (
        <p className="team-muted">
          No deal is waiting for you: colleagues’ shared deals appear here once they invite you.
        </p>
      ) : (
        <ul className="team-members">
          {deals.data.map((d) => (
            <li key={d.dealId}>
              <span>
                Deal <span className="team-muted">{d.dealId.slice(0, 8)}</span>
              </span>
              <span className="team-role">{d.role}</span>
              <button
                type="button"
                disabled={join.isPending}
                onClick={() => join.mutate({ dealId: d.dealId }, { onSuccess: () => void deals.refetch() })}
              >
                Open on this laptop
              </button>
            </li>
          ))}
        </ul>
      )}
      {join.error && <p className="form-error">{errorMessage(join.error)}</p>}
      <JoinWithLink onJoined={() => void deals.refetch()} />
    </div>
  );
}

/** "Join with a link": paste an invitation link a colleague sent; the deal opens on this laptop. */
function JoinWithLink({ onJoined }: { onJoined: () => void }) {
  const join = useApiMutation('team.joinByLink');
  const [link, setLink] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    join.mutate(
      { link },
      {
        onSuccess: () => {
          setLink('');
          onJoined();
        },
      },
    );
  };
  return (
    <form className="team-invite" onSubmit={submit} aria-label="Join with a link">
      <label>
        Join with a link
        <input value={link} onChange={(e) => setLink(e.target.value)} placeholder="https://…/invite/…" required />
      </label>
      <button type="submit" disabled={join.isPending}>
        {join.isPending ? 'Joining…' : 'Join'}
      </button>
      {join.data && (
        <p className="team-hint" role="status">
          Joined {join.data.title ? `“${join.data.title}”` : 'the deal'} as {join.data.role}: it is on your deals list.
        </p>
      )}
      {join.error && <p className="form-error">{errorMessage(join.error)}</p>}
    </form>
  );
}
