import { type BatnaAction, batnaActionFieldsSchema } from '../../../../core/batna';
import { errorMessage, useApi, useApiMutation } from '../../api/hooks';
import { CheckboxField, DateField, TextField } from '../../ui/fields';
import { rowKeyHandler, useRowFocus } from '../../ui/rows';
import { useDeleteWithUndo } from '../../ui/useDeleteWithUndo';

const fields = batnaActionFieldsSchema.shape;

/** Steps that would strengthen our BATNA before (or during) the negotiation. */
export function BatnaActions({ dealId }: { dealId: string }) {
  const actions = useApi('batna.actions', { dealId });
  const add = useApiMutation('batna.addAction');
  const update = useApiMutation('batna.updateAction');
  const remove = useApiMutation('batna.deleteAction');
  const restore = useApiMutation('batna.restoreAction');
  const focus = useRowFocus(actions.data);
  const deletion = useDeleteWithUndo<BatnaAction>({
    table: 'batnaActions',
    what: 'action',
    describe: (row) => row.text,
    isEmpty: (row) => !row.text.trim() && !row.owner.trim(),
    remove: (row) => remove.mutateAsync({ id: row.id }),
    restore: (row) => restore.mutateAsync({ id: row.id }),
  });
  const addAfter = async (afterId?: string) => {
    const created = await add.mutateAsync(afterId ? { dealId, afterId } : { dealId });
    focus.focusRowWhenShown(created.id);
  };

  return (
    <div className="subsection">
      <h4>Actions that would improve our BATNA</h4>
      {actions.isError && <p className="field-error">{errorMessage(actions.error)}</p>}
      {(actions.data?.length ?? 0) > 0 && (
        <div className="row-table actions-table">
          <div className="row-head" aria-hidden>
            <span>Done</span>
            <span>Action</span>
            <span>Owner</span>
            <span>Due</span>
            <span>
              <span className="visually-hidden">Delete</span>
            </span>
          </div>
          {actions.data?.map((action) => (
            // biome-ignore lint/a11y/noStaticElementInteractions: keyboard shortcuts for the inputs inside the row
            <div
              key={action.id}
              className="row-line"
              ref={focus.rowRef(action.id)}
              onKeyDown={rowKeyHandler({
                onEnter: () => void addAfter(action.id),
                onDelete: () => deletion.request(action),
              })}
            >
              <CheckboxField
                label="Done"
                labelHidden
                value={action.done}
                save={(done) => update.mutateAsync({ id: action.id, patch: { done } })}
              />
              <TextField
                label="Action"
                labelHidden
                value={action.text}
                schema={fields.text}
                save={(text) => update.mutateAsync({ id: action.id, patch: { text } })}
                placeholder="e.g. get a written quote from the second vendor"
              />
              <TextField
                label="Owner"
                labelHidden
                value={action.owner}
                schema={fields.owner}
                save={(owner) => update.mutateAsync({ id: action.id, patch: { owner } })}
              />
              <DateField
                label="Due date"
                labelHidden
                value={action.dueDate}
                schema={fields.dueDate}
                save={(dueDate) => update.mutateAsync({ id: action.id, patch: { dueDate } })}
              />
              <button
                type="button"
                className="icon-button"
                aria-label={`Delete action ${action.text}`}
                title="Delete (Ctrl+Delete)"
                onClick={() => deletion.request(action)}
              >
                ✕
              </button>
            </div>
          ))}
        </div>
      )}
      <button type="button" className="add-row" onClick={() => void addAfter()}>
        + Add action
      </button>
      {deletion.dialog}
    </div>
  );
}
