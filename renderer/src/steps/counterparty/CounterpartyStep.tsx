import { useState } from 'react';
import {
  DECISION_ROLE_LABELS,
  DECISION_ROLES,
  type DecisionStep,
  decisionStepFieldsSchema,
  outOfOrderSteps,
  PARTY_SIDE_LABELS,
  PARTY_SIDES,
  STANCE_LABELS,
  STANCES,
  type Stakeholder,
  stakeholderFieldsSchema,
} from '../../../../core/counterparty';
import type { Deal } from '../../../../core/deal';
import { winOverOrder } from '../../../../core/powerMap';
import { useRows } from '../../api/rows';
import { OptionalSelectCell, TextCell } from '../../ui/cells';
import { DateField, TextField } from '../../ui/fields';
import { dateColumn, numberColumn, RowList, selectColumn, textColumn } from '../shared/RowList';
import { useRowActions } from '../shared/rowApi';
import { PowerMap } from './PowerMap';
import '../shared/rowTables.css';
import { fieldSaver } from '../../ui/saveField';

const person = stakeholderFieldsSchema.shape;
const step = decisionStepFieldsSchema.shape;

export function CounterpartyStep({ deal }: { deal: Deal }) {
  const people = useRows('stakeholders', deal.id);
  const path = useRows('decisionSteps', deal.id);
  const [openId, setOpenId] = useState<string | null>(null);
  const stakeholders = people.data ?? [];
  const theirs = stakeholders.filter((p) => p.side === 'theirs');
  const priorities = winOverOrder(theirs).filter((p) => p.influence >= 4);
  const outOfOrder = new Set(outOfOrderSteps(path.data ?? []));

  return (
    <div className="step-body wide">
      <section className="panel" aria-labelledby="stakeholders-heading">
        <h3 id="stakeholders-heading">Stakeholders</h3>
        <p className="panel-hint">
          Everyone who shapes the decision, on their side and ours. Open a row for interests, red lines and notes.
        </p>
        <RowList<Stakeholder>
          table="stakeholders"
          dealId={deal.id}
          rows={stakeholders}
          caption="Stakeholders"
          addField="name"
          addLabel="New stakeholder name"
          addPlaceholder="Add a stakeholder: type a name, press Enter"
          addSchema={person.name}
          describe={(p) => `“${p.name}”`}
          openId={openId}
          onOpen={setOpenId}
          columns={[
            // The last contact date lives in the row's details: at 1024 px seven columns cut every value.
            {
              // Name with the job title under it: two narrow columns would cut both.
              id: 'name',
              header: 'Name and job title',
              cell: (p, saveField) => (
                <div className="stacked-cells">
                  <TextCell label="Name" value={p.name} schema={person.name} save={saveField('name')} />
                  <TextCell
                    label="Job title"
                    value={p.title}
                    schema={person.title}
                    placeholder="Job title"
                    save={saveField('title')}
                  />
                </div>
              ),
            },
            selectColumn('role', 'Role in the decision', DECISION_ROLES, DECISION_ROLE_LABELS, { width: '22%' }),
            selectColumn('side', 'Side', PARTY_SIDES, PARTY_SIDE_LABELS, { width: '14%' }),
            numberColumn('influence', 'Influence (1–5)', person.influence, { width: '13%' }),
            selectColumn('stance', 'Stance', STANCES, STANCE_LABELS, { width: '16%' }),
          ]}
          detail={(p) => <StakeholderDetail person={p} dealId={deal.id} />}
          emptyText="No stakeholders yet. Start with the person who signs, then who can stop the deal."
        />
      </section>

      <section className="panel map-panel" aria-labelledby="map-heading">
        <div>
          <h3 id="map-heading">Power and stance</h3>
          <p className="panel-hint">Click a person to open their details.</p>
          <PowerMap
            people={stakeholders}
            selectedId={openId}
            onSelect={(id) => {
              setOpenId(id);
              document.querySelector(`[data-row-id="${id}"] input`)?.scrollIntoView({ block: 'center' });
            }}
          />
        </div>
        <div className="map-side">
          <h4>Whom to win over first</h4>
          {priorities.length === 0 ? (
            <p className="muted">Nobody influential on their side is sceptical or blocking yet.</p>
          ) : (
            <ol className="priority-list">
              {priorities.map((p) => (
                <li key={p.id}>
                  <button type="button" className="link-button" onClick={() => setOpenId(p.id)}>
                    {p.name}
                  </button>{' '}
                  <span className="muted">
                    {STANCE_LABELS[p.stance]}, influence {p.influence}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>
      </section>

      <section className="panel" aria-labelledby="path-heading">
        <h3 id="path-heading">Decision path</h3>
        <p className="panel-hint">The steps to a signed yes, in order: what is approved, by whom, and by when.</p>
        <RowList<DecisionStep>
          table="decisionSteps"
          dealId={deal.id}
          rows={path.data ?? []}
          caption="Decision path"
          ordered
          addField="approval"
          addLabel="New decision step"
          addPlaceholder="Add a step, e.g. “Security review”, press Enter"
          addSchema={step.approval}
          describe={(s) => (s.approval ? `“${s.approval}”` : 'this step')}
          flags={(s) =>
            outOfOrder.has(s.id) ? ['Due before an earlier step: reorder the steps or check the dates.'] : []
          }
          columns={[
            textColumn('approval', 'What is approved', step.approval, { width: '32%' }),
            {
              id: 'stakeholderId',
              header: 'Approver',
              width: '22%',
              cell: (s, saveField) => (
                <OptionalSelectCell
                  label="Approver"
                  value={s.stakeholderId}
                  noneLabel="Not known yet"
                  options={stakeholders.map((p) => ({ value: p.id, label: p.name }))}
                  save={saveField('stakeholderId')}
                />
              ),
            },
            dateColumn('dueDate', 'By when', step.dueDate, { width: '15%' }),
            textColumn('notes', 'Notes', step.notes),
          ]}
          emptyText="No steps yet. Ask them: who else has to say yes, and in which order?"
        />
      </section>
    </div>
  );
}

function StakeholderDetail({ person: p, dealId }: { person: Stakeholder; dealId: string }) {
  const actions = useRowActions('stakeholders', dealId);
  const save = (patch: Partial<Stakeholder>, expected?: Partial<Stakeholder>) => actions.update(p.id, patch, expected);
  const saveField = fieldSaver(save);
  return (
    <div className="detail-grid">
      <DateField
        label="Last contact"
        value={p.lastContact}
        schema={person.lastContact}
        save={saveField('lastContact')}
      />
      <TextField
        label="Their interests"
        multiline
        value={p.interests}
        schema={person.interests}
        save={saveField('interests')}
      />
      <TextField
        label="Must-haves"
        multiline
        value={p.mustHaves}
        schema={person.mustHaves}
        save={saveField('mustHaves')}
      />
      <TextField label="Red lines" multiline value={p.redLines} schema={person.redLines} save={saveField('redLines')} />
      <TextField
        label="Face-saving needs"
        multiline
        value={p.faceSaving}
        schema={person.faceSaving}
        save={saveField('faceSaving')}
        hint="What they need to be able to tell their own people."
      />
      <TextField
        label="Political capital"
        multiline
        value={p.politicalCapital}
        schema={person.politicalCapital}
        save={saveField('politicalCapital')}
        hint="How much they can spend on this deal, and on what."
      />
      <TextField
        label="Relationship notes"
        multiline
        value={p.relationshipNotes}
        schema={person.relationshipNotes}
        save={saveField('relationshipNotes')}
      />
    </div>
  );
}
