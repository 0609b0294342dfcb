import { unitLabel } from '../../../../core/calculator';
import { type Issue, type IssuePatch, issueFieldsSchema } from '../../../../core/issues';
import { STANDARD_LABELS, STANDARDS } from '../../../../core/legitimacy/fields';
import { type Objectives, PRIORITIES, PRIORITY_LABELS } from '../../../../core/objectives';
import { NumberField, OptionalSelectField, TextField } from '../../ui/fields';

const fields = issueFieldsSchema.shape;

/**
 * Walk-away, target and ideal with the priority, and the fair standard behind our
 * position. For the main issue the walk-away and target are the BATNA step's values.
 */
export function IssueObjectives(props: {
  issue: Issue;
  objectives: Objectives;
  currency: string;
  evidenceCount: number;
  save: (patch: IssuePatch) => Promise<unknown>;
}) {
  const { issue, objectives, save } = props;
  const unit = unitLabel(issue.numericKind, issue.unit, props.currency);
  const fromBatna = objectives.fromBatna ? 'Same value as the BATNA step (main issue).' : undefined;
  return (
    <div className="issue-objectives">
      <OptionalSelectField
        label="Priority"
        value={issue.priority}
        options={PRIORITIES}
        labels={PRIORITY_LABELS}
        save={(priority) => save({ priority })}
      />
      {issue.numericKind !== null ? (
        <>
          <NumberField
            label="Walk-away"
            value={objectives.walkAway}
            schema={fields.walkAway}
            suffix={unit}
            save={(walkAway) => save({ walkAway })}
            hint={fromBatna ?? 'Least acceptable: anything worse and we walk.'}
          />
          <NumberField
            label="Target"
            value={objectives.target}
            schema={fields.target}
            suffix={unit}
            save={(target) => save({ target })}
            hint={fromBatna ?? 'What we aim to get.'}
          />
          <NumberField
            label="Ideal"
            value={objectives.ideal}
            schema={fields.ideal}
            suffix={unit}
            save={(ideal) => save({ ideal })}
            hint="Most desired, still defensible."
          />
        </>
      ) : (
        <p className="muted objectives-hint">
          Mark the walk-away, target and ideal in the Objective column of the options above.
        </p>
      )}
      <OptionalSelectField
        label="Fair standard"
        value={issue.standard}
        options={STANDARDS}
        labels={STANDARD_LABELS}
        save={(standard) => save({ standard })}
      />
      <TextField
        label="Why our position is fair"
        value={issue.legitimacy}
        schema={fields.legitimacy}
        save={(legitimacy) => save({ legitimacy })}
        placeholder="e.g. Gartner 2026 benchmark: €410–470k for 1,200 seats"
        hint={`${props.evidenceCount} evidence item(s) linked to this issue (Evidence pack).`}
      />
    </div>
  );
}
