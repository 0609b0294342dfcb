import { type BatnaAction, batnaActionFieldsSchema } from '../../../../core/batna';
import { errorMessage } from '../../api/hooks';
import { useRows } from '../../api/rows';
import { CheckboxField, DateField, TextField } from '../../ui/fields';
import { rowKeyHandler, useRowFocus } from '../../ui/rows';
import { useDeleteWithUndo } from '../../ui/useDeleteWithUndo';
import { useRowActions } from '../shared/rowApi';

const fields = batnaActionFieldsSchema.shape;

/** Steps that would strengthen our BATNA before (or during) the negotiation. */
export function BatnaActions({ dealId }: { dealId: string }) {
  const actions = useRows('batnaActions', dealId);
  const rows = useRowActions('batnaActions', dealId);
  const focus = useRowFocus(actions.data);
  const deletion = useDeleteWithUndo<BatnaAction>({
    table: 'batnaActions',
    what: 'action',
    describe: (row) => row.text,
    isEmpty: (row) => !row.text.trim() && !row.owner.trim(),
    remove: (row) => rows.remove(row.id),
    restore: (row) => rows.restore(row.id),
    rows: actions.data,
  });
  const addAfter = async (afterId?: string) => {
    const created = await rows.create({}, afterId);
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
              <CheckboxField label="Done" labelHidden value={action.done} save={rows.fieldsOf(action.id)('done')} />
              <TextField
                label="Action"
                labelHidden
                value={action.text}
                schema={fields.text}
                save={rows.fieldsOf(action.id)('text')}
                placeholder="e.g. get a written quote from the second vendor"
              />
              <TextField
                label="Owner"
                labelHidden
                value={action.owner}
                schema={fields.owner}
                save={rows.fieldsOf(action.id)('owner')}
              />
              <DateField
                label="Due date"
                labelHidden
                value={action.dueDate}
                schema={fields.dueDate}
                save={rows.fieldsOf(action.id)('dueDate')}
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
