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
import { fieldSaver } from '../ui/saveField';

const fields = dealFieldsSchema.shape;

export function DealDetailsStep({ deal }: { deal: Deal }) {
  const update = useApiMutation('deals.update');
  // Each field sends the value its edit started from: a change made in another window meanwhile is refused, not overwritten.
  const save = (patch: DealPatch, expected?: DealPatch) => update.mutateAsync({ id: deal.id, patch, expected });
  const saveField = fieldSaver(save);
  return (
    <div className="step-body">
      <div className="form-columns">
        <TextField label="Title" value={deal.title} schema={fields.title} save={saveField('title')} />
        <TextField
          label="Counterparty"
          value={deal.counterparty}
          schema={fields.counterparty}
          save={saveField('counterparty')}
          placeholder="Organisation you negotiate with"
        />
        <SelectField
          label="Context"
          value={deal.context}
          options={DEAL_CONTEXTS}
          labels={CONTEXT_LABELS}
          save={saveField('context')}
        />
        <SelectField
          label="Our side"
          value={deal.ourSide}
          options={OUR_SIDES}
          labels={SIDE_LABELS}
          save={saveField('ourSide')}
          hint="Decides whether lower or higher prices are better for you."
        />
        <TextField
          label="Currency"
          value={deal.currency}
          schema={fields.currency}
          save={saveField('currency')}
          hint="Three-letter code, e.g. EUR, USD, GBP."
        />
        <SelectField
          label="Status"
          value={deal.status}
          options={DEAL_STATUSES}
          labels={STATUS_LABELS}
          save={saveField('status')}
        />
        <DateField
          label="Target close date"
          value={deal.targetCloseDate}
          schema={fields.targetCloseDate}
          save={saveField('targetCloseDate')}
        />
      </div>
      <TextField
        label="Notes"
        multiline
        value={deal.notes}
        schema={fields.notes}
        save={saveField('notes')}
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
