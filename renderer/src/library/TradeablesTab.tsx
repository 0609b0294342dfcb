import { useState } from 'react';
import { CATEGORY_LABELS, ISSUE_CATEGORIES } from '../../../core/issues';
import { LEVEL_LABELS, LEVELS } from '../../../core/library/levels';
import { builtInTradeableSide } from '../../../core/library/sides';
import { isGoodTrade, type LibraryTradeable, libraryTradeableFieldsSchema } from '../../../core/library/tradeables';
import { errorMessage, useApi, useApiMutation } from '../api/hooks';
import { Dialog } from '../ui/Dialog';
import { SelectField, TextField } from '../ui/fields';
import { fieldSaver } from '../ui/saveField';
import { useToast } from '../ui/Toasts';
import { SideTag } from './SideTag';
import { TeamBadge, TeamShareAction } from './TeamShare';
import { useLibraryDelete } from './useLibraryDelete';

const fields = libraryTradeableFieldsSchema.shape;
const splitOptions = (text: string) =>
  text
    .split(';')
    .map((o) => o.trim())
    .filter(Boolean);

export function TradeablesTab() {
  const entries = useApi('tradeables.list', {});
  const add = useApiMutation('tradeables.add');
  const update = useApiMutation('tradeables.update');
  const remove = useApiMutation('tradeables.delete');
  const restore = useApiMutation('tradeables.restore');
  const reset = useApiMutation('tradeables.reset');
  const toast = useToast();
  const [adding, setAdding] = useState<LibraryTradeable | null>(null);
  const fail = (error: unknown) => toast({ tone: 'error', message: errorMessage(error) });
  const deleteEntry = useLibraryDelete<LibraryTradeable>({
    what: 'tradeable',
    name: (t) => t.name,
    remove: (t) => remove.mutateAsync({ id: t.id }),
    restore: (snapshot) => restore.mutateAsync(snapshot),
  });

  if (entries.isPending) return <p className="loading">Loading tradeables…</p>;
  if (entries.isError) return <div className="banner banner-error">{errorMessage(entries.error)}</div>;

  const newName = () => {
    const taken = new Set(entries.data.map((e) => e.name.toLowerCase()));
    let n = 1;
    while (taken.has(`new tradeable ${n}`)) n += 1;
    return `New tradeable ${n}`;
  };

  return (
    <>
      <div className="toolbar">
        <button type="button" className="primary" onClick={() => add.mutateAsync({ name: newName() }).catch(fail)}>
          + Add tradeable
        </button>
        <span className="muted">“Good trade” marks terms that usually cost us little and matter to them.</span>
      </div>
      <ul className="library-cards" aria-label="Tradeables">
        {entries.data.map((entry) => {
          const save = (patch: Partial<LibraryTradeable>) => update.mutateAsync({ id: entry.id, patch });
          const saveField = fieldSaver(save);
          return (
            <li key={entry.id} className="library-card tradeable-card" aria-label={entry.name}>
              <div className="tradeable-grid">
                <TextField label="Name" value={entry.name} schema={fields.name} save={saveField('name')} />
                <SelectField
                  label="Category"
                  value={entry.category}
                  options={ISSUE_CATEGORIES}
                  labels={CATEGORY_LABELS}
                  save={saveField('category')}
                />
                <SelectField
                  label="Usual cost to us"
                  value={entry.costToUs}
                  options={LEVELS}
                  labels={LEVEL_LABELS}
                  save={saveField('costToUs')}
                />
                <SelectField
                  label="Usual value to them"
                  value={entry.valueToThem}
                  options={LEVELS}
                  labels={LEVEL_LABELS}
                  save={saveField('valueToThem')}
                />
                <TextField
                  label="Typical options (separate with ;)"
                  className="wide"
                  value={entry.options.join('; ')}
                  save={(text) => save({ options: splitOptions(text) })}
                />
                <TextField
                  label="Notes"
                  className="wide"
                  multiline
                  rows={2}
                  value={entry.notes}
                  schema={fields.notes}
                  save={saveField('notes')}
                />
              </div>
              <div className="library-actions">
                {isGoodTrade(entry) && <span className="tag good-trade">Good trade</span>}
                {entry.builtInKey && <SideTag side={builtInTradeableSide(entry.builtInKey)} />}
                {entry.builtInKey && <span className="tag">Built-in</span>}
                <TeamBadge entry={entry} />
                <TeamShareAction kind="tradeables" entry={entry} name={entry.name} />
                <button type="button" onClick={() => setAdding(entry)}>
                  Add to a deal…
                </button>
                {entry.builtInKey && (
                  <button
                    type="button"
                    title="Put back Parley's wording"
                    onClick={() => reset.mutateAsync({ id: entry.id }).catch(fail)}
                  >
                    Reset
                  </button>
                )}
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Delete tradeable ${entry.name}`}
                  onClick={() => void deleteEntry(entry)}
                >
                  ✕
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <AddToDealDialog entry={adding} onClose={() => setAdding(null)} />
    </>
  );
}

function AddToDealDialog({ entry, onClose }: { entry: LibraryTradeable | null; onClose: () => void }) {
  const deals = useApi('deals.list', {});
  const addToDeal = useApiMutation('tradeables.addToDeal');
  const toast = useToast();
  const [dealId, setDealId] = useState('');
  const close = () => {
    setDealId('');
    addToDeal.reset();
    onClose();
  };
  const chosen = dealId || deals.data?.[0]?.id || '';
  return (
    <Dialog open={entry !== null} title={`Add “${entry?.name ?? ''}” to a deal`} onClose={close}>
      <form
        className="form-grid"
        onSubmit={async (event) => {
          event.preventDefault();
          if (!entry || !chosen) return;
          try {
            await addToDeal.mutateAsync({ id: entry.id, dealId: chosen });
            const title = deals.data?.find((d) => d.id === chosen)?.title ?? 'the deal';
            toast({ message: `Added “${entry.name}” to “${title}” as an issue.` });
            close();
          } catch {
            // Shown below.
          }
        }}
      >
        <label>
          Deal
          <select value={chosen} onChange={(e) => setDealId(e.target.value)}>
            {(deals.data ?? []).map((deal) => (
              <option key={deal.id} value={deal.id}>
                {deal.title}
              </option>
            ))}
          </select>
        </label>
        {deals.data?.length === 0 && <p className="muted form-note">There are no deals yet.</p>}
        {addToDeal.error && (
          <p className="form-error" role="alert">
            {errorMessage(addToDeal.error)}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!chosen || addToDeal.isPending}>
            Add as an issue
          </button>
        </div>
      </form>
    </Dialog>
  );
}
