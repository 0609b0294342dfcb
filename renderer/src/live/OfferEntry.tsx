import { forwardRef, useImperativeHandle, useRef, useState } from 'react';
import type { Issue, IssueOption } from '../../../core/issues';
import { type LiveChoices, type LiveSide, SIDE_LABELS } from '../../../core/live/model';
import { matchOptions } from '../../../core/live/packages';

export interface OfferEntryHandle {
  /** Empty every line (after the offer was logged). */
  clear(): void;
  /** Focus the first issue, for a new offer from `side`. */
  start(side: LiveSide): void;
  /** Load an earlier offer for correction. */
  load(side: LiveSide, choices: LiveChoices, offerId: string): void;
}

interface Props {
  issues: readonly Issue[];
  side: LiveSide;
  picks: LiveChoices;
  /** The package before this offer, for the carried-over placeholders. */
  previous: LiveChoices;
  correcting: boolean;
  onSide(side: LiveSide): void;
  onPick(issueId: string, optionId: string | null): void;
  /** Log the offer with these picks (the last one taken just now included). */
  onCommit(picks: LiveChoices): void;
  onCancel(): void;
  onLoad(side: LiveSide, choices: LiveChoices, offerId: string): void;
}

/**
 * One line per issue: type a few letters (or a number) and the best matching option shows
 * beside it; Tab takes it and moves on, Enter takes it and logs the offer. An issue left
 * empty keeps its value from the offer before.
 */
export const OfferEntry = forwardRef<OfferEntryHandle, Props>(function OfferEntry(props, ref) {
  const { issues, picks, previous } = props;
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [highlight, setHighlight] = useState<Record<string, number>>({});
  const inputs = useRef<(HTMLInputElement | null)[]>([]);

  useImperativeHandle(ref, () => ({
    clear() {
      setTexts({});
    },
    start(side) {
      props.onSide(side);
      setTexts({});
      inputs.current[0]?.focus();
    },
    load(side, choices, offerId) {
      props.onLoad(side, choices, offerId);
      setTexts(
        Object.fromEntries(
          issues.flatMap((i) => {
            const option = i.options.find((o) => o.id === choices[i.id]);
            return option ? [[i.id, option.label]] : [];
          }),
        ),
      );
      inputs.current[0]?.focus();
    },
  }));

  const matchesOf = (issue: Issue): IssueOption[] => {
    const text = texts[issue.id] ?? '';
    const picked = issue.options.find((o) => o.id === picks[issue.id]);
    if (picked && picked.label === text) return [picked];
    return text.trim() === '' ? [] : matchOptions(issue.options, text);
  };
  /** Takes the highlighted match for the issue; the picks after it, or null when nothing matches. */
  const take = (issue: Issue): LiveChoices | null => {
    const matches = matchesOf(issue);
    const text = texts[issue.id] ?? '';
    if (text.trim() === '') {
      if (!Object.hasOwn(picks, issue.id)) return picks;
      props.onPick(issue.id, null);
      const { [issue.id]: _cleared, ...rest } = picks;
      return rest;
    }
    const option = matches[(highlight[issue.id] ?? 0) % Math.max(1, matches.length)];
    if (!option) return null;
    props.onPick(issue.id, option.id);
    setTexts((t) => ({ ...t, [issue.id]: option.label }));
    return { ...picks, [issue.id]: option.id };
  };

  return (
    <section className={`live-entry live-entry-${props.side}`} aria-label="Log an offer">
      <header className="live-entry-head">
        <fieldset className="live-side-toggle" aria-label="Whose offer">
          {(['ours', 'theirs'] as const).map((side) => (
            <button
              key={side}
              type="button"
              aria-pressed={props.side === side}
              className={props.side === side ? 'active' : ''}
              onClick={() => props.onSide(side)}
            >
              {SIDE_LABELS[side]} <kbd>{side === 'ours' ? 'O' : 'T'}</kbd>
            </button>
          ))}
        </fieldset>
        {props.correcting && <span className="live-correcting">Correcting an earlier offer</span>}
      </header>
      <div className="live-entry-grid">
        {issues.map((issue, index) => {
          const matches = matchesOf(issue);
          const carried = issue.options.find((o) => o.id === previous[issue.id]);
          const top = matches[(highlight[issue.id] ?? 0) % Math.max(1, matches.length)];
          const text = texts[issue.id] ?? '';
          const hintId = `live-hint-${issue.id}`;
          return (
            <div key={issue.id} className="live-entry-row">
              <label htmlFor={`live-issue-${issue.id}`}>{issue.name || 'Untitled issue'}</label>
              <input
                id={`live-issue-${issue.id}`}
                ref={(el) => {
                  inputs.current[index] = el;
                }}
                autoComplete="off"
                value={text}
                placeholder={carried ? `${carried.label} (carried over)` : 'not said yet'}
                aria-describedby={hintId}
                onChange={(event) => {
                  setTexts((t) => ({ ...t, [issue.id]: event.target.value }));
                  setHighlight((h) => ({ ...h, [issue.id]: 0 }));
                }}
                onKeyDown={(event) => {
                  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                    event.preventDefault();
                    const step = event.key === 'ArrowDown' ? 1 : matches.length - 1;
                    setHighlight((h) => ({
                      ...h,
                      [issue.id]: ((h[issue.id] ?? 0) + step) % Math.max(1, matches.length),
                    }));
                  } else if (event.key === 'Tab' && !event.shiftKey) {
                    take(issue);
                  } else if (event.key === 'Enter') {
                    event.preventDefault();
                    const final = take(issue);
                    if (final) props.onCommit(final);
                  } else if (event.key === 'Escape') {
                    props.onCancel();
                    setTexts({});
                  }
                }}
              />
              <span id={hintId} className={`live-hint ${text && !top ? 'live-hint-none' : ''}`}>
                {text.trim() === '' ? '' : top ? `→ ${top.label}` : 'no option matches'}
              </span>
            </div>
          );
        })}
      </div>
      <p className="live-keys-hint">
        Type to match · <kbd>↑</kbd>
        <kbd>↓</kbd> other matches · <kbd>Tab</kbd> next issue · <kbd>Enter</kbd> log the offer · <kbd>Esc</kbd> leave
      </p>
    </section>
  );
});
