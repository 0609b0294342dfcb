import { CONTEXT_LABELS, type Deal } from '../../../core/deal';
import type { LessonTag } from '../../../core/debrief/model';
import { useApi } from '../api/hooks';
import { TAG_LABELS } from '../steps/debrief/ReviewPanels';

/**
 * Lessons from debriefed deals of the same context, and the moment types this user most
 * often gets wrong, shown while preparing. Nothing to show: nothing rendered.
 */
export function LessonReminders({ deal }: { deal: Deal }) {
  const reminders = useApi('debrief.reminders', { dealId: deal.id });
  const data = reminders.data;
  if (!data || (data.lessons.length === 0 && data.frequentMistakes.length === 0)) return null;
  return (
    <aside className="reminders" aria-labelledby="reminders-title">
      <h3 id="reminders-title">From your past deals</h3>
      <div className="reminders-columns">
        {data.lessons.length > 0 && (
          <div>
            <h4>Lessons from {CONTEXT_LABELS[deal.context].toLowerCase()} deals</h4>
            <ul className="reminder-lessons">
              {data.lessons.slice(0, 6).map((lesson) => (
                <li key={lesson.id}>
                  {lesson.text}{' '}
                  <span className="muted">
                    — {lesson.dealTitle}
                    {lesson.tag !== 'general' ? ` · ${TAG_LABELS[lesson.tag as LessonTag] ?? lesson.tag}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
        {data.frequentMistakes.length > 0 && (
          <div>
            <h4>Watch out for</h4>
            <ul className="reminder-mistakes">
              {data.frequentMistakes.map((m) => (
                <li key={m.typeKey}>
                  <strong>{m.label}</strong> <span className="muted">(tagged {m.count}×)</span>
                  {m.description && <div className="muted">{m.description}</div>}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </aside>
  );
}
