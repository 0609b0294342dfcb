import type { Deal } from '../../../core/deal';
import { type TenderFields, tenderFieldsSchema } from '../../../core/tender/fields';
import { useApiMutation } from '../api/hooks';
import { CheckboxField, NumberField, TextField } from '../ui/fields';
import { fieldSaver } from '../ui/saveField';

const f = tenderFieldsSchema.shape;

/** The tender's terms and hard constraints; every field saves itself. */
export function TenderTerms({ deal, fields }: { deal: Deal; fields: TenderFields }) {
  const update = useApiMutation('tender.update');
  const save = (patch: Partial<TenderFields>) => update.mutateAsync({ dealId: deal.id, patch });
  const saveField = fieldSaver(save);
  const num = (key: keyof TenderFields, label: string, suffix?: string, hint?: string) => (
    <NumberField
      label={label}
      value={fields[key] as number | null}
      schema={f[key] as never}
      save={(v) => save({ [key]: v } as Partial<TenderFields>)}
      {...(suffix ? { suffix } : {})}
      {...(hint ? { hint } : {})}
    />
  );
  return (
    <section className="panel" aria-labelledby="tender-terms">
      <h3 id="tender-terms">Terms and constraints</h3>
      <div className="tender-fields">
        <TextField label="Currency" value={fields.currency} schema={f.currency} save={saveField('currency')} />
        {num('termMonths', 'Contract term', 'months')}
        {num('costOfCapitalPct', 'Our cost of capital', '%', 'Values the suppliers’ payment terms.')}
        {num('baselinePaymentDays', 'Payment terms today', 'days')}
        {num('serviceTargetPct', 'Service target', '%')}
        {num('shortfallCostPct', 'Cost of each point below target', '% of spend')}
        {num('priceWeight', 'Weight of price in points', 'of 100', 'Quality gets the rest.')}
      </div>
      <h4>Hard constraints</h4>
      <div className="tender-fields">
        {num('minServiceLevelPct', 'Minimum service level', '%', 'Empty: no minimum.')}
        {num('maxSharePct', 'Maximum share per supplier', '%', 'Empty: no maximum.')}
        {num('minSuppliers', 'At least', 'suppliers')}
        <CheckboxField
          label="The incumbent may be awarded"
          value={fields.incumbentAllowed}
          save={saveField('incumbentAllowed')}
        />
      </div>
    </section>
  );
}
