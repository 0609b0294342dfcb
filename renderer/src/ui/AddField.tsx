import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { errorMessage } from '../api/hooks';
import { trackPendingEdit } from './pendingEdits';

interface Queued {
  key: number;
  text: string;
  failed: string | null;
}

export interface AddFieldProps {
  label: string;
  placeholder: string;
  schema: z.ZodType<string, unknown>;
  /** Creates the row; the queue waits for it before sending the next one. */
  add: (text: string) => Promise<unknown>;
}

/**
 * The "type a name, press Enter" field under a list. Enter hands the text to a queue and
 * empties the field at once, so typing goes on while earlier adds are still on their way:
 * the input is never re-mounted or cleared by a save coming back, focus stays, and the rows
 * are created one after another in the order typed. An add that fails stops the queue and
 * keeps its text on screen with the reason and a Retry. Empty text adds nothing.
 */
export function AddField(props: AddFieldProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [queue, setQueue] = useState<Queued[]>([]);
  const queueRef = useRef<Queued[]>([]);
  const running = useRef<Promise<void> | null>(null);
  const nextKey = useRef(0);
  const addRef = useRef(props.add);
  addRef.current = props.add;

  const update = useCallback((next: Queued[]) => {
    queueRef.current = next;
    setQueue(next);
  }, []);

  const run = useCallback((): Promise<void> => {
    running.current ??= (async () => {
      for (;;) {
        const head = queueRef.current[0];
        if (!head || head.failed) break;
        try {
          await addRef.current(head.text);
          update(queueRef.current.filter((q) => q.key !== head.key));
        } catch (failure) {
          update(queueRef.current.map((q) => (q.key === head.key ? { ...q, failed: errorMessage(failure) } : q)));
          break;
        }
      }
      running.current = null;
    })();
    return running.current;
  }, [update]);

  // Leaving the page waits for what is queued (see pendingEdits).
  useEffect(() => (queue.length ? trackPendingEdit(run) : undefined), [queue.length, run]);

  const submit = () => {
    if (draft.trim() === '') return;
    const parsed = props.schema.safeParse(draft);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Invalid value');
      return;
    }
    nextKey.current += 1;
    update([...queueRef.current, { key: nextKey.current, text: parsed.data, failed: null }]);
    setDraft('');
    setError(null);
    void run();
  };

  const retry = () => {
    update(queueRef.current.map((q) => ({ ...q, failed: null })));
    void run();
  };
  const discard = (key: number) => {
    update(queueRef.current.filter((q) => q.key !== key));
    void run();
  };

  return (
    <div className="add-field">
      <input
        aria-label={props.label}
        placeholder={props.placeholder}
        value={draft}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            submit();
          }
        }}
      />
      {error && (
        <p className="cell-error" role="alert">
          {error}
        </p>
      )}
      {queue.length > 0 && (
        <ul className="add-queue" aria-label={`${props.label}: waiting to be added`}>
          {queue.map((item) => (
            <li key={item.key} className={item.failed ? 'add-failed' : 'add-waiting'}>
              <span className="add-queue-text">{item.text}</span>
              {item.failed ? (
                <>
                  <span role="alert"> Not added: {item.failed}</span>
                  <button type="button" className="link-button" onClick={retry}>
                    Retry
                  </button>
                  <button type="button" className="link-button" onClick={() => discard(item.key)}>
                    Discard
                  </button>
                </>
              ) : (
                <span className="muted"> adding…</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
