import {
  type BudgetLine,
  checkBudget,
  concessionBudgetSchema,
  concessionSpend,
} from '../../../../core/concessionBudget';
import type { Concession } from '../../../../core/concessions';
import type { Deal } from '../../../../core/deal';
import { formatPoints } from '../../../../core/documentFormat';
import type { Issue } from '../../../../core/issues';
import { formatMoney } from '../../../../core/numbers/display';
import { useApi, useApiMutation } from '../../api/hooks';
import { useRows } from '../../api/rows';
import { NumberField } from '../../ui/fields';
import '../risks/risks.css';
import { fieldSaver } from '../../ui/saveField';

const b = concessionBudgetSchema.shape;

/**
 * The most we will give, set beside the log and checked against the anchor ladders plus
 * the log (core/concessionBudget.ts), in the deal's currency and in points of value to us.
 */
export function ConcessionBudgetBar(props: {
  deal: Deal;
  issues: readonly Issue[];
  concessions: readonly Concession[];
}) {
  const { deal } = props;
  const record = useApi('concessionBudget.get', { dealId: deal.id });
  const update = useApiMutation('concessionBudget.update');
  const anchors = useRows('anchors', deal.id);
  const ladder = useRows('ladderSteps', deal.id);
  if (!record.data) return null;
  const budget = record.data;
  const spend = concessionSpend({
    currency: deal.currency,
    issues: props.issues,
    anchors: anchors.data ?? [],
    ladderSteps: ladder.data ?? [],
    concessions: props.concessions,
  });
  const check = checkBudget(budget, spend, deal.currency);
  const money = (n: number) => formatMoney(n, deal.currency);
  const save = (patch: Record<string, unknown>) => update.mutateAsync({ dealId: deal.id, patch });
  const saveField = fieldSaver(save);
  return (
    <fieldset className="budget-bar">
      <legend className="visually-hidden">Concession budget</legend>
      <NumberField
        label="Concession budget (money)"
        value={budget.money}
        schema={b.money}
        suffix={deal.currency}
        save={saveField('money')}
      />
      <NumberField
        label="Concession budget (points)"
        value={budget.points}
        schema={b.points}
        suffix="pts"
        save={saveField('points')}
      />
      <p aria-live="polite" data-testid="budget-status">
        Ladder + log: <strong>{money(spend.money.total)}</strong> ({money(spend.money.ladder)} on the ladder,{' '}
        {money(spend.money.log)} in the log) · <strong>{formatPoints(spend.points.total)} pts</strong>
        <BudgetState line={check.money} format={money} />
        <BudgetState line={check.points} format={(n) => `${formatPoints(n)} pts`} />
        {spend.money.unpriced > 0 && <span className="muted"> · {spend.money.unpriced} without a cost yet</span>}
      </p>
    </fieldset>
  );
}

function BudgetState({ line, format }: { line: BudgetLine | null; format: (n: number) => string }) {
  if (!line) return null;
  return line.exceeded ? (
    <span className="budget-over">
      {' '}
      · Over budget by {format(-line.left)} (budget {format(line.budget)})
    </span>
  ) : (
    <span className="budget-within">
      {' '}
      · {format(line.left)} left of {format(line.budget)}
    </span>
  );
}
