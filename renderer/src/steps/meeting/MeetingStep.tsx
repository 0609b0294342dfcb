import { useState } from 'react';
import type { Deal } from '../../../../core/deal';
import { formatDay } from '../../../../core/documentFormat';
import {
  type AgendaItem,
  type AgendaQuestion,
  agendaItemFieldsSchema,
  agendaQuestionFieldsSchema,
  agendaTiming,
  agendaTimingLine,
  COMMITMENT_PARTIES,
  COMMITMENT_PARTY_LABELS,
  type Commitment,
  commitmentFieldsSchema,
  disclosureSlips,
  formatMinutes,
  MEETING_PHASE_LABELS,
  MEETING_PHASES,
  type Meeting,
  meetingFieldsSchema,
  meetingName,
  phasesOutOfOrder,
} from '../../../../core/meeting';
import { useApi } from '../../api/hooks';
import { useRows } from '../../api/rows';
import { AddField } from '../../ui/AddField';
import { ConfirmDialog } from '../../ui/Dialog';
import { DateField, NumberField, TextField } from '../../ui/fields';
import { checkColumn, dateColumn, numberColumn, RowList, refColumn, selectColumn, textColumn } from '../shared/RowList';
import { useRowActions } from '../shared/rowApi';
import '../shared/rowTables.css';
import './meeting.css';
import { fieldSaver } from '../../ui/saveField';

const m = meetingFieldsSchema.shape;
const a = agendaItemFieldsSchema.shape;
const q = agendaQuestionFieldsSchema.shape;
const c = commitmentFieldsSchema.shape;

const todayIso = () => new Date().toISOString().slice(0, 10);

export function MeetingStep({ deal }: { deal: Deal }) {
  const meetings = useRows('meetings', deal.id);
  const items = useRows('agendaItems', deal.id);
  const questions = useRows('agendaQuestions', deal.id);
  const commitments = useRows('commitments', deal.id);
  const actions = useRowActions('meetings', deal.id);
  const list = meetings.data ?? [];
  return (
    <div className="step-body wide">
      <section className="panel" aria-labelledby="meetings-heading">
        <h3 id="meetings-heading">Meetings</h3>
        <p className="panel-hint">
          Plan each meeting with the other side: how you open, a time-boxed agenda in the order of the talk — explore
          their interests, put your MESOs on the table, trade, formalise — the questions to ask, what you will and will
          not say, and the next steps you want both sides to commit to.
        </p>
        {meetings.isSuccess && list.length === 0 && (
          <p className="meeting-empty">
            No meeting planned yet. Add the next one — “Renewal kick-off with their CFO”, “Final terms call” — and give
            it an opening statement and an agenda.
          </p>
        )}
        <div className="meeting-add">
          <AddField
            label="New meeting"
            placeholder="Add a meeting (e.g. Commercial workshop at their office), press Enter"
            schema={m.title.min(1, 'Name the meeting first')}
            add={(title) => actions.create({ title })}
          />
        </div>
      </section>
      {list.map((meeting) => (
        <MeetingPanel
          key={meeting.id}
          deal={deal}
          meeting={meeting}
          items={(items.data ?? []).filter((i) => i.meetingId === meeting.id)}
          questions={questions.data ?? []}
          commitments={(commitments.data ?? []).filter((x) => x.meetingId === meeting.id)}
        />
      ))}
    </div>
  );
}

function MeetingPanel(props: {
  deal: Deal;
  meeting: Meeting;
  items: AgendaItem[];
  questions: AgendaQuestion[];
  commitments: Commitment[];
}) {
  const { deal, meeting } = props;
  const actions = useRowActions('meetings', deal.id);
  const batna = useApi('batna.get', { dealId: deal.id });
  const issues = useRows('issues', deal.id);
  const [confirming, setConfirming] = useState(false);
  const save = (patch: Record<string, unknown>, expected?: Record<string, unknown>) =>
    actions.update(meeting.id, patch, expected);
  const saveField = fieldSaver(save);
  const headingId = `meeting-${meeting.id}`;
  const title = meeting.title.trim() || 'Untitled meeting';
  const slips =
    batna.data && issues.data ? disclosureSlips({ batna: batna.data, issues: issues.data }, meeting.disclose) : [];
  const describe = `the meeting “${meetingName(meeting)}”`;
  return (
    <section className="panel meeting" aria-labelledby={headingId} data-meeting-id={meeting.id}>
      <div className="meeting-head">
        <h3 id={headingId}>
          {title}
          {meeting.date && (
            <span className="muted meeting-when">
              {formatDay(meeting.date)}
              {meeting.time ? ` · ${meeting.time}` : ''}
            </span>
          )}
        </h3>
        <button
          type="button"
          className="icon-button danger-text"
          aria-label={`Delete ${describe}`}
          title="Delete this meeting"
          onClick={() => setConfirming(true)}
        >
          ×
        </button>
      </div>
      <div className="meeting-grid">
        <TextField label="Meeting" value={meeting.title} schema={m.title} save={saveField('title')} />
        <DateField label="Date" value={meeting.date} schema={m.date} save={saveField('date')} />
        <TextField
          label="Time"
          hint="24-hour, e.g. 14:30"
          value={meeting.time}
          schema={m.time}
          save={saveField('time')}
        />
        <NumberField
          label="Length"
          suffix="min"
          value={meeting.durationMinutes}
          schema={m.durationMinutes}
          save={saveField('durationMinutes')}
        />
        <TextField label="Where / channel" value={meeting.location} schema={m.location} save={saveField('location')} />
      </div>
      <TextField
        label="Opening statement"
        hint="The first words after the greetings: why we are here, what a good outcome looks like for both, how we propose to use the time."
        multiline
        value={meeting.opening}
        schema={m.opening}
        warning={meeting.opening.trim() ? undefined : 'No opening statement yet.'}
        save={saveField('opening')}
      />
      <div className="meeting-disclosure">
        <TextField
          label="What we disclose"
          hint="Facts we are ready to share to build trust and explain our offers."
          multiline
          value={meeting.disclose}
          schema={m.disclose}
          warning={
            slips.length
              ? `This names ${slips.map((s) => `${s.what} (“${s.found}”)`).join(', ')}: keep it to ourselves.`
              : undefined
          }
          save={saveField('disclose')}
        />
        <TextField
          label="What we will not disclose"
          hint="Our limits and what weakens us: the reservation point, the BATNA’s value, our deadline."
          multiline
          value={meeting.withhold}
          schema={m.withhold}
          save={saveField('withhold')}
        />
      </div>
      <Agenda deal={deal} meeting={meeting} items={props.items} questions={props.questions} />
      <Commitments deal={deal} meeting={meeting} rows={props.commitments} />
      <ConfirmDialog
        open={confirming}
        title="Delete this meeting?"
        message={
          <>
            {describe} will be deleted with its agenda, questions and next steps. You can undo this for a few seconds.
          </>
        }
        confirmLabel="Delete"
        danger
        onConfirm={() => {
          setConfirming(false);
          void actions.removeWithUndo(meeting.id, describe);
        }}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}

function Agenda(props: { deal: Deal; meeting: Meeting; items: AgendaItem[]; questions: AgendaQuestion[] }) {
  const { deal, meeting, items } = props;
  const timing = agendaTiming(items, meeting.durationMinutes);
  const asked = (item: AgendaItem) =>
    props.questions.filter((x) => x.agendaItemId === item.id && (x.questionId || x.text.trim()));
  const caption = `Agenda of ${meeting.title.trim() || 'the meeting'}`;
  return (
    <div className="meeting-agenda">
      <h4>Agenda</h4>
      <RowList<AgendaItem>
        table="agendaItems"
        dealId={deal.id}
        rows={items}
        caption={caption}
        ordered
        addField="title"
        addDefaults={{ meetingId: meeting.id }}
        addLabel="New agenda item"
        addPlaceholder="Add an agenda item (e.g. Their priorities for next year), press Enter"
        addSchema={a.title.min(1, 'Name the agenda item first')}
        describe={(x) => (x.title ? `“${x.title}”` : 'this agenda item')}
        note={(x) => {
          const n = asked(x).length;
          return n ? (
            <span className="muted small">
              {n} question{n === 1 ? '' : 's'} to ask
            </span>
          ) : null;
        }}
        columns={[
          textColumn('title', 'Item', a.title, { width: '34%' }),
          selectColumn('phase', 'Phase', MEETING_PHASES, MEETING_PHASE_LABELS, { width: '22%' }),
          numberColumn('minutes', 'Minutes', a.minutes, { width: '11%' }),
          textColumn('notes', 'Notes', a.notes),
        ]}
        detail={(x) => <AgendaQuestions deal={deal} item={x} questions={props.questions} />}
        emptyText="No agenda yet. Start with what you want to learn from them."
      />
      <div
        className={`agenda-timing ${timing.over > 0 ? 'over' : ''}`}
        role="status"
        aria-label="Agenda time against the meeting’s length"
      >
        <span className={timing.over > 0 ? 'flag' : ''}>{agendaTimingLine(timing)}</span>
        {timing.total > 0 && (
          <ul className="phase-minutes" aria-label="Minutes per phase">
            {MEETING_PHASES.map((p) => (
              <li key={p} className={timing.perPhase[p] ? '' : 'muted'}>
                {MEETING_PHASE_LABELS[p]}: {formatMinutes(timing.perPhase[p])}
              </li>
            ))}
          </ul>
        )}
        {phasesOutOfOrder(items) && (
          <span className="flag">
            The items jump back in the sequence of the talk: explore → MESOs → trade → formalise.
          </span>
        )}
      </div>
    </div>
  );
}

function AgendaQuestions(props: { deal: Deal; item: AgendaItem; questions: AgendaQuestion[] }) {
  const { deal, item } = props;
  const diagnostic = useRows('diagnosticQuestions', deal.id);
  const actions = useRowActions('agendaQuestions', deal.id);
  const planned = (diagnostic.data ?? []).filter((x) => x.text.trim());
  const rows = props.questions.filter((x) => x.agendaItemId === item.id);
  const choices = planned.map((x) => ({ value: x.id, label: x.text }));
  const linked = new Set(rows.map((x) => x.questionId));
  const unused = planned.filter((x) => !linked.has(x.id));
  const itemName = item.title.trim() || 'this item';
  return (
    <div className="agenda-questions">
      <RowList<AgendaQuestion>
        table="agendaQuestions"
        dealId={deal.id}
        rows={rows}
        caption={`Questions for ${itemName}`}
        ordered
        addField="text"
        addDefaults={{ agendaItemId: item.id }}
        addLabel={`New question for ${itemName}`}
        addPlaceholder="Add a question in your own words, press Enter"
        addSchema={q.text.min(1, 'Write the question first')}
        describe={(x) => (x.text ? `“${x.text}”` : 'this question')}
        columns={[
          refColumn('questionId', 'From Interests', choices, 'Own words', { width: '42%' }),
          textColumn('text', 'Our words', q.text, { placeholder: 'How we ask it' }),
        ]}
        emptyText="No questions under this item yet."
      />
      {unused.length > 0 && (
        <label className="add-planned">
          Ask a question from Interests{' '}
          <select
            value=""
            onChange={(e) => {
              if (e.target.value) void actions.create({ agendaItemId: item.id, questionId: e.target.value });
            }}
          >
            <option value="">Choose a question…</option>
            {unused.map((x) => (
              <option key={x.id} value={x.id}>
                {x.text}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}

function Commitments(props: { deal: Deal; meeting: Meeting; rows: Commitment[] }) {
  const today = todayIso();
  return (
    <div className="meeting-commitments">
      <h4>Next steps we want committed</h4>
      <RowList<Commitment>
        table="commitments"
        dealId={props.deal.id}
        rows={props.rows}
        caption={`Next steps of ${props.meeting.title.trim() || 'the meeting'}`}
        addField="text"
        addDefaults={{ meetingId: props.meeting.id }}
        addLabel="New next step"
        addPlaceholder="Add a next step (e.g. They send the volume forecast), press Enter"
        addSchema={c.text.min(1, 'Describe the next step first')}
        describe={(x) => (x.text ? `“${x.text}”` : 'this next step')}
        flags={(x) =>
          !x.done && x.due !== null && x.due < today ? [`Was due ${formatDay(x.due)}: chase it or move the date.`] : []
        }
        columns={[
          textColumn('text', 'Next step', c.text, { width: '34%' }),
          selectColumn('party', 'Who', COMMITMENT_PARTIES, COMMITMENT_PARTY_LABELS, { width: '13%' }),
          textColumn('owner', 'Name', c.owner, { width: '20%' }),
          dateColumn('due', 'By', c.due, { width: '150px' }),
          checkColumn<Commitment>('done', 'Done', { width: '64px' }),
        ]}
        emptyText="No next steps yet: who does what by when after this meeting?"
      />
    </div>
  );
}
