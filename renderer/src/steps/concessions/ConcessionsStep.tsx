import {
  COMPARATOR_LABELS,
  COMPARATORS,
  CONCESSION_STATUS_LABELS,
  CONCESSION_STATUSES,
  type Concession,
  type ConcessionTally,
  type ContingentClause,
  clauseFieldsSchema,
  clauseProblems,
  clauseSentence,
  concessionFieldsSchema,
  concessionsPastWalkAway,
  governanceSchema,
  isUnreciprocated,
  PERIOD_LABELS,
  PERIODS,
  REVIEW_CADENCE_LABELS,
  REVIEW_CADENCES,
  reciprocitySummary,
  runningCostText,
} from '../../../../core/concessions';
import type { Deal } from '../../../../core/deal';
import { formatMoney } from '../../../../core/numbers/display';
import { roomInMoney } from '../../../../core/objectives';
import { errorMessage, useApi, useApiMutation } from '../../api/hooks';
import { useRows } from '../../api/rows';
import { SelectField, TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { issueChoices, useMoveChecks } from '../shared/moveChecks';
import { numberColumn, RowList, refColumn, selectColumn, textColumn } from '../shared/RowList';
import { useRowActions } from '../shared/rowApi';
import { ConcessionBudgetBar } from './ConcessionBudgetBar';
import '../shared/rowTables.css';
import { fieldSaver } from '../../ui/saveField';

const c = concessionFieldsSchema.shape;
const k = clauseFieldsSchema.shape;
const g = governanceSchema.shape;

const clockNow = () => new Date().toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }).slice(0, 100);

export function ConcessionsStep({ deal }: { deal: Deal }) {
  return (
    <div className="step-body wide">
      <ConcessionLog deal={deal} />
      <Clauses deal={deal} />
      <GovernancePanel deal={deal} />
    </div>
  );
}

function ConcessionLog({ deal }: { deal: Deal }) {
  const list = useRows('concessions', deal.id);
  const rows = list.data ?? [];
  const actions = useRowActions('concessions', deal.id);
  const toast = useToast();
  const summary = reciprocitySummary(rows);
  const checks = useMoveChecks(deal);
  const moves = checks.check(rows);
  // The room to the walk-away is read from the BATNA step, never copied here.
  const batna = useApi('batna.get', { dealId: deal.id });
  const room = batna.data ? roomInMoney({ batna: batna.data, deal }) : null;
  const past = new Map(concessionsPastWalkAway(rows, room).map((p) => [p.concession.id, p.runningCost]));
  const money = (value: number) => formatMoney(value, deal.currency);
  const logLive = () =>
    actions
      .create({ status: 'offered', when: clockNow() })
      .catch((error) => toast({ tone: 'error', message: errorMessage(error) }));
  return (
    <section className="panel" aria-labelledby="concessions-heading">
      <h3 id="concessions-heading">Concession log</h3>
      <p className="panel-hint">
        Plan concessions before the talks and log them as they happen. Every give should come with a get.
      </p>
      <div className="summary-bar" aria-live="polite">
        <TallyLine label="On the table" tally={summary.live} money={money} />
        <TallyLine label="Planned" tally={summary.planned} money={money} />
        {room !== null && (
          <span className={past.size ? 'flag-inline' : ''}>
            Room to your walk-away <strong>{money(room)}</strong>
          </span>
        )}
        <button type="button" onClick={() => void logLive()} title="Adds an offered concession stamped with the time">
          Log a concession now
        </button>
      </div>
      <ConcessionBudgetBar deal={deal} issues={checks.issues} concessions={rows} />
      <RowList<Concession>
        table="concessions"
        dealId={deal.id}
        rows={rows}
        caption="Concession log"
        addField="give"
        addLabel="New concession: what we give"
        addPlaceholder="Add a concession: what we give, press Enter"
        addSchema={c.give.min(1, 'Say what we give first')}
        describe={(x) => (x.give ? `“${x.give}”` : 'this concession')}
        flags={(x) => {
          const flags: string[] = [];
          if (isUnreciprocated(x)) flags.push('Nothing asked in return: add what we get, or do not give it.');
          if (x.status !== 'withdrawn') flags.push(...(moves.get(x.id) ?? []));
          const running = past.get(x.id);
          if (running !== undefined && room !== null) {
            flags.push(`Beyond the walk-away — ${runningCostText(x.item || x.give, money(running), money(room))}.`);
          }
          return flags;
        }}
        columns={[
          textColumn('item', 'Item', c.item, { width: '8%' }),
          textColumn('give', 'We give', c.give, { width: '12%' }),
          textColumn('get', 'We get', c.get, { width: '12%' }),
          refColumn<Concession>('issueId', 'Issue', issueChoices(checks.issues), '—', { width: '10%' }),
          numberColumn('value', 'Moves it to', c.value, { width: '10%' }),
          numberColumn('valueToUs', 'Cost to us', c.valueToUs, { width: '10%', currency: deal.currency }),
          numberColumn('valueToThem', 'Worth to them', c.valueToThem, { width: '10%', currency: deal.currency }),
          textColumn('trigger', 'Trigger / condition', c.trigger, { width: '10%' }),
          textColumn('when', 'When', c.when, { width: '8%' }),
          selectColumn('status', 'Status', CONCESSION_STATUSES, CONCESSION_STATUS_LABELS, { width: '10%' }),
        ]}
        emptyText="No concessions yet."
      />
    </section>
  );
}

/** One group of the log, counted the same way as the other. */
function TallyLine(props: { label: string; tally: ConcessionTally; money: (value: number) => string }) {
  const { tally } = props;
  return (
    <span>
      {props.label}: <strong>{tally.count}</strong> · cost to us <strong>{props.money(tally.costToUs)}</strong> · worth
      to them <strong>{props.money(tally.worthToThem)}</strong>
      {tally.unpriced > 0 && <span className="muted"> ({tally.unpriced} without a cost yet)</span>}
      {tally.unreciprocated > 0 && <span className="flag-inline"> · {tally.unreciprocated} asking nothing back</span>}
    </span>
  );
}

function Clauses({ deal }: { deal: Deal }) {
  const list = useRows('contingentClauses', deal.id);
  return (
    <section className="panel" aria-labelledby="clauses-heading">
      <h3 id="clauses-heading">Contingent clauses</h3>
      <p className="panel-hint">
        Settle a disagreement about the future with a condition both sides can check: if the metric crosses the
        threshold, the remedy applies.
      </p>
      <RowList<ContingentClause>
        table="contingentClauses"
        dealId={deal.id}
        rows={list.data ?? []}
        caption="Contingent clauses"
        addField="metric"
        addLabel="New clause metric"
        addPlaceholder="Add a clause: name the metric (e.g. monthly uptime), press Enter"
        addSchema={k.metric.min(1, 'Name the metric first')}
        describe={(x) => (x.metric ? `the clause on “${x.metric}”` : 'this clause')}
        note={(x) => <q className="clause-sentence">{clauseSentence(x)}</q>}
        flags={clauseProblems}
        columns={[
          textColumn('metric', 'If metric', k.metric, { width: '15%' }),
          selectColumn('comparator', 'is', COMPARATORS, COMPARATOR_LABELS, { width: '10%' }),
          numberColumn('threshold', 'Threshold', k.threshold, { width: '84px' }),
          textColumn('unit', 'Unit', k.unit, { width: '6%' }),
          selectColumn('period', 'Period', PERIODS, PERIOD_LABELS, { width: '10%' }),
          textColumn('remedy', 'Then remedy', k.remedy, { width: '16%' }),
          textColumn('measuredBy', 'Measured by', k.measuredBy, { width: '12%' }),
          textColumn('dataSource', 'From data', k.dataSource),
        ]}
        emptyText="No clauses yet."
      />
    </section>
  );
}

function GovernancePanel({ deal }: { deal: Deal }) {
  const record = useApi('governance.get', { dealId: deal.id });
  const update = useApiMutation('governance.update');
  if (!record.data) return null;
  const r = record.data;
  const save = (patch: Partial<typeof r>) => update.mutateAsync({ dealId: deal.id, patch });
  const saveField = fieldSaver(save);
  return (
    <section className="panel" aria-labelledby="governance-heading">
      <h3 id="governance-heading">Governance and exit</h3>
      <div className="detail-grid">
        <SelectField
          label="Review cadence"
          value={r.reviewCadence}
          options={REVIEW_CADENCES}
          labels={REVIEW_CADENCE_LABELS}
          save={saveField('reviewCadence')}
        />
        <TextField
          label="Metrics reviewed"
          multiline
          value={r.metrics}
          schema={g.metrics}
          save={saveField('metrics')}
        />
        <TextField
          label="Change process"
          multiline
          value={r.changeProcess}
          schema={g.changeProcess}
          save={saveField('changeProcess')}
          hint="How either side asks for a change, who approves it, and how fast."
        />
        <TextField
          label="Exit terms"
          multiline
          value={r.exitTerms}
          schema={g.exitTerms}
          save={saveField('exitTerms')}
          hint="Notice, hand-over and what happens to data when the deal ends."
        />
      </div>
    </section>
  );
}
