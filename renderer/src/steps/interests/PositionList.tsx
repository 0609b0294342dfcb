import { type Party, type Position, positionFieldsSchema } from '../../../../core/interests';
import { TextField } from '../../ui/fields';
import { rowKeyHandler, useRowFocus } from '../../ui/rows';
import { useDeleteWithUndo } from '../../ui/useDeleteWithUndo';
import { useRowActions } from '../shared/rowApi';
import { type Holder, HolderPicker } from './HolderPicker';

/** What a party says it wants, one line each. */
export function PositionList(props: { dealId: string; party: Party; positions: Position[]; holders: Holder[] }) {
  const rows = useRowActions('positions', props.dealId);
  const focus = useRowFocus(props.positions);
  const whose = props.party === 'us' ? 'our' : 'their';
  const deletion = useDeleteWithUndo<Position>({
    table: 'positions',
    what: 'position',
    describe: (row) => row.text,
    isEmpty: (row) => !row.text.trim(),
    remove: (row) => rows.remove(row.id),
    restore: (row) => rows.restore(row.id),
    rows: props.positions,
  });
  const addAfter = async (afterId?: string) => {
    const created = await rows.create({ party: props.party }, afterId);
    focus.focusRowWhenShown(created.id);
  };
  return (
    <div className="column">
      <h4>Positions — what {props.party === 'us' ? 'we say' : 'they say'}</h4>
      <ul className="plain-rows" aria-label={`${whose} positions`}>
        {props.positions.map((position) => (
          <li
            key={position.id}
            className={`row-line ${props.holders.length ? 'with-holder' : ''}`}
            ref={focus.rowRef(position.id)}
            onKeyDown={rowKeyHandler({
              onEnter: () => void addAfter(position.id),
              onDelete: () => deletion.request(position),
            })}
          >
            <TextField
              label={`Position (${whose})`}
              labelHidden
              value={position.text}
              schema={positionFieldsSchema.shape.text}
              save={rows.fieldsOf(position.id)('text')}
              placeholder={props.party === 'us' ? 'e.g. we need a 3-year term' : 'e.g. no price increase this year'}
            />
            <HolderPicker
              holders={props.holders}
              value={position.stakeholderId}
              save={(stakeholderId) => rows.update(position.id, { stakeholderId })}
            />
            <button
              type="button"
              className="icon-button"
              aria-label={`Delete position ${position.text}`}
              onClick={() => deletion.request(position)}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="add-row" onClick={() => void addAfter()}>
        + Add {whose} position
      </button>
      {deletion.dialog}
    </div>
  );
}
