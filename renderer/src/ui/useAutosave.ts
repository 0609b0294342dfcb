import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { errorMessage } from '../api/hooks';
import { trackPendingEdit } from './pendingEdits';

/** `failed`: the value was valid but the save did not happen; the text stays in the field. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'error' | 'failed';

export interface Autosave {
  draft: string;
  setDraft: (raw: string) => void;
  /** Save now (blur, Enter) instead of waiting for the typing pause. */
  flush: (raw?: string) => void;
  error: string | null;
  state: SaveState;
}

const TYPING_PAUSE_MS = 450;

/** A `fromText` that cannot read the text throws this, with the message to show. */
export class UnreadableInput extends Error {}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function parse<T>(raw: string, schema: z.ZodType<T, unknown>, fromText: (raw: string) => unknown): Parsed<T> {
  let candidate: unknown;
  try {
    candidate = fromText(raw);
  } catch (error) {
    return { ok: false, message: error instanceof UnreadableInput ? error.message : 'Invalid value' };
  }
  const parsed = schema.safeParse(candidate);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, message: parsed.error.issues[0]?.message ?? 'Invalid value' };
}

/**
 * Every field saves itself: validated as typed, written after a short typing pause, on
 * blur, or at once when the page goes away (see pendingEdits). A value that fails
 * validation shows its message and is never sent; a save that fails keeps the text and
 * says it was not saved. `toText`/`fromText` convert between the stored value and the input.
 */
export function useAutosave<T>(options: {
  value: T;
  schema: z.ZodType<T, unknown>;
  save: (value: T) => Promise<unknown>;
  toText: (value: T) => string;
  fromText: (raw: string) => unknown;
}): Autosave {
  const { value, toText } = options;
  const [draft, setDraftState] = useState(() => toText(value));
  const [error, setError] = useState<string | null>(null);
  const [state, setState] = useState<SaveState>('idle');
  const dirty = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef(options);
  latest.current = options;
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const untrack = useRef<(() => void) | null>(null);

  const markClean = useCallback(() => {
    dirty.current = false;
    untrack.current?.();
    untrack.current = null;
  }, []);

  // Follow the stored value when the user is not in the middle of an edit.
  useEffect(() => {
    if (!dirty.current) setDraftState(toText(value));
  }, [value, toText]);

  const commit = useCallback(
    async (raw: string) => {
      window.clearTimeout(timer.current);
      const { schema, save, fromText, toText, value } = latest.current;
      const parsed = parse(raw, schema, fromText);
      if (!parsed.ok) {
        setError(parsed.message);
        setState('error');
        return;
      }
      setError(null);
      if (toText(parsed.value) === toText(value)) {
        if (raw === draftRef.current) markClean();
        setState((s) => (s === 'failed' ? 'idle' : s));
        return;
      }
      setState('saving');
      try {
        await save(parsed.value);
        // Typing that went on during the save is still pending.
        if (raw === draftRef.current) markClean();
        setState('saved');
      } catch (saveError) {
        setError(`Not saved: ${errorMessage(saveError)}`);
        setState('failed');
      }
    },
    [markClean],
  );

  const setDraft = useCallback(
    (raw: string) => {
      dirty.current = true;
      draftRef.current = raw;
      untrack.current ??= trackPendingEdit(() => commit(draftRef.current));
      setDraftState(raw);
      const parsed = parse(raw, latest.current.schema, latest.current.fromText);
      setError(parsed.ok ? null : parsed.message);
      setState((s) => (s === 'failed' ? 'idle' : s));
      window.clearTimeout(timer.current);
      if (parsed.ok) timer.current = window.setTimeout(() => void commit(raw), TYPING_PAUSE_MS);
    },
    [commit],
  );

  // Nothing typed is lost when the field goes away (navigation) mid-pause.
  useEffect(
    () => () => {
      if (dirty.current) void commit(draftRef.current).finally(() => untrack.current?.());
    },
    [commit],
  );

  return { draft, setDraft, flush: (raw?: string) => void commit(raw ?? draftRef.current), error, state };
}
