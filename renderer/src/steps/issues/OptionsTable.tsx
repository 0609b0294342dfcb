import { scoresFromValues, unitLabel } from '../../../../core/calculator';
import { type Issue, type IssueOption, linearScores, optionFieldsSchema, type Side } from '../../../../core/issues';
import {
  type Objectives,
  OPTION_OBJECTIVE_LABELS,
  OPTION_OBJECTIVES,
  optionCrossesWalkAway,
} from '../../../../core/objectives';
import { errorMessage, useApiMutation } from '../../api/hooks';
import { NumberField, OptionalSelectField, TextField } from '../../ui/fields';
import { rowKeyHandler, useRowFocus } from '../../ui/rows';
import { useToast } from '../../ui/Toasts';
import { useTypeAhead } from '../../ui/typeAhead';
import { useDeleteWithUndo } from '../../ui/useDeleteWithUndo';
import { useRowActions } from '../shared/rowApi';

const fields = optionFieldsSchema.shape;

const FILL_CHOICES = {
  'us-first': { side: 'us', bestFirst: true, label: 'Ours: first option best → last worst' },
  'us-last': { side: 'us', bestFirst: false, label: 'Ours: last option best → first worst' },
  'them-first': { side: 'them', bestFirst: true, label: 'Theirs: first option best → last worst' },
  'them-last': { side: 'them', bestFirst: false, label: 'Theirs: last option best → first worst' },
} as const satisfies Record<string, { side: Side; bestFirst: boolean; label: string }>;
type FillChoice = keyof typeof FILL_CHOICES;

/** The ordered values of one issue, each scored 0–100 for us and (estimated) for them. */
export function OptionsTable({
  issue,
  objectives,
  currency,
}: {
  issue: Issue;
  objectives: Objectives;
  currency: string;
}) {
  const numeric = issue.numericKind !== null;
  const rows = useRowActions('issueOptions', issue.dealId);
  const setScores = useApiMutation('issues.setScores');
  const toast = useToast();
  const focus = useRowFocus(issue.options);
  const fail = (error: unknown) => toast({ tone: 'error', message: errorMessage(error) });
  const deletion = useDeleteWithUndo<IssueOption>({
    table: 'issueOptions',
    what: 'option',
    describe: (option) => option.label,
    isEmpty: (option) => !option.label.trim() && option.ourScore === null && option.theirScore === null,
    remove: (option) => rows.remove(option.id),
    restore: (row) => rows.restore(row.id),
    rows: issue.options,
  });

  // Typing right after Enter goes into a stand-in until the new option exists (ui/typeAhead).
  const ahead = useTypeAhead({
    ids: issue.options.map((option) => option.id),
    elementOf: focus.elementOf,
    create: (afterId) => rows.create({ issueId: issue.id }, afterId),
    onError: fail,
    placeholder: 'e.g. 45 days',
    label: `New option for ${issue.name || 'untitled issue'}`,
    as: 'div',
  });
  const addAfter = (afterId?: string) => ahead.start(afterId);

  const fill = async (choice: FillChoice) => {
    const { side, bestFirst } = FILL_CHOICES[choice];
    const scores = linearScores(
      issue.options.map((o) => o.label),
      bestFirst,
    );
    const previous = issue.options.map((o) => ({ id: o.id, score: side === 'us' ? o.ourScore : o.theirScore }));
    try {
      await setScores.mutateAsync({
        issueId: issue.id,
        side,
        scores: issue.options.map((o, i) => ({ id: o.id, score: scores[i] ?? null })),
      });
      toast({
        message: `Filled ${side === 'us' ? 'our' : 'their'} scores for “${issue.name || 'Untitled issue'}” linearly.`,
        action: {
          label: 'Undo',
          run: () => void setScores.mutateAsync({ issueId: issue.id, side, scores: previous }).catch(fail),
        },
      });
    } catch (error) {
      fail(error);
    }
  };

  /** Our scores from the option numbers, best end by the objectives' direction; Undo puts the old ones back. */
  const scoreFromValues = async () => {
    if (!objectives.direction) return;
    const scores = scoresFromValues(
      issue.options.map((o) => o.value),
      objectives.direction,
    );
    const previous = issue.options.map((o) => ({ id: o.id, score: o.ourScore }));
    try {
      await setScores.mutateAsync({
        issueId: issue.id,
        side: 'us',
        scores: issue.options.map((o, i) => ({ id: o.id, score: scores[i] ?? o.ourScore })),
      });
      toast({
        message: `Our scores for “${issue.name || 'Untitled issue'}” now follow the option values.`,
        action: {
          label: 'Undo',
          run: () => void setScores.mutateAsync({ issueId: issue.id, side: 'us', scores: previous }).catch(fail),
        },
      });
    } catch (error) {
      fail(error);
    }
  };

  const moveOption = (id: string, toIndex: number) => {
    if (toIndex < 0 || toIndex >= issue.options.length) return;
    focus.keepFocus();
    rows.move(id, toIndex).catch(fail);
  };

  const title = issue.name || 'untitled issue';
  return (
    <div className="options">
      {issue.options.length > 0 || ahead.active ? (
        <div className={`row-table options-table ${numeric ? 'with-value' : 'with-mark'}`}>
          <div className="row-head" aria-hidden>
            <span>Option</span>
            {numeric && <span>Value ({unitLabel(issue.numericKind, issue.unit, currency)})</span>}
            <span>Our score</span>
            <span>Their score (est.)</span>
            {!numeric && <span>Objective</span>}
            <span>
              <span className="visually-hidden">Actions</span>
            </span>
          </div>
          {[
            ...issue.options.flatMap((option, index) => {
              const crossing = optionCrossesWalkAway(issue, objectives, option.id);
              return [
                // biome-ignore lint/a11y/noStaticElementInteractions: shortcuts for the inputs inside the row
                <div
                  key={option.id}
                  className={`row-line ${crossing ? 'row-crossing' : ''}`}
                  title={crossing ? 'Beyond our walk-away' : undefined}
                  ref={focus.rowRef(option.id)}
                  onKeyDown={(event) => {
                    event.stopPropagation();
                    rowKeyHandler({
                      onEnter: () => void addAfter(option.id),
                      onMove: (delta) => moveOption(option.id, index + delta),
                      onDelete: () => deletion.request(option),
                    })(event);
                  }}
                >
                  <TextField
                    label="Option"
                    labelHidden
                    value={option.label}
                    schema={fields.label}
                    save={(label) => rows.update(option.id, { label })}
                    placeholder="e.g. 45 days"
                  />
                  {numeric && (
                    <NumberField
                      label="Value"
                      labelHidden
                      value={option.value}
                      schema={fields.value}
                      save={(value) => rows.update(option.id, { value })}
                      warning={crossing ? 'Beyond walk-away' : undefined}
                    />
                  )}
                  <NumberField
                    label="Our score"
                    labelHidden
                    value={option.ourScore}
                    schema={fields.ourScore}
                    save={(ourScore) => rows.update(option.id, { ourScore })}
                  />
                  <NumberField
                    label="Their score"
                    labelHidden
                    value={option.theirScore}
                    schema={fields.theirScore}
                    save={(theirScore) => rows.update(option.id, { theirScore })}
                  />
                  {!numeric && (
                    <OptionalSelectField
                      label="Objective"
                      labelHidden
                      value={option.objective}
                      options={OPTION_OBJECTIVES}
                      labels={OPTION_OBJECTIVE_LABELS}
                      emptyLabel="—"
                      save={(objective) => rows.update(option.id, { objective })}
                      warning={crossing ? 'Beyond walk-away' : undefined}
                    />
                  )}
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Delete option ${option.label}`}
                    title="Delete (Ctrl+Delete)"
                    onClick={() => deletion.request(option)}
                  >
                    ✕
                  </button>
                </div>,
                ahead.after(option.id),
              ];
            }),
            ahead.after(undefined),
          ]}
        </div>
      ) : (
        <p className="muted options-empty">
          No options yet. Add the values this issue could take, in order (e.g. 30 / 45 / 60 days).
        </p>
      )}
      <div className="options-actions">
        <button type="button" className="add-row" onClick={() => void addAfter()}>
          + Add option
        </button>
        {issue.options.length >= 2 && (
          <select
            aria-label={`Fill scores of ${title} linearly`}
            value=""
            onChange={(event) => {
              if (event.target.value) void fill(event.target.value as FillChoice);
            }}
          >
            <option value="">Fill scores linearly between worst and best…</option>
            {Object.entries(FILL_CHOICES).map(([key, choice]) => (
              <option key={key} value={key}>
                {choice.label}
              </option>
            ))}
          </select>
        )}
        {numeric && objectives.direction && issue.options.some((o) => o.value !== null) && (
          <button type="button" onClick={() => void scoreFromValues()}>
            Our scores from the values
          </button>
        )}
        <span className="muted score-hint">Scores: 0 = worst option, 100 = best, for each side.</span>
      </div>
      {deletion.dialog}
    </div>
  );
}
