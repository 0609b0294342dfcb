import { createContext, type DragEvent, type ReactNode, useContext } from 'react';
import { useApi } from '../api/hooks';
import './team.css';

const ReadOnly = createContext(false);

/** True inside a step of a deal shared with this laptop's user as a viewer. */
export const useReadOnlyDeal = () => useContext(ReadOnly);

export const READ_ONLY_NOTICE = 'Read-only: shared with you as a viewer — ask the owner to make you an editor.';

const noDrag = (event: DragEvent) => event.preventDefault();

/**
 * The one place that knows a deal is read-only on this laptop (shared with its user as a
 * viewer; the write path refuses their writes): it says so above the step and disables every
 * field and button of the step at once — a disabled fieldset, so no step needs code of its own
 * — and no row can be dragged to a new place. A `reading` step (previews, print: it writes
 * nothing) keeps its controls. What sits outside it — the steps, the comments, search — works
 * as for everyone. The fieldset is there for everyone, so the step is not rebuilt (its state
 * lost) when the team status arrives.
 */
export function ReadOnlyDeal({ dealId, reading, children }: { dealId: string; reading: boolean; children: ReactNode }) {
  const readOnly = useApi('team.status', { dealId }).data?.shared?.readOnly ?? false;
  return (
    <ReadOnly.Provider value={readOnly}>
      {readOnly && (
        <p className="banner read-only-banner" role="status">
          {READ_ONLY_NOTICE}
        </p>
      )}
      <fieldset
        className="step-fieldset"
        disabled={readOnly && !reading}
        data-read-only={readOnly || undefined}
        onDragStartCapture={readOnly ? noDrag : undefined}
      >
        {children}
      </fieldset>
    </ReadOnly.Provider>
  );
}
