import { useEffect, useRef, useState } from 'react';
import { DEBRIEF_OUTCOMES, type DebriefOutcome, OUTCOME_LABELS, PHASE_LABELS } from '../../../core/debrief/model';
import type { MomentType } from '../../../core/debrief/momentCatalogue';
import type { Issue } from '../../../core/issues';
import { debriefDraft } from '../../../core/live/debriefDraft';
import type { LiveSessionView } from '../../../core/live/model';
import { Dialog } from '../ui/Dialog';
import { entryText } from './HistoryPanel';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Ending the session: the debrief is filled from what was logged — the final package as
 * the agreement (editable here), the moments, the concessions — and the user confirms.
 */
export function EndSessionDialog(props: {
  open: boolean;
  view: LiveSessionView;
  issues: readonly Issue[];
  catalogue: readonly MomentType[];
  busy: boolean;
  error: string | null;
  onCancel(): void;
  onConfirm(input: {
    outcome: DebriefOutcome;
    closingDate: string | null;
    agreement: Record<string, string>;
    momentEntryIds: string[];
  }): void;
}) {
  const draft = debriefDraft(props.view.offers, props.view.entries, props.catalogue);
  const [outcome, setOutcome] = useState<DebriefOutcome>(props.view.offers.length > 0 ? 'agreed' : 'no_deal');
  const [closingDate, setClosingDate] = useState(today);
  const [agreement, setAgreement] = useState<Record<string, string>>(draft.agreement);
  const [skipped, setSkipped] = useState<Set<string>>(new Set());
  const confirm = useRef<HTMLButtonElement>(null);
  // Enter confirms: focus the button once the modal has opened (it focuses its first field).
  useEffect(() => {
    if (!props.open) return;
    const timer = window.setTimeout(() => confirm.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [props.open]);
  return (
    <Dialog open={props.open} title="End the session and fill the debrief" onClose={props.onCancel}>
      <form
        className="live-end"
        onSubmit={(event) => {
          event.preventDefault();
          props.onConfirm({
            outcome,
            closingDate: closingDate || null,
            agreement,
            momentEntryIds: draft.moments.map((m) => m.entryId).filter((id) => !skipped.has(id)),
          });
        }}
      >
        <p className="muted">
          {props.view.offers.length} offer(s), {draft.moments.length} moment(s), {draft.concessions.length}{' '}
          concession(s) go into the debrief. Check the agreement, then confirm.
        </p>
        <div className="form-grid">
          <label>
            Result
            <select value={outcome} onChange={(e) => setOutcome(e.target.value as DebriefOutcome)}>
              {DEBRIEF_OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {OUTCOME_LABELS[o]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Closing date
            <input type="date" value={closingDate} onChange={(e) => setClosingDate(e.target.value)} />
          </label>
        </div>
        {outcome === 'agreed' && (
          <fieldset className="live-end-agreement">
            <legend>
              Agreement (the last package on the table
              {draft.lastOfferBy ? `, ${draft.lastOfferBy === 'ours' ? 'ours' : 'theirs'}` : ''})
            </legend>
            {props.issues.map((issue) => (
              <label key={issue.id}>
                {issue.name || 'Untitled issue'}
                <select
                  aria-label={`Agreed ${issue.name}`}
                  value={agreement[issue.id] ?? ''}
                  onChange={(e) =>
                    setAgreement((a) => {
                      const { [issue.id]: _old, ...rest } = a;
                      return e.target.value ? { ...rest, [issue.id]: e.target.value } : rest;
                    })
                  }
                >
                  <option value="">Not agreed</option>
                  {issue.options.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.label || 'Unnamed option'}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </fieldset>
        )}
        {draft.moments.length > 0 && (
          <fieldset>
            <legend>Moments</legend>
            {draft.moments.map((m) => (
              <label key={m.entryId} className="checkbox">
                <input
                  type="checkbox"
                  checked={!skipped.has(m.entryId)}
                  onChange={(e) =>
                    setSkipped((s) => {
                      const next = new Set(s);
                      if (e.target.checked) next.delete(m.entryId);
                      else next.add(m.entryId);
                      return next;
                    })
                  }
                />
                {props.catalogue.find((t) => t.key === m.typeKey)?.label ?? m.typeKey} ({PHASE_LABELS[m.phase]})
              </label>
            ))}
          </fieldset>
        )}
        {draft.concessions.length > 0 && (
          <ul className="live-end-list">
            {draft.concessions.map((c) => (
              <li key={c.id}>{entryText(c, props.catalogue)}</li>
            ))}
          </ul>
        )}
        {props.error && (
          <p className="banner banner-error" role="alert">
            {props.error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={props.onCancel}>
            Keep going
          </button>
          <button ref={confirm} type="submit" className="primary" disabled={props.busy}>
            {props.busy ? 'Writing the debrief…' : 'End and fill the debrief'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
