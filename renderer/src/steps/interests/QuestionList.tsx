import { type DiagnosticQuestion, type Interest, questionFieldsSchema } from '../../../../core/interests';
import { errorMessage } from '../../api/hooks';
import { TextField } from '../../ui/fields';
import { rowKeyHandler, useRowFocus } from '../../ui/rows';
import { useToast } from '../../ui/Toasts';
import { useDeleteWithUndo } from '../../ui/useDeleteWithUndo';
import { useRowActions } from '../shared/rowApi';

const fields = questionFieldsSchema.shape;

/** Questions to ask in the room, each aimed at one interest or issue, with room for the answer. */
export function QuestionList(props: {
  dealId: string;
  questions: DiagnosticQuestion[];
  interests: Interest[];
  issues: { id: string; name: string }[];
}) {
  const rows = useRowActions('diagnosticQuestions', props.dealId);
  const toast = useToast();
  const fail = (error: unknown) => toast({ tone: 'error', message: errorMessage(error) });
  const focus = useRowFocus(props.questions);
  const deletion = useDeleteWithUndo<DiagnosticQuestion>({
    table: 'diagnosticQuestions',
    what: 'question',
    describe: (row) => row.text,
    isEmpty: (row) => !row.text.trim() && !row.answer.trim(),
    remove: (row) => rows.remove(row.id),
    restore: (row) => rows.restore(row.id),
    rows: props.questions,
  });
  const addAfter = async (afterId?: string) => {
    const created = await rows.create({}, afterId);
    focus.focusRowWhenShown(created.id);
  };
  const aimOf = (q: DiagnosticQuestion) =>
    q.interestId ? `interest:${q.interestId}` : q.issueId ? `issue:${q.issueId}` : '';

  return (
    <div className="questions">
      {props.questions.length > 0 && (
        <div className="row-table questions-table">
          <div className="row-head" aria-hidden>
            <span>Question</span>
            <span>Aimed at</span>
            <span>Answer (after the meeting)</span>
            <span>
              <span className="visually-hidden">Delete</span>
            </span>
          </div>
          {props.questions.map((question) => (
            // biome-ignore lint/a11y/noStaticElementInteractions: shortcuts for the inputs inside the row
            <div
              key={question.id}
              className="row-line"
              ref={focus.rowRef(question.id)}
              onKeyDown={rowKeyHandler({
                onEnter: () => void addAfter(question.id),
                onDelete: () => deletion.request(question),
              })}
            >
              <TextField
                label="Question"
                labelHidden
                value={question.text}
                schema={fields.text}
                save={rows.fieldsOf(question.id)('text')}
                placeholder="e.g. What would make this a success for you by year end?"
              />
              <div className="field">
                <select
                  aria-label="Aimed at"
                  value={aimOf(question)}
                  className={aimOf(question) ? undefined : 'unlinked'}
                  onChange={(e) => {
                    const [kind, id] = e.target.value.split(':');
                    rows
                      .update(question.id, {
                        interestId: kind === 'interest' ? (id ?? null) : null,
                        issueId: kind === 'issue' ? (id ?? null) : null,
                      })
                      .catch(fail);
                  }}
                >
                  <option value="">Not linked yet</option>
                  <optgroup label="Interests">
                    {props.interests.map((interest) => (
                      <option key={interest.id} value={`interest:${interest.id}`}>
                        {interest.party === 'us' ? 'Ours' : 'Theirs'}: {interest.text || 'Untitled interest'}
                      </option>
                    ))}
                  </optgroup>
                  <optgroup label="Issues">
                    {props.issues.map((issue) => (
                      <option key={issue.id} value={`issue:${issue.id}`}>
                        {issue.name}
                      </option>
                    ))}
                  </optgroup>
                </select>
              </div>
              <TextField
                label="Answer"
                labelHidden
                value={question.answer}
                schema={fields.answer}
                save={rows.fieldsOf(question.id)('answer')}
              />
              <button
                type="button"
                className="icon-button"
                aria-label={`Delete question ${question.text}`}
                onClick={() => deletion.request(question)}
              >
                ✕
              </button>
            </div>
          ))}
        </div>
      )}
      <button type="button" className="add-row" onClick={() => void addAfter()}>
        + Add question
      </button>
      {deletion.dialog}
    </div>
  );
}
