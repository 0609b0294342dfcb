import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { ApiCallError } from '../api/client';
import { errorMessage } from '../api/hooks';
import { trackPendingEdit } from './pendingEdits';

/** `error`: not saved (invalid, or the save failed); `conflict`: changed in another window first. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'error' | 'conflict';

export interface Autosave {
  draft: string;
  setDraft: (raw: string) => void;
  /** Save now (blur, Enter) instead of waiting for the typing pause. */
  flush: (raw?: string) => void;
  error: string | null;
  state: SaveState;
  /** After a conflict: the text this window tried to save, kept so nothing typed is lost. */
  rejected: string | null;
  /** Saves the rejected text over the newer value, now that the user has seen both. */
  keepMine: () => void;
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
 * blur, or at once when the page goes away (see pendingEdits). A value that fails validation
 * shows its message and is never sent. A save that fails keeps the typed text and says why; "Saved" appears only once the backend said ok.
 * Saves of one field go one after another, each sending the value its edit started from
 * (`base`), so the backend can refuse a write over a change made in another window.
 * `toText`/`fromText` convert between the stored value and what the input shows.
 */
export function useAutosave<T>(options: {
  value: T;
  schema: z.ZodType<T, unknown>;
  save: (value: T, base: T) => Promise<unknown>;
  toText: (value: T) => string;
  fromText: (raw: string) => unknown;
}): Autosave {
  const { value, schema, save, toText, fromText } = options;
  const [draft, setDraftState] = useState(() => toText(value));
  const [error, setError] = useState<string | null>(null);
  const [state, setState] = useState<SaveState>('idle');
  const [rejected, setRejected] = useState<string | null>(null);
  const dirty = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  /** The stored value as this field last knew it: what its next save expects to replace. */
  const base = useRef(value);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef({ schema, save, fromText, toText, value });
  latest.current = { schema, save, fromText, toText, value };
  const draftRef = useRef(draft);
  draftRef.current = draft;
  /** Registered with pendingEdits while this field holds text not yet saved. */
  const untrack = useRef<(() => void) | null>(null);

  const markClean = useCallback(() => {
    dirty.current = false;
    untrack.current?.();
    untrack.current = null;
  }, []);

  // Follow the stored value when the user is not in the middle of an edit.
  useEffect(() => {
    if (dirty.current) return;
    base.current = value;
    setDraftState(toText(value));
  }, [value, toText]);

  const saveNow = useCallback(
    async (raw: string) => {
      const { schema, save, fromText, toText } = latest.current;
      const parsed = parse(raw, schema, fromText);
      if (!parsed.ok) {
        setError(parsed.message);
        setState('error');
        return;
      }
      setError(null);
      if (toText(parsed.value) === toText(base.current)) {
        if (draftRef.current === raw) markClean();
        return;
      }
      setState('saving');
      try {
        await save(parsed.value, base.current);
        base.current = parsed.value;
        // Typing that went on during the save is still the user's: it saves after its pause.
        if (draftRef.current === raw) markClean();
        setRejected(null);
        setState('saved');
      } catch (saveError) {
        setError(errorMessage(saveError));
        if (saveError instanceof ApiCallError && saveError.code === 'conflict') {
          // Show the newer value (the re-read after any write brings it) and keep ours beside it.
          markClean();
          setRejected(raw);
          base.current = latest.current.value;
          setDraftState(toText(latest.current.value));
          setState('conflict');
        } else {
          setState('error');
        }
      }
    },
    [markClean],
  );

  const commit = useCallback(
    (raw: string) => {
      window.clearTimeout(timer.current);
      const run = queue.current.then(() => saveNow(raw));
      queue.current = run.catch(() => {});
      return run;
    },
    [saveNow],
  );

  const setDraft = useCallback(
    (raw: string) => {
      dirty.current = true;
      draftRef.current = raw;
      untrack.current ??= trackPendingEdit(() => commit(draftRef.current));
      setDraftState(raw);
      const parsed = parse(raw, latest.current.schema, latest.current.fromText);
      setError(parsed.ok ? null : parsed.message);
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

  const keepMine = useCallback(() => {
    if (rejected === null) return;
    dirty.current = true;
    draftRef.current = rejected;
    untrack.current ??= trackPendingEdit(() => commit(draftRef.current));
    setDraftState(rejected);
    void commit(rejected);
  }, [rejected, commit]);

  return {
    draft,
    setDraft,
    flush: (raw?: string) => void commit(raw ?? draftRef.current),
    error,
    state,
    rejected,
    keepMine,
  };
}
