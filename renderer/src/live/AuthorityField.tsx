import { forwardRef, useEffect, useState } from 'react';

/**
 * Our authority limit for this sitting, in points of value to us: an offer of ours below it
 * is held back with a warning, like one crossing the walk-away. Saved on Enter or on leaving
 * the field; an empty field clears it.
 */
export const AuthorityField = forwardRef<
  HTMLInputElement,
  { points: number | null; onSave(points: number | null): Promise<unknown> }
>(function AuthorityField(props, ref) {
  const [text, setText] = useState(props.points === null ? '' : String(props.points));
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setText(props.points === null ? '' : String(props.points)), [props.points]);
  const commit = () => {
    const trimmed = text.trim();
    const points = trimmed === '' ? null : Number(trimmed);
    if (points !== null && (!Number.isFinite(points) || points < 0 || points > 100)) {
      setProblem('Give a number of points from 0 to 100.');
      return;
    }
    setProblem(null);
    if (points !== props.points) void props.onSave(points);
  };
  return (
    <form
      className="live-authority"
      onSubmit={(event) => {
        event.preventDefault();
        commit();
      }}
    >
      <label htmlFor="live-authority">
        Authority limit (points to us) <kbd>A</kbd>
      </label>
      <input
        ref={ref}
        id="live-authority"
        inputMode="decimal"
        value={text}
        placeholder="none"
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        aria-invalid={problem !== null}
        aria-describedby={problem ? 'live-authority-problem' : undefined}
      />
      {problem && (
        <span id="live-authority-problem" className="danger-text">
          {problem}
        </span>
      )}
    </form>
  );
});
