import type { LibraryKind } from '../../../core/teamLibrary';
import { errorMessage, useApi, useApiMutation } from '../api/hooks';
import { useToast } from '../ui/Toasts';

/** "Team" on an entry of the team library (shared from here, or a colleague's). */
export function TeamBadge({ entry }: { entry: { teamShared: boolean } }) {
  if (!entry.teamShared) return null;
  return (
    <span className="tag team-badge" title="In the team library: every colleague on the team server has it">
      Team
    </span>
  );
}

/**
 * "Share with team" / "Remove from team", offered to library editors (the team server's
 * library role) while signed in; readers and signed-out users see the badge only.
 */
export function TeamShareAction({
  kind,
  entry,
  name,
}: {
  kind: LibraryKind;
  entry: { id: string; teamShared: boolean };
  name: string;
}) {
  const status = useApi('team.library', {});
  const share = useApiMutation('team.shareLibraryEntry');
  const unshare = useApiMutation('team.unshareLibraryEntry');
  const toast = useToast();
  if (!status.data?.signedIn || !status.data.canEdit) return null;
  const busy = share.isPending || unshare.isPending;
  const act = (shared: boolean) =>
    (shared ? unshare : share)
      .mutateAsync({ kind, id: entry.id })
      // "Shared" only once the server has it; otherwise it is in this laptop's log, sent at the next sign-in.
      .then((after) =>
        toast({
          message: after.pending
            ? `Offline: “${name}” goes ${shared ? 'out of' : 'into'} the team library when you are back online`
            : shared
              ? `“${name}” removed from the team library`
              : `“${name}” shared with the team`,
        }),
      )
      .catch((error: unknown) => toast({ tone: 'error', message: errorMessage(error) }));
  return (
    <button
      type="button"
      className="link-button"
      disabled={busy}
      aria-label={`${entry.teamShared ? 'Remove from team' : 'Share with team'}: ${name}`}
      onClick={() => void act(entry.teamShared)}
    >
      {entry.teamShared ? 'Remove from team' : 'Share with team'}
    </button>
  );
}
