import { errorMessage } from '../api/hooks';
import { useToast } from '../ui/Toasts';

/** Delete now, offer Undo in the toast (the snapshot goes back in as it was). */
export function useLibraryDelete<T>(options: {
  what: string;
  name: (row: T) => string;
  remove: (row: T) => Promise<T>;
  restore: (snapshot: T) => Promise<unknown>;
}) {
  const toast = useToast();
  const fail = (error: unknown) => toast({ tone: 'error', message: errorMessage(error) });
  return (row: T) =>
    options
      .remove(row)
      .then((snapshot) =>
        toast({
          message: `Deleted the ${options.what} “${options.name(row)}”`,
          action: { label: 'Undo', run: () => void options.restore(snapshot).catch(fail) },
          durationMs: 10_000,
        }),
      )
      .catch(fail);
}
