import type { Deal } from '../../../../core/deal';
import {
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  LEVER_LABELS,
  LEVER_STARTERS,
  LEVERAGE_KIND_SHORT,
  LEVERAGE_KINDS,
  LEVERS,
  type Lever,
  type LeverageAction,
  type LeverageHolder,
  type LeverageItem,
  leverageActionFieldsSchema,
  leverageBalance,
  leverageItemFieldsSchema,
  MORE_TO_LOSE,
  MORE_TO_LOSE_LABELS,
  noDealAssessmentSchema,
  verdictConflict,
} from '../../../../core/leverage';
import { errorMessage, useApi, useApiMutation } from '../../api/hooks';
import { useRows } from '../../api/rows';
import { NumberField, SelectField, TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { numberColumn, RowList, selectColumn, textColumn } from '../shared/RowList';
import { useRowActions } from '../shared/rowApi';
import '../shared/rowTables.css';
import { fieldSaver } from '../../ui/saveField';

const item = leverageItemFieldsSchema.shape;
const action = leverageActionFieldsSchema.shape;
const noDeal = noDealAssessmentSchema.shape;

export function LeverageStep({ deal }: { deal: Deal }) {
  const items = useRows('leverageItems', deal.id);
  const balance = leverageBalance(items.data ?? []);
  return (
    <div className="step-body wide">
      <div className="two-columns">
        <LeverageList deal={deal} holder="ours" items={items.data ?? []} total={balance.ours} />
        <LeverageList deal={deal} holder="theirs" items={items.data ?? []} total={balance.theirs} />
      </div>
      <NoDealPanel deal={deal} />
      <ActionsPanel deal={deal} />
    </div>
  );
}

function LeverageList(props: { deal: Deal; holder: LeverageHolder; items: LeverageItem[]; total: number }) {
  const rows = props.items.filter((i) => i.holder === props.holder);
  const ours = props.holder === 'ours';
  return (
    <section className="panel" aria-labelledby={`leverage-${props.holder}`}>
      <h3 id={`leverage-${props.holder}`}>
        {ours ? 'Our leverage' : 'Their leverage'} <span className="badge">total strength {props.total}</span>
      </h3>
      <p className="panel-hint">
        Positive: what {ours ? 'we' : 'they'} can give. Negative: what {ours ? 'we' : 'they'} can withhold or make
        costly. Consistency: standards {ours ? 'they' : 'we'} have stated and can be held to.
      </p>
      <RowList<LeverageItem>
        table="leverageItems"
        dealId={props.deal.id}
        rows={rows}
        caption={ours ? 'Our leverage' : 'Their leverage'}
        addField="description"
        addDefaults={{ holder: props.holder }}
        addLabel={ours ? 'New leverage we hold' : 'New leverage they hold'}
        addPlaceholder="Describe a source of leverage, press Enter"
        addSchema={item.description.min(1, 'Describe the leverage first')}
        describe={(i) => (i.description ? `“${i.description}”` : 'this item')}
        columns={[
          selectColumn('kind', 'Kind', LEVERAGE_KINDS, LEVERAGE_KIND_SHORT, { width: '26%' }),
          textColumn('description', 'Description', item.description),
          numberColumn('strength', 'Strength (1–5)', item.strength, { width: '88px' }),
        ]}
        emptyText="Nothing listed yet."
      />
    </section>
  );
}

function NoDealPanel({ deal }: { deal: Deal }) {
  const assessment = useApi('noDeal.get', { dealId: deal.id });
  const update = useApiMutation('noDeal.update');
  if (!assessment.data) return null;
  const a = assessment.data;
  const save = (patch: Partial<typeof a>) => update.mutateAsync({ dealId: deal.id, patch });
  const saveField = fieldSaver(save);
  const conflict = verdictConflict(a);
  return (
    <section className="panel" aria-labelledby="no-deal-heading">
      <h3 id="no-deal-heading">Who has more to lose if there is no deal?</h3>
      <div className="two-columns">
        <div className="stack">
          <TextField
            label="What we lose without a deal"
            multiline
            value={a.ourLoss}
            schema={noDeal.ourLoss}
            save={saveField('ourLoss')}
          />
          <NumberField
            label="How much that hurts us (1–5)"
            value={a.ourLossSeverity}
            schema={noDeal.ourLossSeverity}
            save={saveField('ourLossSeverity')}
          />
        </div>
        <div className="stack">
          <TextField
            label="What they lose without a deal"
            multiline
            value={a.theirLoss}
            schema={noDeal.theirLoss}
            save={saveField('theirLoss')}
          />
          <NumberField
            label="How much that hurts them (1–5)"
            value={a.theirLossSeverity}
            schema={noDeal.theirLossSeverity}
            save={saveField('theirLossSeverity')}
          />
        </div>
      </div>
      <SelectField
        label="Our verdict"
        value={a.verdict}
        options={MORE_TO_LOSE}
        labels={MORE_TO_LOSE_LABELS}
        save={saveField('verdict')}
        hint="The side with more to lose usually moves first and further. Plan around that."
      />
      {conflict && <p className="flag">{conflict}</p>}
    </section>
  );
}

function ActionsPanel({ deal }: { deal: Deal }) {
  const actions = useRows('leverageActions', deal.id);
  const rows = useRowActions('leverageActions', deal.id);
  const toast = useToast();
  const present = new Set((actions.data ?? []).map((a) => a.lever));
  const missing = (LEVERS.filter((l) => l !== 'other') as Exclude<Lever, 'other'>[]).filter((l) => !present.has(l));
  const addSuggestions = async () => {
    try {
      for (const lever of missing) await rows.create({ lever, action: LEVER_STARTERS[lever] });
    } catch (error) {
      toast({ tone: 'error', message: errorMessage(error) });
    }
  };
  const done = (actions.data ?? []).filter((a) => a.status === 'done').length;
  return (
    <section className="panel" aria-labelledby="actions-heading">
      <h3 id="actions-heading">
        Shifting leverage{' '}
        <span className="badge">
          {done} of {(actions.data ?? []).length} done
        </span>
      </h3>
      <p className="panel-hint">
        Planned actions that move the balance before and during the talks, each with an owner.
      </p>
      <RowList<LeverageAction>
        table="leverageActions"
        dealId={deal.id}
        rows={actions.data ?? []}
        caption="Actions to shift leverage"
        addField="action"
        addLabel="New action"
        addPlaceholder="Add an action, press Enter"
        addSchema={action.action.min(1, 'Describe the action first')}
        describe={(a) => (a.action ? `“${a.action}”` : 'this action')}
        columns={[
          selectColumn('lever', 'Lever', LEVERS, LEVER_LABELS, { width: '24%' }),
          textColumn('action', 'Action', action.action),
          textColumn('owner', 'Owner', action.owner, { width: '14%' }),
          selectColumn('status', 'Status', ACTION_STATUSES, ACTION_STATUS_LABELS, { width: '14%' }),
        ]}
        emptyText="No actions yet."
      />
      {missing.length > 0 && (
        <button type="button" onClick={() => void addSuggestions()}>
          Add a starter action for each lever not covered ({missing.length})
        </button>
      )}
    </section>
  );
}
