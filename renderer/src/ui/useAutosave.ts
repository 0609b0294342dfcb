import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { errorMessage } from '../api/hooks';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface Autosave {
  draft: string;
  setDraft: (raw: string) => void;
  /** Save now (blur, Enter) instead of waiting for the typing pause. */
  flush: (raw?: string) => void;
  error: string | null;
  state: SaveState;
}

const TYPING_PAUSE_MS = 450;

/**
 * Every field saves itself: validated as typed, written after a short typing pause or on
 * blur. A value that fails validation shows its message and is never sent.
 * `toText`/`fromText` convert between the stored value and what the input shows.
 */
export function useAutosave<T>(options: {
  value: T;
  schema: z.ZodType<T, unknown>;
  save: (value: T) => Promise<unknown>;
  toText: (value: T) => string;
  fromText: (raw: string) => unknown;
}): Autosave {
  const { value, schema, save, toText, fromText } = options;
  const [draft, setDraftState] = useState(() => toText(value));
  const [error, setError] = useState<string | null>(null);
  const [state, setState] = useState<SaveState>('idle');
  const dirty = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef({ schema, save, fromText, toText, value });
  latest.current = { schema, save, fromText, toText, value };

  // Follow the stored value when the user is not in the middle of an edit.
  useEffect(() => {
    if (!dirty.current) setDraftState(toText(value));
  }, [value, toText]);

  const commit = useCallback(async (raw: string) => {
    window.clearTimeout(timer.current);
    const { schema, save, fromText, toText, value } = latest.current;
    const parsed = schema.safeParse(fromText(raw));
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Invalid value');
      setState('error');
      return;
    }
    setError(null);
    if (toText(parsed.data) === toText(value)) {
      dirty.current = false;
      return;
    }
    setState('saving');
    try {
      await save(parsed.data);
      dirty.current = false;
      setState('saved');
    } catch (saveError) {
      setError(errorMessage(saveError));
      setState('error');
    }
  }, []);

  const setDraft = useCallback(
    (raw: string) => {
      dirty.current = true;
      setDraftState(raw);
      const parsed = latest.current.schema.safeParse(latest.current.fromText(raw));
      setError(parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Invalid value'));
      window.clearTimeout(timer.current);
      if (parsed.success) timer.current = window.setTimeout(() => void commit(raw), TYPING_PAUSE_MS);
    },
    [commit],
  );

  // Nothing typed is lost when the field goes away (navigation) mid-pause.
  const draftRef = useRef(draft);
  draftRef.current = draft;
  useEffect(
    () => () => {
      if (dirty.current) void commit(draftRef.current);
    },
    [commit],
  );

  return { draft, setDraft, flush: (raw?: string) => void commit(raw ?? draftRef.current), error, state };
}
