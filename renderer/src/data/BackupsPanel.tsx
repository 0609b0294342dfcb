import { useState } from 'react';
import type { BackupInfo } from '../../../api/contracts/backups';
import { errorMessage, useApi, useApiMutation } from '../api/hooks';
import { ConfirmDialog } from '../ui/Dialog';
import { useToast } from '../ui/Toasts';
import { BACKUP_REASON_LABELS, formatBytes, formatWhen } from './backupLabels';

/** The list of backups, "Back up now", and restore with confirmation and Undo. */
export function BackupsPanel() {
  const backups = useApi('backups.list', {});
  const create = useApiMutation('backups.create');
  const restore = useApiMutation('backups.restore');
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const toast = useToast();
  const fail = (error: unknown) => toast({ tone: 'error', message: errorMessage(error) });

  const backUpNow = () =>
    create
      .mutateAsync({})
      .then((made) => toast({ message: `Backed up (${formatBytes(made.sizeBytes)}).` }))
      .catch(fail);

  const restoreConfirmed = async (backup: BackupInfo) => {
    setConfirming(null);
    try {
      const { undo } = await restore.mutateAsync({ name: backup.name });
      toast({
        message: `Restored the backup from ${formatWhen(backup.createdAt)}.`,
        action: {
          label: 'Undo',
          run: () =>
            restore
              .mutateAsync({ name: undo.name })
              .then(() => toast({ message: 'Restore undone: your data is back as it was.' }))
              .catch(fail),
        },
        durationMs: 15_000,
      });
    } catch (error) {
      fail(error);
    }
  };

  return (
    <section className="data-section" aria-labelledby="backups-heading">
      <div className="data-section-header">
        <div>
          <h2 id="backups-heading">Backups</h2>
          <p className="muted">
            Parley backs up your data when it starts, every 30 minutes while you work, and before updates and restores.
            {backups.data && (
              <>
                {' '}
                Backups are kept in <code className="path">{backups.data.folder}</code>.
              </>
            )}
          </p>
        </div>
        <button type="button" className="primary" onClick={backUpNow} disabled={create.isPending}>
          {create.isPending ? 'Backing up…' : 'Back up now'}
        </button>
      </div>

      {backups.isError && (
        <div className="banner banner-error" role="alert">
          Could not list backups: {errorMessage(backups.error)}
        </div>
      )}
      {backups.data && backups.data.backups.length === 0 && <p className="muted">No backups yet.</p>}
      {backups.data && backups.data.backups.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Made</th>
              <th scope="col">Why</th>
              <th scope="col" className="numeric">
                Size
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.data.backups.map((backup) => (
              <tr key={backup.name} data-backup={backup.name}>
                <td>{formatWhen(backup.createdAt)}</td>
                <td>{BACKUP_REASON_LABELS[backup.reason] ?? backup.reason}</td>
                <td className="numeric">{formatBytes(backup.sizeBytes)}</td>
                <td className="actions">
                  <button type="button" onClick={() => setConfirming(backup)} disabled={restore.isPending}>
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <ConfirmDialog
        open={confirming !== null}
        title="Restore this backup?"
        message={
          <>
            All deals will be put back as they were on {confirming ? formatWhen(confirming.createdAt) : ''}. Your
            current data is backed up first, so you can undo the restore.
          </>
        }
        confirmLabel="Restore"
        danger
        onConfirm={() => confirming && void restoreConfirmed(confirming)}
        onCancel={() => setConfirming(null)}
      />
    </section>
  );
}
