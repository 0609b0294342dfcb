import { MOMENT_PHASES, type Moment, momentFieldsSchema, PHASE_LABELS } from '../../../../core/debrief/model';
import { findMomentType, type MomentType } from '../../../../core/debrief/momentCatalogue';
import type { RowPatchOf } from '../../../../core/rowTables';
import { errorMessage } from '../../api/hooks';
import { SelectField, TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { useDeleteWithUndo } from '../../ui/useDeleteWithUndo';
import { useRowActions } from '../shared/rowApi';

const fields = momentFieldsSchema.shape;
export const EFFECT_VALUES = ['-2', '-1', '0', '1', '2'] as const;
export const EFFECT_LABELS: Record<(typeof EFFECT_VALUES)[number], string> = {
  '-2': '−2 lost a lot of leverage',
  '-1': '−1 lost some leverage',
  '0': '0 no change',
  '1': '+1 gained some leverage',
  '2': '+2 gained a lot of leverage',
};
const effectText = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/** The tagged moments on a timeline, phase by phase. */
export function MomentsPanel(props: { dealId: string; moments: Moment[]; catalogue: MomentType[] }) {
  const { dealId, moments, catalogue } = props;
  const rows = useRowActions('debriefMoments', dealId);
  const toast = useToast();
  const deletion = useDeleteWithUndo<Moment>({
    table: 'debriefMoments',
    what: 'moment',
    describe: (m) => m.quote.slice(0, 60) || findMomentType(catalogue, m.typeKey).label,
    isEmpty: (m) => !m.quote.trim() && !m.lesson.trim(),
    remove: (m) => rows.remove(m.id),
    restore: (row) => rows.restore(row.id),
    rows: moments,
  });
  const phases = MOMENT_PHASES.filter((phase) => moments.some((m) => m.phase === phase));
  return (
    <section className="panel" aria-labelledby="debrief-moments">
      <h3 id="debrief-moments">Moments</h3>
      <p className="panel-intro">
        Small, observable points — a question, a pause, a first number, a concession — that moved leverage one way or
        the other. Tag them by hand or from your notes with the assistant below.
      </p>
      {moments.length === 0 ? (
        <p className="empty-panel">No moments tagged yet.</p>
      ) : (
        <ol className="timeline" aria-label="Timeline of moments">
          {phases.map((phase) => (
            <li key={phase} className="timeline-phase">
              <h4 className="timeline-phase-title">{PHASE_LABELS[phase]}</h4>
              <ol className="timeline-moments">
                {moments
                  .filter((m) => m.phase === phase)
                  .map((m) => (
                    <MomentCard
                      key={m.id}
                      dealId={dealId}
                      moment={m}
                      catalogue={catalogue}
                      onDelete={() => deletion.request(m)}
                      effect={effectText(m.effect)}
                    />
                  ))}
              </ol>
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        className="add-row"
        onClick={() =>
          void rows
            .create({ phase: 'opening', typeKey: catalogue[0]?.key ?? 'early-flexibility' })
            .catch((error: unknown) => toast({ tone: 'error', message: errorMessage(error) }))
        }
      >
        + Add a moment
      </button>
      {deletion.dialog}
    </section>
  );
}

function MomentCard(props: {
  dealId: string;
  moment: Moment;
  catalogue: MomentType[];
  effect: string;
  onDelete: () => void;
}) {
  const { moment, catalogue } = props;
  const rows = useRowActions('debriefMoments', props.dealId);
  const save = (patch: RowPatchOf<'debriefMoments'>) => rows.update(moment.id, patch);
  const type = findMomentType(catalogue, moment.typeKey);
  const choices = catalogue.filter((t) => !t.archived || t.key === moment.typeKey);
  const typeKeys = choices.some((t) => t.key === moment.typeKey)
    ? choices.map((t) => t.key)
    : [moment.typeKey, ...choices.map((t) => t.key)];
  const typeLabels = Object.fromEntries(typeKeys.map((key) => [key, findMomentType(catalogue, key).label]));
  return (
    <li className={`moment-card polarity-${type.polarity}`} data-moment-type={moment.typeKey}>
      <div className="moment-head">
        <span className={`effect-badge effect-${Math.sign(moment.effect)}`} title="Effect on leverage">
          {props.effect}
        </span>
        <strong className="moment-type">{type.label}</strong>
        {moment.source === 'transcript' && <span className="tag">from notes</span>}
        <button type="button" className="icon-button" aria-label="Delete moment" onClick={props.onDelete}>
          ✕
        </button>
      </div>
      <TextField
        label="What was said or done"
        multiline
        rows={2}
        value={moment.quote}
        schema={fields.quote}
        save={(quote) => save({ quote })}
      />
      <div className="moment-fields">
        <SelectField
          label="Phase"
          value={moment.phase}
          options={MOMENT_PHASES}
          labels={PHASE_LABELS}
          save={(phase) => save({ phase })}
        />
        <SelectField
          label="Type"
          value={moment.typeKey}
          options={typeKeys}
          labels={typeLabels}
          save={(typeKey) => save({ typeKey })}
        />
        <SelectField
          label="Effect on leverage"
          value={String(moment.effect) as (typeof EFFECT_VALUES)[number]}
          options={EFFECT_VALUES}
          labels={EFFECT_LABELS}
          save={(effect) => save({ effect: Number(effect) })}
        />
      </div>
      <TextField label="Lesson" value={moment.lesson} schema={fields.lesson} save={(lesson) => save({ lesson })} />
    </li>
  );
}
