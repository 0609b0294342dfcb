import type { DragEvent } from 'react';
import {
  CATEGORY_LABELS,
  ISSUE_CATEGORIES,
  type Issue,
  type IssuePatch,
  issueFieldsSchema,
} from '../../../../core/issues';
import type { Objectives } from '../../../../core/objectives';
import { errorMessage, useApiMutation } from '../../api/hooks';
import { CheckboxField, NumberField, SelectField, TextField } from '../../ui/fields';
import { rowKeyHandler } from '../../ui/rows';
import { useToast } from '../../ui/Toasts';
import { useRowActions } from '../shared/rowApi';
import { IssueNumbers } from './IssueNumbers';
import { IssueObjectives } from './IssueObjectives';
import { OptionsTable } from './OptionsTable';

const fields = issueFieldsSchema.shape;

export function IssueCard(props: {
  issue: Issue;
  index: number;
  count: number;
  currency: string;
  objectives: Objectives;
  evidenceCount: number;
  expanded: boolean;
  onToggle: () => void;
  cardRef: (element: HTMLElement | null) => void;
  onAddAfter: () => void;
  onMove: (delta: -1 | 1) => void;
  onDelete: () => void;
  dragHandle: { draggable: boolean; onDragStart: (event: DragEvent) => void; onDragEnd: () => void };
  dropProps: { onDragOver: (event: DragEvent<HTMLElement>) => void; onDrop: (event: DragEvent<HTMLElement>) => void };
  dropMark: string;
  dragging: boolean;
}) {
  const { issue } = props;
  const rows = useRowActions('issues', issue.dealId);
  const toLibrary = useApiMutation('tradeables.fromIssue');
  const toast = useToast();
  const save = (patch: IssuePatch) => rows.update(issue.id, patch);
  const title = issue.name || 'Untitled issue';
  const scored = issue.options.filter((o) => o.ourScore !== null && o.theirScore !== null).length;

  return (
    <li
      ref={props.cardRef}
      className={`issue-card ${props.dropMark} ${props.dragging ? 'dragging' : ''} ${issue.redLine ? 'red-line' : ''}`}
      data-issue-id={issue.id}
      aria-label={`Issue ${props.index + 1} of ${props.count}: ${title}`}
      {...props.dropProps}
    >
      {/* biome-ignore lint/a11y/noStaticElementInteractions: shortcuts for the inputs inside */}
      <div
        className="issue-head"
        onKeyDown={(event) => {
          if (
            event.altKey &&
            ((event.key === 'ArrowUp' && props.index === 0) ||
              (event.key === 'ArrowDown' && props.index === props.count - 1))
          ) {
            event.preventDefault();
            return;
          }
          rowKeyHandler({ onEnter: props.onAddAfter, onMove: props.onMove, onDelete: props.onDelete })(event);
        }}
      >
        <span className="drag-handle" title="Drag to reorder (or Alt+↑/↓)" aria-hidden {...props.dragHandle}>
          ⠿
        </span>
        <TextField
          label="Issue name"
          labelHidden
          className="issue-name"
          value={issue.name}
          schema={fields.name}
          save={(name) => save({ name })}
          placeholder="e.g. Payment terms"
        />
        <SelectField
          label="Category"
          labelHidden
          value={issue.category}
          options={ISSUE_CATEGORIES}
          labels={CATEGORY_LABELS}
          save={(category) => save({ category })}
        />
        <NumberField
          label="Our weight"
          labelHidden
          className="weight"
          value={issue.weightUs}
          schema={fields.weightUs.nullable().refine((v) => v !== null, 'Enter a weight (0 if it does not matter)')}
          save={(weightUs) => save({ weightUs: weightUs ?? 0 })}
          suffix="pts"
        />
        <NumberField
          label="Their weight"
          labelHidden
          className="weight"
          value={issue.weightThem}
          schema={fields.weightThem.nullable().refine((v) => v !== null, 'Enter a weight (0 if it does not matter)')}
          save={(weightThem) => save({ weightThem: weightThem ?? 0 })}
          suffix="pts"
        />
        <CheckboxField label="Tradeable" value={issue.tradeable} save={(tradeable) => save({ tradeable })} />
        <CheckboxField label="Red line" value={issue.redLine} save={(redLine) => save({ redLine })} />
        <button
          type="button"
          className="icon-button"
          aria-expanded={props.expanded}
          aria-label={`${props.expanded ? 'Hide' : 'Show'} options of ${title}`}
          title={props.expanded ? 'Hide options' : 'Show options'}
          onClick={props.onToggle}
        >
          {props.expanded ? '▾' : '▸'}
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Delete issue ${title}`}
          title="Delete (Ctrl+Delete)"
          onClick={props.onDelete}
        >
          ✕
        </button>
      </div>
      {props.expanded ? (
        <div className="issue-body">
          <IssueNumbers issue={issue} save={save} />
          <OptionsTable issue={issue} objectives={props.objectives} currency={props.currency} />
          <IssueObjectives
            issue={issue}
            objectives={props.objectives}
            currency={props.currency}
            evidenceCount={props.evidenceCount}
            save={save}
          />
          <TextField
            label="Notes"
            multiline
            rows={2}
            value={issue.notes}
            schema={fields.notes}
            save={(notes) => save({ notes })}
            className="issue-notes"
          />
          <button
            type="button"
            className="link-button add-to-library"
            onClick={() =>
              toLibrary
                .mutateAsync({ issueId: issue.id })
                .then((entry) => toast({ message: `Added “${entry.name}” to the tradeables library.` }))
                .catch((error) => toast({ tone: 'error', message: errorMessage(error) }))
            }
          >
            Add to library
          </button>
        </div>
      ) : (
        <p className="issue-summary muted">
          {issue.options.length} option(s), {scored} scored for both sides
        </p>
      )}
    </li>
  );
}
