import { errorMessage, useApi, useApiMutation } from '../api/hooks';
import { Dialog } from '../ui/Dialog';
import { useToast } from '../ui/Toasts';
import { formatEdited } from './format';

/**
 * Deals deleted but not yet removed for good: normally only while their Undo is offered,
 * but a crash or a closed window inside that time leaves them here, so nothing a user
 * deleted by accident is ever out of reach.
 */
export function RecentlyDeletedDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const deleted = useApi('deals.list', { deleted: true });
  const restore = useApiMutation('deals.restore');
  const purge = useApiMutation('deals.purge');
  const toast = useToast();
  const fail = (error: unknown) => toast({ tone: 'error', message: errorMessage(error) });
  const rows = deleted.data ?? [];

  return (
    <Dialog open={open} title="Recently deleted" onClose={onClose}>
      {rows.length === 0 ? (
        <p className="dialog-message">Nothing waiting here.</p>
      ) : (
        <ul className="deleted-list" aria-label="Recently deleted deals">
          {rows.map((deal) => (
            <li key={deal.id}>
              <span>
                <strong>{deal.title}</strong>
                <span className="muted"> · deleted {deal.deletedAt ? formatEdited(deal.deletedAt) : ''}</span>
              </span>
              <span className="deleted-actions">
                <button type="button" onClick={() => restore.mutateAsync({ id: deal.id }).catch(fail)}>
                  Restore
                </button>
                <button
                  type="button"
                  className="danger-text"
                  onClick={() => purge.mutateAsync({ id: deal.id }).catch(fail)}
                >
                  Delete for good
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
