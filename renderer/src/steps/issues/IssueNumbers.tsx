import {
  MONEY_PERIOD_LABELS,
  MONEY_PERIODS,
  type MoneyPeriod,
  moneyPeriodOf,
  NUMERIC_KIND_LABELS,
  NUMERIC_KINDS,
} from '../../../../core/calculator';
import { type Issue, type IssuePatch, issueFieldsSchema } from '../../../../core/issues';
import { OptionalSelectField, SelectField, TextField } from '../../ui/fields';

const fields = issueFieldsSchema.shape;

/** Whether the issue's options carry numbers, of which kind, and in which unit. */
export function IssueNumbers({ issue, save }: { issue: Issue; save: (patch: IssuePatch) => Promise<unknown> }) {
  return (
    <div className="issue-numbers">
      <OptionalSelectField
        label="Numbers"
        value={issue.numericKind}
        options={NUMERIC_KINDS}
        labels={NUMERIC_KIND_LABELS}
        emptyLabel="Labels only"
        save={(numericKind) =>
          save(numericKind === 'money' ? { numericKind, unit: moneyPeriodOf(issue.unit) } : { numericKind })
        }
        hint="With numbers, each option has a value: the calculator and the walk-away checks use them."
      />
      {issue.numericKind === 'money' && (
        <SelectField<MoneyPeriod>
          label="Amount is"
          value={moneyPeriodOf(issue.unit)}
          options={MONEY_PERIODS}
          labels={MONEY_PERIOD_LABELS}
          save={(unit) => save({ unit })}
        />
      )}
      {issue.numericKind === 'count' && (
        <TextField
          label="Unit"
          value={issue.unit}
          schema={fields.unit}
          save={(unit) => save({ unit })}
          placeholder="e.g. seats"
        />
      )}
    </div>
  );
}
