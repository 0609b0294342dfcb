import type { Party } from '../../../../core/interests';
import { OptionalSelectField } from '../../ui/fields';

/** A person on the counterparty map who may hold a position or interest. */
export interface Holder {
  id: string;
  name: string;
  title: string;
  side: 'ours' | 'theirs';
}

export const holdersOfParty = (holders: readonly Holder[], party: Party) =>
  holders.filter((h) => h.side === (party === 'us' ? 'ours' : 'theirs'));

/**
 * Who on that side holds this position or interest ("Held by"): a stakeholder from the
 * counterparty map, or the side as a whole. Readiness counts a key stakeholder's interests
 * through this link.
 */
export function HolderPicker(props: {
  holders: readonly Holder[];
  value: string | null;
  save: (stakeholderId: string | null) => Promise<unknown>;
}) {
  // Without people on the map there is nobody to name (the step's intro says where to add them).
  if (props.holders.length === 0) return null;
  const ids = props.holders.map((h) => h.id);
  const labels = Object.fromEntries(
    props.holders.map((h) => [
      h.id,
      [h.name.trim() || 'Unnamed stakeholder', h.title.trim()].filter(Boolean).join(', '),
    ]),
  );
  return (
    <OptionalSelectField
      label="Held by"
      className="holder-picker"
      value={props.value}
      options={ids}
      labels={labels}
      emptyLabel="The whole side"
      save={(stakeholderId) => props.save(stakeholderId)}
    />
  );
}
