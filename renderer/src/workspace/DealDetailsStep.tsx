import {
  CONTEXT_LABELS,
  DEAL_CONTEXTS,
  DEAL_STATUSES,
  type Deal,
  type DealPatch,
  dealFieldsSchema,
  OUR_SIDES,
  SIDE_LABELS,
  STATUS_LABELS,
} from '../../../core/deal';
import { useApiMutation } from '../api/hooks';
import { SaveAsTemplateButton } from '../library/SaveAsTemplate';
import { WhatToSay } from '../library/WhatToSay';
import { DateField, SelectField, TextField } from '../ui/fields';

const fields = dealFieldsSchema.shape;

export function DealDetailsStep({ deal }: { deal: Deal }) {
  const update = useApiMutation('deals.update');
  const save = (patch: DealPatch) => update.mutateAsync({ id: deal.id, patch });
  return (
    <div className="step-body">
      <div className="form-columns">
        <TextField label="Title" value={deal.title} schema={fields.title} save={(title) => save({ title })} />
        <TextField
          label="Counterparty"
          value={deal.counterparty}
          schema={fields.counterparty}
          save={(counterparty) => save({ counterparty })}
          placeholder="Organisation you negotiate with"
        />
        <SelectField
          label="Context"
          value={deal.context}
          options={DEAL_CONTEXTS}
          labels={CONTEXT_LABELS}
          save={(context) => save({ context })}
        />
        <SelectField
          label="Our side"
          value={deal.ourSide}
          options={OUR_SIDES}
          labels={SIDE_LABELS}
          save={(ourSide) => save({ ourSide })}
          hint="Decides whether lower or higher prices are better for you."
        />
        <TextField
          label="Currency"
          value={deal.currency}
          schema={fields.currency}
          save={(currency) => save({ currency })}
          hint="Three-letter code, e.g. EUR, USD, GBP."
        />
        <SelectField
          label="Status"
          value={deal.status}
          options={DEAL_STATUSES}
          labels={STATUS_LABELS}
          save={(status) => save({ status })}
        />
        <DateField
          label="Target close date"
          value={deal.targetCloseDate}
          schema={fields.targetCloseDate}
          save={(targetCloseDate) => save({ targetCloseDate })}
        />
      </div>
      <TextField
        label="Notes"
        multiline
        value={deal.notes}
        schema={fields.notes}
        save={(notes) => save({ notes })}
        hint="Internal notes. They never appear on the counterpart's offer sheet."
      />
      <WhatToSay deal={deal} />
      <div className="toolbar">
        <SaveAsTemplateButton deal={deal} />
        <span className="muted">Reuse this deal's structure, without its names, numbers and notes.</span>
      </div>
    </div>
  );
}
