import {
  type Interest,
  interestFieldsSchema,
  type Party,
  PRIORITIES,
  PRIORITY_LABELS,
} from '../../../../core/interests';
import { errorMessage } from '../../api/hooks';
import { CheckboxField, SelectField, TextField } from '../../ui/fields';
import { rowKeyHandler, useRowFocus } from '../../ui/rows';
import { useToast } from '../../ui/Toasts';
import { useDeleteWithUndo } from '../../ui/useDeleteWithUndo';
import { useRowActions } from '../shared/rowApi';
import { type Holder, HolderPicker } from './HolderPicker';

/** Why a party wants what it says: each interest with a priority, a shared flag and the issues it touches. */
export function InterestList(props: {
  dealId: string;
  party: Party;
  interests: Interest[];
  issues: { id: string; name: string }[];
  /** The stakeholders of this party's side who may hold an interest. */
  holders: Holder[];
}) {
  const rows = useRowActions('interests', props.dealId);
  const toast = useToast();
  const fail = (error: unknown) => toast({ tone: 'error', message: errorMessage(error) });
  const focus = useRowFocus(props.interests);
  const whose = props.party === 'us' ? 'our' : 'their';
  const deletion = useDeleteWithUndo<Interest>({
    table: 'interests',
    what: 'interest',
    describe: (row) => row.text,
    isEmpty: (row) => !row.text.trim(),
    remove: (row) => rows.remove(row.id),
    restore: (row) => rows.restore(row.id),
    rows: props.interests,
  });
  const addAfter = async (afterId?: string) => {
    const created = await rows.create({ party: props.party }, afterId);
    focus.focusRowWhenShown(created.id);
  };
  return (
    <div className="column">
      <h4>Interests — why</h4>
      <ul className="plain-rows" aria-label={`${whose} interests`}>
        {props.interests.map((interest) => {
          const linked = props.issues.filter((issue) => interest.issueIds.includes(issue.id));
          return (
            <li
              key={interest.id}
              className={`interest-row ${interest.shared ? 'shared' : ''}`}
              ref={focus.rowRef(interest.id)}
              onKeyDown={rowKeyHandler({
                onEnter: () => void addAfter(interest.id),
                onDelete: () => deletion.request(interest),
              })}
            >
              <div className="interest-main">
                <TextField
                  label={`Interest (${whose})`}
                  labelHidden
                  value={interest.text}
                  schema={interestFieldsSchema.shape.text}
                  save={rows.fieldsOf(interest.id)('text')}
                  placeholder={props.party === 'us' ? 'e.g. predictable costs' : 'e.g. show savings to their CFO'}
                />
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Delete interest ${interest.text}`}
                  onClick={() => deletion.request(interest)}
                >
                  ✕
                </button>
              </div>
              <div className="interest-meta">
                <SelectField
                  label="Priority"
                  labelHidden
                  value={interest.priority}
                  options={PRIORITIES}
                  labels={PRIORITY_LABELS}
                  save={rows.fieldsOf(interest.id)('priority')}
                />
                <HolderPicker
                  holders={props.holders}
                  value={interest.stakeholderId}
                  save={(stakeholderId) => rows.update(interest.id, { stakeholderId })}
                />
                <CheckboxField label="Shared" value={interest.shared} save={rows.fieldsOf(interest.id)('shared')} />
                <details className="issue-links">
                  <summary>
                    Issues: {linked.length ? linked.map((i) => i.name).join(', ') : <span className="muted">none</span>}
                  </summary>
                  {props.issues.length === 0 ? (
                    <p className="muted">Add issues in “Issues & options” to link them here.</p>
                  ) : (
                    <fieldset>
                      <legend className="visually-hidden">Issues this interest touches</legend>
                      {props.issues.map((issue) => (
                        <label key={issue.id} className="checkbox">
                          <input
                            type="checkbox"
                            checked={interest.issueIds.includes(issue.id)}
                            onChange={(e) => {
                              const issueIds = e.target.checked
                                ? [...interest.issueIds, issue.id]
                                : interest.issueIds.filter((id) => id !== issue.id);
                              rows.update(interest.id, { issueIds }).catch(fail);
                            }}
                          />
                          {issue.name}
                        </label>
                      ))}
                    </fieldset>
                  )}
                </details>
              </div>
            </li>
          );
        })}
      </ul>
      <button type="button" className="add-row" onClick={() => void addAfter()}>
        + Add {whose} interest
      </button>
      {deletion.dialog}
    </div>
  );
}
