import type { DebriefAnalysis } from '../../../../core/debrief/analysis';
import {
  type DebriefPatch,
  debriefFieldsSchema,
  LESSON_TAGS,
  type Lesson,
  type LessonTag,
  lessonFieldsSchema,
} from '../../../../core/debrief/model';
import type { DebriefRecord } from '../../../../core/debrief/view';
import { CATEGORY_LABELS } from '../../../../core/issues';
import { errorMessage, useApiMutation } from '../../api/hooks';
import { CheckboxField, OptionalSelectField, SelectField, TextField } from '../../ui/fields';
import { fieldSaver } from '../../ui/saveField';
import { useToast } from '../../ui/Toasts';
import { useDeleteWithUndo } from '../../ui/useDeleteWithUndo';
import { useRowActions } from '../shared/rowApi';

const fields = debriefFieldsSchema.shape;
const RATINGS = ['1', '2', '3', '4', '5'] as const;
type Rating = (typeof RATINGS)[number];
const HEALTH_LABELS: Record<Rating, string> = {
  '1': '1 — damaged',
  '2': '2 — strained',
  '3': '3 — neutral',
  '4': '4 — good',
  '5': '5 — both left respected',
};
const SATISFACTION_LABELS: Record<Rating, string> = {
  '1': '1 — very unhappy',
  '2': '2 — unhappy',
  '3': '3 — acceptable',
  '4': '4 — pleased',
  '5': '5 — delighted',
};
export const TAG_LABELS: Record<LessonTag, string> = { general: 'The deal as a whole', ...CATEGORY_LABELS };

const toRating = (n: number | null) => (n === null ? null : (String(n) as Rating));
const fromRating = (r: Rating | null) => (r === null ? null : Number(r));

/** The review prompts: what worked, what did not, missed signals, safeguards, ratings, time. */
export function ReviewPanel(props: { dealId: string; debrief: DebriefRecord; analysis: DebriefAnalysis }) {
  const { debrief, analysis } = props;
  const update = useApiMutation('debrief.update');
  const save = (patch: DebriefPatch) => update.mutateAsync({ dealId: props.dealId, patch });
  const saveField = fieldSaver(save);
  return (
    <section className="panel" aria-labelledby="debrief-review">
      <h3 id="debrief-review">Review</h3>
      <div className="review-grid">
        <TextField
          label="What worked"
          multiline
          rows={3}
          value={debrief.whatWorked}
          schema={fields.whatWorked}
          save={saveField('whatWorked')}
        />
        <TextField
          label="What didn't work"
          multiline
          rows={3}
          value={debrief.whatDidNot}
          schema={fields.whatDidNot}
          save={saveField('whatDidNot')}
        />
        <TextField
          label="Signals we missed"
          multiline
          rows={3}
          value={debrief.missedSignals}
          schema={fields.missedSignals}
          save={saveField('missedSignals')}
          hint="Hints about their interests, deadlines or alternatives you only understood afterwards."
        />
        <TextField
          label="Safeguards that helped"
          multiline
          rows={3}
          value={debrief.safeguards}
          schema={fields.safeguards}
          save={saveField('safeguards')}
          hint="Red lines, contingent clauses, approvals or walk-away points that protected you."
        />
      </div>
      <div className="form-columns">
        <OptionalSelectField
          label="Relationship health"
          value={toRating(debrief.relationshipHealth)}
          options={RATINGS}
          labels={HEALTH_LABELS}
          save={(r) => save({ relationshipHealth: fromRating(r) })}
          hint="Did both sides leave feeling respected?"
        />
        <OptionalSelectField
          label="Satisfaction"
          value={toRating(debrief.satisfaction)}
          options={RATINGS}
          labels={SATISFACTION_LABELS}
          save={(r) => save({ satisfaction: fromRating(r) })}
        />
        <div className="field">
          <span className="field-label-text">Time to resolution</span>
          <p className="computed" data-testid="time-to-resolution">
            {analysis.time.known
              ? `${analysis.time.days} day${analysis.time.days === 1 ? '' : 's'} (${analysis.time.from} → ${analysis.time.to})`
              : analysis.time.reason}
          </p>
        </div>
      </div>
    </section>
  );
}

/** Lessons, each tagged to an issue category so it comes back when that kind of issue does. */
export function LessonsPanel(props: { dealId: string; lessons: Lesson[] }) {
  const rows = useRowActions('debriefLessons', props.dealId);
  const toast = useToast();
  const deletion = useDeleteWithUndo<Lesson>({
    table: 'debriefLessons',
    what: 'lesson',
    describe: (l) => l.text,
    isEmpty: (l) => !l.text.trim(),
    remove: (l) => rows.remove(l.id),
    restore: (row) => rows.restore(row.id),
    rows: props.lessons,
  });
  return (
    <section className="panel" aria-labelledby="debrief-lessons">
      <h3 id="debrief-lessons">Lessons for next time</h3>
      <p className="panel-intro">
        Lessons come back as reminders when you prepare another deal of the same kind. A lesson shared with the team
        (its text and topic only, never this deal’s names or numbers) reaches colleagues’ deals of the same kind too.
      </p>
      {props.lessons.length > 0 && (
        <ul className="lesson-list">
          {props.lessons.map((lesson) => (
            <li key={lesson.id} className="lesson-row">
              <TextField
                label="Lesson"
                labelHidden
                value={lesson.text}
                schema={lessonFieldsSchema.shape.text}
                save={rows.fieldsOf(lesson.id)('text')}
                placeholder="e.g. Ask about their rollout deadline before talking price"
              />
              <SelectField
                label="About"
                labelHidden
                value={lesson.tag}
                options={LESSON_TAGS}
                labels={TAG_LABELS}
                save={rows.fieldsOf(lesson.id)('tag')}
              />
              <CheckboxField
                label="Share with the team"
                className="lesson-share"
                value={lesson.shared}
                save={rows.fieldsOf(lesson.id)('shared')}
              />
              <button
                type="button"
                className="icon-button"
                aria-label="Delete lesson"
                onClick={() => deletion.request(lesson)}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="add-row"
        onClick={() =>
          void rows.create({}).catch((error: unknown) => toast({ tone: 'error', message: errorMessage(error) }))
        }
      >
        + Add a lesson
      </button>
      {deletion.dialog}
    </section>
  );
}

const pct = (n: number) => `${Math.round(n * 100)} %`;

/** What we gave against what we got, from the concession log. */
export function ConcessionReviewPanel({ analysis }: { analysis: DebriefAnalysis }) {
  const review = analysis.concessions;
  return (
    <section className="panel" aria-labelledby="debrief-concessions">
      <h3 id="debrief-concessions">Concession review</h3>
      {review.given === 0 ? (
        <p className="empty-panel">
          No concession in the log was offered or accepted. Concessions logged on the Concessions & safeguards step are
          reviewed here: what you gave, what you got back, and which came with no ask.
        </p>
      ) : (
        <>
          <div className="result-tiles">
            <div className="result-tile">
              <span className="tile-label">Concessions given</span>
              <span className="tile-value">{review.given}</span>
            </div>
            <div className="result-tile">
              <span className="tile-label">With something back</span>
              <span className="tile-value">{review.reciprocated}</span>
            </div>
            <div className={`result-tile ${review.ratio !== null && review.ratio < 1 ? 'tile-warn' : 'tile-ok'}`}>
              <span className="tile-label">Reciprocity</span>
              <span className="tile-value">{review.ratio === null ? '—' : pct(review.ratio)}</span>
            </div>
            <div className="result-tile">
              <span className="tile-label">Cost to us / worth to them</span>
              <span className="tile-value tile-value-text">
                {review.costToUs} / {review.worthToThem}
              </span>
            </div>
          </div>
          {review.unconditional.length > 0 && (
            <div>
              <h4>Given with nothing asked back</h4>
              <ul>
                {review.unconditional.map((c) => (
                  <li key={c.id}>
                    {c.give.trim() || c.item.trim() || 'Unnamed concession'}
                    {c.item.trim() && c.give.trim() ? ` (${c.item.trim()})` : ''}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
