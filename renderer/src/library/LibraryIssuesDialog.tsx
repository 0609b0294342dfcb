import { useState } from 'react';
import type { Deal } from '../../../core/deal';
import { CATEGORY_LABELS } from '../../../core/issues';
import { isGoodTrade } from '../../../core/library/tradeables';
import { errorMessage, useApi, useApiMutation } from '../api/hooks';
import { Dialog } from '../ui/Dialog';
import { useToast } from '../ui/Toasts';
import './library.css';

/** The tradeables library from inside a deal: one click per entry adds it as an issue. */
export function LibraryIssuesDialog(props: { open: boolean; deal: Deal; existing: string[]; onClose: () => void }) {
  return (
    <Dialog open={props.open} title="Add from the tradeables library" onClose={props.onClose}>
      {props.open && <Picker {...props} />}
    </Dialog>
  );
}

function Picker({ deal, existing, onClose }: { deal: Deal; existing: string[]; onClose: () => void }) {
  const entries = useApi('tradeables.list', {});
  const addToDeal = useApiMutation('tradeables.addToDeal');
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const have = new Set(existing.map((name) => name.trim().toLowerCase()));
  return (
    <div>
      {entries.isPending && <p className="loading">Loading…</p>}
      <ul className="library-picker" aria-label="Library tradeables">
        {(entries.data ?? []).map((entry) => {
          const already = have.has(entry.name.trim().toLowerCase());
          return (
            <li key={entry.id}>
              <span>
                <strong>{entry.name}</strong>
                {isGoodTrade(entry) && <span className="tag good-trade">Good trade</span>}
              </span>
              <button
                type="button"
                disabled={already || addToDeal.isPending}
                aria-label={already ? `${entry.name} is already in this deal` : `Add ${entry.name}`}
                onClick={() =>
                  addToDeal
                    .mutateAsync({ id: entry.id, dealId: deal.id })
                    .then((issue) => {
                      setError(null);
                      toast({ message: `Added “${issue.name}” with ${issue.options.length} option(s).` });
                    })
                    .catch((caught) => setError(errorMessage(caught)))
                }
              >
                {already ? 'Added' : 'Add'}
              </button>
              <span className="muted">
                {CATEGORY_LABELS[entry.category]}
                {entry.options.length ? ` · ${entry.options.join(' / ')}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Done
        </button>
      </div>
    </div>
  );
}
