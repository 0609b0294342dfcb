import { useState } from 'react';
import { calculatorSettingsSchema, packageFigures } from '../../../../core/calculator';
import type { Deal } from '../../../../core/deal';
import type { Issue } from '../../../../core/issues';
import { type MainIssueSource, objectivesOf, packageCrossings } from '../../../../core/objectives';
import { useApi, useApiMutation } from '../../api/hooks';
import { NumberField } from '../../ui/fields';
import { FiguresList } from './FiguresList';
import './calculator.css';
import { fieldSaver } from '../../ui/saveField';

const fields = calculatorSettingsSchema.shape;

/** The option a what-if starts from: the one marked or valued as the target, else the first. */
function startingOption(issue: Issue, target: number | null): string | undefined {
  return (
    issue.options.find((o) => o.objective === 'target')?.id ??
    issue.options.find((o) => target !== null && o.value === target)?.id ??
    issue.options[0]?.id
  );
}

/**
 * The deal calculator: its settings (saved with the deal) and a what-if package over the
 * numeric issues (not saved: it is a scratch pad), shown as money with the formulas.
 */
export function CalculatorPanel({ deal, issues, batna }: { deal: Deal; issues: Issue[]; batna: MainIssueSource }) {
  const settings = useApi('calculator.get', { dealId: deal.id });
  const update = useApiMutation('calculator.update');
  const [picked, setPicked] = useState<Record<string, string>>({});
  const numeric = issues.filter((i) => i.numericKind !== null && i.options.length > 0);
  if (!settings.data) return null;
  const s = settings.data;
  const save = (patch: Partial<typeof s>) => update.mutateAsync({ dealId: deal.id, patch });
  const saveField = fieldSaver(save);

  const choice: Record<string, string> = {};
  for (const issue of numeric) {
    const id = picked[issue.id] ?? startingOption(issue, objectivesOf(issue, batna, deal.ourSide).target);
    if (id) choice[issue.id] = id;
  }
  const figures = packageFigures(issues, choice, s, deal);
  const crossings = packageCrossings(issues, choice, batna, deal.ourSide, deal.currency);

  return (
    <section className="panel calculator" aria-labelledby="calculator-heading">
      <h3 id="calculator-heading">Deal calculator</h3>
      <p className="panel-intro">
        Pick an option per numeric issue to see the package in money. Price comes from money issues, the term from a
        months issue, payment terms from a days issue under Payment terms; the fields below fill in the rest.
      </p>
      <div className="calculator-settings">
        <NumberField
          label="List price per year"
          value={s.listPricePerYear}
          schema={fields.listPricePerYear}
          suffix={deal.currency}
          save={saveField('listPricePerYear')}
        />
        <NumberField
          label="Cost of capital"
          value={s.costOfCapitalPercent}
          schema={fields.costOfCapitalPercent}
          suffix="% a year"
          save={saveField('costOfCapitalPercent')}
        />
        <NumberField
          label="Term (if no term issue)"
          value={s.termMonths}
          schema={fields.termMonths}
          suffix="months"
          save={saveField('termMonths')}
        />
        <NumberField
          label="Payment terms (if no issue)"
          value={s.paymentDays}
          schema={fields.paymentDays}
          suffix="days"
          save={saveField('paymentDays')}
        />
        <NumberField
          label="Cash effect measured against"
          value={s.baselinePaymentDays}
          schema={fields.baselinePaymentDays.nullable().refine((v) => v !== null, 'Enter days (0 = paid on invoice)')}
          suffix="days"
          save={(baselinePaymentDays) => save({ baselinePaymentDays: baselinePaymentDays ?? 0 })}
        />
      </div>
      <div className="calculator-package">
        {numeric.map((issue) => (
          <label key={issue.id} className="field">
            <span>{issue.name || 'Untitled issue'}</span>
            <select
              aria-label={issue.name || 'Untitled issue'}
              value={choice[issue.id] ?? ''}
              onChange={(e) => setPicked((current) => ({ ...current, [issue.id]: e.target.value }))}
            >
              {issue.options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label || '(unnamed option)'}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <FiguresList figures={figures} />
      {crossings.length > 0 && (
        <ul className="flags">
          {crossings.map((c) => (
            <li key={c.issueId} className="flag">
              {c.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
