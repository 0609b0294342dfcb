import { useState } from 'react';
import { CONTEXT_LABELS, type Deal } from '../../../core/deal';
import type { LessonTag } from '../../../core/debrief/model';
import { useApi } from '../api/hooks';
import { TAG_LABELS } from '../steps/debrief/ReviewPanels';

// A per-deal display choice of this window, not deal data: it stays in the renderer's storage.
const dismissedKey = (dealId: string) => `parley.reminders.dismissed.${dealId}`;

function readDismissed(dealId: string): boolean {
  try {
    return window.localStorage.getItem(dismissedKey(dealId)) === '1';
  } catch {
    return false;
  }
}

function writeDismissed(dealId: string, dismissed: boolean): void {
  try {
    if (dismissed) window.localStorage.setItem(dismissedKey(dealId), '1');
    else window.localStorage.removeItem(dismissedKey(dealId));
  } catch {
    // Storage unavailable: the choice holds until the window closes.
  }
}

/**
 * Lessons from debriefed deals of the same context, and the moment types this user most
 * often gets wrong, shown above every step while preparing until the user hides them for
 * this deal (a small button brings them back). Nothing to show: nothing rendered.
 */
export function LessonReminders({ deal }: { deal: Deal }) {
  const reminders = useApi('debrief.reminders', { dealId: deal.id });
  const [dismissed, setDismissed] = useState(() => readDismissed(deal.id));
  const data = reminders.data;
  if (!data || (data.lessons.length === 0 && data.frequentMistakes.length === 0)) return null;
  const choose = (value: boolean) => {
    writeDismissed(deal.id, value);
    setDismissed(value);
  };
  if (dismissed) {
    return (
      <button type="button" className="link-button reminders-show" onClick={() => choose(false)}>
        Show lessons from your past deals
      </button>
    );
  }
  return (
    <aside className="reminders" aria-labelledby="reminders-title">
      <div className="reminders-head">
        <h3 id="reminders-title">From your past deals</h3>
        <button type="button" className="link-button" onClick={() => choose(true)}>
          Hide for this deal
        </button>
      </div>
      <div className="reminders-columns">
        {data.lessons.length > 0 && (
          <div>
            <h4>Lessons from {CONTEXT_LABELS[deal.context].toLowerCase()} deals</h4>
            <ul className="reminder-lessons">
              {data.lessons.slice(0, 6).map((lesson) => (
                <li key={lesson.id}>
                  {lesson.text}{' '}
                  <span className="muted">
                    — {lesson.author ? `${lesson.author}, from the team` : lesson.dealTitle}
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
