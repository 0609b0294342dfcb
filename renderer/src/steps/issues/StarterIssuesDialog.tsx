import { useState } from 'react';
import { CONTEXT_LABELS, DEAL_CONTEXTS, type Deal, type DealContext } from '../../../../core/deal';
import { STARTER_ISSUES } from '../../../../core/starterIssues';
import { errorMessage, useApiMutation } from '../../api/hooks';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/Toasts';

/** Suggestions by kind of deal; the user ticks what to add — nothing is added without a tick. */
export function StarterIssuesDialog(props: { open: boolean; deal: Deal; existing: string[]; onClose: () => void }) {
  return (
    <Dialog open={props.open} title="Suggested issues" onClose={props.onClose}>
      {props.open && <StarterPicker {...props} />}
    </Dialog>
  );
}

function StarterPicker({ deal, existing, onClose }: { deal: Deal; existing: string[]; onClose: () => void }) {
  const [context, setContext] = useState<DealContext>(deal.context);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const addStarters = useApiMutation('issues.addStarters');
  const toast = useToast();
  const have = new Set(existing.map((name) => name.trim().toLowerCase()));
  const starters = STARTER_ISSUES[context];

  const submit = async () => {
    try {
      const added = await addStarters.mutateAsync({ dealId: deal.id, starterIds: [...picked] });
      toast({ message: `Added ${added.length} issue(s). Weight and score them next.` });
      onClose();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <form
      className="starter-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label className="starter-context">
        Issues usually negotiated in
        <select value={context} onChange={(e) => setContext(e.target.value as DealContext)}>
          {DEAL_CONTEXTS.map((c) => (
            <option key={c} value={c}>
              {CONTEXT_LABELS[c]}
            </option>
          ))}
        </select>
        deals
      </label>
      <ul className="starter-list">
        {starters.map((starter) => {
          const already = have.has(starter.name.toLowerCase());
          return (
            <li key={starter.id}>
              <label className={already ? 'muted' : undefined}>
                <input
                  type="checkbox"
                  disabled={already}
                  checked={picked.has(starter.id)}
                  onChange={(e) =>
                    setPicked((current) => {
                      const next = new Set(current);
                      if (e.target.checked) next.add(starter.id);
                      else next.delete(starter.id);
                      return next;
                    })
                  }
                />
                <span>
                  <strong>{starter.name}</strong>
                  {already ? ' (already in this deal)' : ''}
                  <span className="starter-why">
                    {starter.why}
                    {starter.options.length ? ` Options: ${starter.options.join(' / ')}.` : ''}
                  </span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {error && <p className="form-error">{error}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={picked.size === 0 || addStarters.isPending}>
          Add {picked.size || ''} selected
        </button>
      </div>
    </form>
  );
}
