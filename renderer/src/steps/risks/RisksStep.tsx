import type { Deal } from '../../../../core/deal';
import { formatDay } from '../../../../core/documentFormat';
import {
  DEADLINE_KIND_LABELS,
  DEADLINE_KINDS,
  DEADLINE_SIDE_LABELS,
  DEADLINE_SIDES,
  type Deadline,
  deadlineFieldsSchema,
  deadlineName,
  FIRMNESS,
  FIRMNESS_LABELS,
  isSevereRisk,
  knownTheirDeadlines,
  ourHardDeadline,
  RELATIONSHIP_GOAL_LABELS,
  RELATIONSHIP_GOALS,
  RISK_KIND_LABELS,
  RISK_KINDS,
  RISK_LEVEL_LABELS,
  RISK_LEVELS,
  type Risk,
  relationshipSchema,
  riskFieldsSchema,
  THEY_KNOW,
  THEY_KNOW_LABELS,
  type TrustAction,
  timelineDrawing,
  trustActionFieldsSchema,
  WE_KNOW,
  WE_KNOW_LABELS,
} from '../../../../core/risks';
import { useApi, useApiMutation } from '../../api/hooks';
import { useRows } from '../../api/rows';
import { SelectCell } from '../../ui/cells';
import { SelectField, TextField } from '../../ui/fields';
import { checkColumn, dateColumn, RowList, selectColumn, textColumn } from '../shared/RowList';
import { TimelineChart } from './TimelineChart';
import '../shared/rowTables.css';
import './risks.css';
import { fieldSaver } from '../../ui/saveField';

const d = deadlineFieldsSchema.shape;
const t = trustActionFieldsSchema.shape;
const r = riskFieldsSchema.shape;
const rel = relationshipSchema.shape;

const todayIso = () => new Date().toISOString().slice(0, 10);

export function RisksStep({ deal }: { deal: Deal }) {
  return (
    <div className="step-body wide">
      <Deadlines deal={deal} />
      <RelationshipPanel deal={deal} />
      <RiskRegister deal={deal} />
    </div>
  );
}

function Deadlines({ deal }: { deal: Deal }) {
  const list = useRows('deadlines', deal.id);
  const rows = list.data ?? [];
  const today = todayIso();
  const drawing = timelineDrawing({ deadlines: rows, closeDate: deal.targetCloseDate, today });
  const theirsKnown = knownTheirDeadlines(rows).length > 0;
  const hard = ourHardDeadline(rows);
  const closeLate = hard !== null && deal.targetCloseDate !== null && deal.targetCloseDate > (hard.date as string);
  return (
    <section className="panel" aria-labelledby="deadlines-heading">
      <h3 id="deadlines-heading">Deadlines</h3>
      <p className="panel-hint">
        Whose clock is running? Note both sides’ dates — quarter ends, fiscal year ends, budget cycles, notice periods —
        and who knows them. A deadline they know and we do not know theirs hands them the time pressure.
      </p>
      <RowList<Deadline>
        table="deadlines"
        dealId={deal.id}
        rows={rows}
        caption="Deadlines"
        addField="label"
        addLabel="New deadline"
        addPlaceholder="Add a deadline (e.g. our Q4 bookings cut-off), press Enter"
        addSchema={d.label.min(1, 'Name the deadline first')}
        describe={(x) => `“${deadlineName(x)}”`}
        flags={(x) => {
          const flags: string[] = [];
          if (x.date !== null && x.date < today)
            flags.push(`Already past (${formatDay(x.date)}): move it or remove it.`);
          if (x.side === 'ours' && x.theyKnow === 'yes' && !theirsKnown) {
            flags.push('They know this deadline and we know none of theirs: find theirs before the meeting.');
          }
          if (closeLate && hard?.id === x.id) {
            flags.push(`The target close (${formatDay(deal.targetCloseDate)}) is after this hard deadline.`);
          }
          return flags;
        }}
        columns={[
          selectColumn('side', 'Whose', DEADLINE_SIDES, DEADLINE_SIDE_LABELS, { width: '10%' }),
          textColumn('label', 'Deadline', d.label, { width: '20%' }),
          selectColumn('kind', 'What it is', DEADLINE_KINDS, DEADLINE_KIND_LABELS, { width: '15%' }),
          dateColumn('date', 'Date', d.date, { width: '14%' }),
          selectColumn('firmness', 'Hard / soft', FIRMNESS, FIRMNESS_LABELS, { width: '9%' }),
          {
            id: 'known',
            header: 'Who knows',
            width: '15%',
            cell: (x, saveField) =>
              x.side === 'ours' ? (
                <SelectCell
                  label="Do they know it?"
                  value={x.theyKnow}
                  options={THEY_KNOW}
                  labels={THEY_KNOW_LABELS}
                  save={saveField('theyKnow')}
                />
              ) : x.side === 'theirs' ? (
                <SelectCell
                  label="Do we know it?"
                  value={x.weKnow}
                  options={WE_KNOW}
                  labels={WE_KNOW_LABELS}
                  save={saveField('weKnow')}
                />
              ) : (
                <span className="muted">Both sides</span>
              ),
          },
          textColumn('note', 'Note', d.note),
        ]}
        emptyText="No deadlines yet. Start with yours: when must this deal be signed, and why?"
      />
      {drawing ? (
        <TimelineChart drawing={drawing} />
      ) : (
        rows.length > 0 && <p className="muted">Give a deadline a date to draw the timeline.</p>
      )}
    </section>
  );
}

function RelationshipPanel({ deal }: { deal: Deal }) {
  const record = useApi('relationship.get', { dealId: deal.id });
  const update = useApiMutation('relationship.update');
  const actions = useRows('trustActions', deal.id);
  const today = todayIso();
  const save = (patch: Record<string, unknown>) => update.mutateAsync({ dealId: deal.id, patch });
  const saveField = fieldSaver(save);
  return (
    <section className="panel" aria-labelledby="relationship-heading">
      <h3 id="relationship-heading">Relationship after signing</h3>
      <p className="panel-hint">
        How hard to push depends on what you need from them afterwards. Say where you want the relationship to stand a
        year after signing, and what you will do to earn their trust on the way.
      </p>
      {record.data && (
        <div className="detail-grid">
          <SelectField
            label="Relationship we want"
            value={record.data.goal}
            options={RELATIONSHIP_GOALS}
            labels={RELATIONSHIP_GOAL_LABELS}
            save={saveField('goal')}
          />
          <TextField
            label="What it looks like a year after signing"
            multiline
            value={record.data.description}
            schema={rel.description}
            save={saveField('description')}
          />
        </div>
      )}
      <h4>Trust-building actions</h4>
      <RowList<TrustAction>
        table="trustActions"
        dealId={deal.id}
        rows={actions.data ?? []}
        caption="Trust-building actions"
        ordered
        addField="action"
        addLabel="New trust-building action"
        addPlaceholder="Add an action (e.g. send the reference call list before they ask), press Enter"
        addSchema={t.action.min(1, 'Describe the action first')}
        describe={(x) => (x.action ? `“${x.action}”` : 'this action')}
        flags={(x) =>
          !x.done && x.due !== null && x.due < today ? [`Was due ${formatDay(x.due)}: do it or move the date.`] : []
        }
        columns={[
          textColumn('action', 'Action', t.action, { width: '46%' }),
          textColumn('owner', 'Owner', t.owner, { width: '20%' }),
          dateColumn('due', 'When', t.due, { width: '16%' }),
          checkColumn<TrustAction>('done', 'Done', { width: '84px' }),
        ]}
        emptyText="No actions yet."
      />
    </section>
  );
}

function RiskRegister({ deal }: { deal: Deal }) {
  const list = useRows('risks', deal.id);
  return (
    <section className="panel" aria-labelledby="risks-heading">
      <h3 id="risks-heading">Risks & assumptions</h3>
      <p className="panel-hint">
        What could go wrong, and what are we taking for granted? Say how each is checked before the meeting and who
        checks it; tick Verified when it is.
      </p>
      <RowList<Risk>
        table="risks"
        dealId={deal.id}
        rows={list.data ?? []}
        caption="Risks and assumptions"
        ordered
        addField="statement"
        addLabel="New risk or assumption"
        addPlaceholder="Add a risk or assumption, press Enter"
        addSchema={r.statement.min(1, 'Describe the risk first')}
        describe={(x) => (x.statement ? `“${x.statement}”` : 'this risk')}
        flags={(x) => {
          const flags: string[] = [];
          if (isSevereRisk(x) && !x.verified && !x.verification.trim()) {
            flags.push('Likely and high-impact: say how we verify it before the meeting.');
          }
          if (x.kind === 'assumption' && !x.verified) flags.push('Not verified yet.');
          return flags;
        }}
        columns={[
          textColumn('statement', 'Statement', r.statement, { width: '24%' }),
          selectColumn('kind', 'Kind', RISK_KINDS, RISK_KIND_LABELS, { width: '11%' }),
          selectColumn('likelihood', 'Likelihood', RISK_LEVELS, RISK_LEVEL_LABELS, { width: '13%' }),
          selectColumn('impact', 'Impact', RISK_LEVELS, RISK_LEVEL_LABELS, { width: '11%' }),
          textColumn('verification', 'How we verify', r.verification, { width: '19%' }),
          textColumn('owner', 'Owner', r.owner, { width: '10%' }),
          checkColumn<Risk>('verified', 'Verified', { width: '84px' }),
        ]}
        emptyText="No risks or assumptions yet."
      />
    </section>
  );
}
