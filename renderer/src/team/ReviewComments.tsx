import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { formatDay } from '../../../core/documentFormat';
import { COMMENT_MAX, COMMENT_SECTIONS, commentSectionLabel, type ReviewComment } from '../../../core/reviewComments';
import { errorMessage, useApi, useApiMutation } from '../api/hooks';
import './team.css';

/** On the plan step a comment names the plan section it is about; elsewhere it is about the step. */
const PLAN_SECTIONS = COMMENT_SECTIONS.filter((s) => s.id !== 'plan' && s.id !== 'debrief');

/**
 * Manager review on a shared deal: "Comments (n)" under the step's title opens the open
 * comments on the step (on the plan step: on every section), a box to add one (viewers too)
 * and Resolve for the owner and editors. A deal that is not shared shows nothing.
 */
export function ReviewComments({ dealId, step }: { dealId: string; step: string }) {
  const status = useApi('team.status', { dealId });
  const shared = status.data?.shared;
  if (!shared) return null;
  return <CommentsPanel dealId={dealId} step={step} canResolve={!shared.readOnly} />;
}

function CommentsPanel({ dealId, step, canResolve }: { dealId: string; step: string; canResolve: boolean }) {
  const onPlan = step === 'plan';
  const comments = useApi('team.comments', { dealId });
  const [open, setOpen] = useState(false);
  const here = (comments.data ?? []).filter((k) => onPlan || k.sectionKey === step);
  const unresolved = here.filter((k) => !k.resolvedAt);
  const resolved = here.filter((k) => k.resolvedAt);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
  };
  return (
    <div className="review">
      <button
        ref={button}
        type="button"
        className="review-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        Comments ({unresolved.length})
      </button>
      {open && (
        <section
          id={panelId}
          className="review-panel"
          aria-label={onPlan ? 'Comments on the plan' : 'Comments on this step'}
          onKeyDown={onKeyDown}
        >
          {comments.error && <p className="form-error">{errorMessage(comments.error)}</p>}
          {unresolved.length === 0 ? (
            <p className="team-muted">
              {onPlan ? 'No open comments on the plan.' : 'No open comments on this step.'}{' '}
              {canResolve ? 'Colleagues’ comments appear here.' : 'Yours reach the deal’s owner.'}
            </p>
          ) : (
            <ul className="review-list">
              {unresolved.map((k) => (
                <Comment key={k.id} comment={k} dealId={dealId} onPlan={onPlan} canResolve={canResolve} />
              ))}
            </ul>
          )}
          {resolved.length > 0 && (
            <details className="review-resolved">
              <summary>{resolved.length} resolved</summary>
              <ul className="review-list">
                {resolved.map((k) => (
                  <Comment key={k.id} comment={k} dealId={dealId} onPlan={onPlan} canResolve={false} />
                ))}
              </ul>
            </details>
          )}
          <NewComment dealId={dealId} step={step} />
        </section>
      )}
    </div>
  );
}

function Comment(props: { comment: ReviewComment; dealId: string; onPlan: boolean; canResolve: boolean }) {
  const { comment: k, dealId } = props;
  const resolve = useApiMutation('team.resolveComment');
  return (
    <li className="review-comment">
      {props.onPlan && <span className="review-where">{commentSectionLabel(k.sectionKey)}</span>}
      <p className="review-body">{k.body}</p>
      <span className="team-muted">
        {k.authorName} · {formatDay(k.createdAt)}
        {k.resolvedAt && ` · resolved by ${k.resolvedBy ?? 'someone'} on ${formatDay(k.resolvedAt)}`}
      </span>
      {props.canResolve && (
        <button
          type="button"
          className="link-button"
          disabled={resolve.isPending}
          aria-label={`Resolve ${k.authorName}’s comment`}
          onClick={() => resolve.mutate({ dealId, id: k.id })}
        >
          {resolve.isPending ? 'Resolving…' : 'Resolve'}
        </button>
      )}
      {resolve.error && <p className="form-error">{errorMessage(resolve.error)}</p>}
    </li>
  );
}

function NewComment({ dealId, step }: { dealId: string; step: string }) {
  const onPlan = step === 'plan';
  const post = useApiMutation('team.comment');
  const [body, setBody] = useState('');
  const [section, setSection] = useState(onPlan ? 'summary' : step);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => box.current?.focus(), []);
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!body.trim() || post.isPending) return;
    // Cleared only once the comment is on this laptop (the procedure answers then).
    post.mutate({ dealId, sectionKey: section, body }, { onSuccess: () => setBody('') });
  };
  return (
    <form className="review-new" onSubmit={submit} aria-label="Add a comment">
      {onPlan && (
        <label>
          On{' '}
          <select value={section} onChange={(e) => setSection(e.target.value)}>
            {PLAN_SECTIONS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        Comment
        <textarea
          ref={box}
          value={body}
          maxLength={COMMENT_MAX}
          rows={2}
          onChange={(e) => setBody(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
          }}
        />
      </label>
      {post.error && <p className="form-error">{errorMessage(post.error)}</p>}
      <div className="review-actions">
        <span className="team-muted">Ctrl+Enter to send</span>
        <button type="submit" disabled={!body.trim() || post.isPending}>
          {post.isPending ? 'Sending…' : 'Add comment'}
        </button>
      </div>
    </form>
  );
}
