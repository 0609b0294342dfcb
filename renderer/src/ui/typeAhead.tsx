import { type ReactNode, useCallback, useLayoutEffect, useRef, useState } from 'react';

/**
 * "Enter adds a row below" without losing what is typed next. The new row exists only once
 * the backend has created it and the list has been re-read; until then the keystrokes go
 * into a stand-in input shown where the row will appear. Tab in it starts the next cell,
 * Enter queues another row. As each row arrives it receives its text (through the row's own
 * inputs, so they save as if typed there) and, for the last one, the cursor.
 */
interface Line {
  key: number;
  cells: string[];
}

interface State {
  afterId: string | undefined;
  /** The row being created for the first waiting line (or the live text). */
  createdId: string | null;
  lines: Line[];
  /** Cells finished with Tab in the live text; the input holds the next one. */
  liveCells: string[];
}

const TEXT_INPUTS = 'input:not([type=checkbox]):not([type=file]), textarea, select';

/** Types into an input as the user would, so React's onChange (and autosave) sees it. */
function typeInto(element: Element | undefined, text: string): void {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) || text === '') return;
  const prototype = element instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, element.value + text);
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

export function useTypeAhead(options: {
  /** Ids of the rows as shown, in order. */
  ids: readonly string[];
  /** The row element for an id (its inputs receive the text). */
  elementOf: (id: string) => HTMLElement | undefined;
  create: (afterId: string | undefined) => Promise<{ id: string }>;
  onError: (error: unknown) => void;
  placeholder: string;
  label: string;
  /** A list item (`li`) or a grid line (`div`). */
  as?: 'li' | 'div';
  className?: string;
}) {
  const [state, setState] = useState<State | null>(null);
  const stateRef = useRef<State | null>(null);
  stateRef.current = state;
  const input = useRef<HTMLInputElement | null>(null);
  const keys = useRef(0);
  const latest = useRef(options);
  latest.current = options;

  const createAfter = useCallback((afterId: string | undefined) => {
    latest.current
      .create(afterId)
      .then(({ id }) => setState((s) => (s ? { ...s, createdId: id } : s)))
      .catch((error) => {
        setState(null);
        latest.current.onError(error);
      });
  }, []);

  const start = useCallback(
    (afterId?: string) => {
      if (stateRef.current) return;
      const next: State = { afterId, createdId: null, lines: [], liveCells: [] };
      stateRef.current = next;
      setState(next);
      createAfter(afterId);
    },
    [createAfter],
  );

  // A created row has rendered: give it its text, then either go on or hand over the cursor.
  useLayoutEffect(() => {
    if (!state?.createdId || !options.ids.includes(state.createdId)) return;
    const row = latest.current.elementOf(state.createdId);
    if (!row) return;
    const fields = [...row.querySelectorAll(TEXT_INPUTS)];
    const [first, ...waiting] = state.lines;
    if (first) {
      first.cells.forEach((text, i) => void typeInto(fields[i], text));
      setState({ afterId: state.createdId, createdId: null, lines: waiting, liveCells: state.liveCells });
      createAfter(state.createdId);
      return;
    }
    const live = input.current;
    // Body means the cursor fell out of the stand-in when the list moved it: still ours.
    const hadFocus = live !== null && (document.activeElement === live || document.activeElement === document.body);
    const cells = [...state.liveCells, live?.value ?? ''];
    cells.forEach((text, i) => void typeInto(fields[i], text));
    setState(null);
    if (hadFocus) {
      const target = fields[cells.length - 1];
      if (target instanceof HTMLElement) {
        target.focus();
        if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) {
          target.setSelectionRange(target.value.length, target.value.length);
        }
      }
    }
  });

  // The stand-in takes the cursor when it appears, and keeps it if the list moves around it.
  const hadFocus = useRef(false);
  useLayoutEffect(() => {
    if (!state) {
      hadFocus.current = false;
      return;
    }
    const element = input.current;
    if (element && (!hadFocus.current || document.activeElement === document.body)) {
      if (document.activeElement !== element) element.focus();
      hadFocus.current = true;
    }
  });

  // The stand-in stays put until its row is handed over: moving a focused input in the DOM
  // drops the cursor, and the keys typed next (an Enter among them) would go nowhere.
  const anchor = state?.afterId;

  const standIn = (): ReactNode => {
    if (!state) return null;
    const Tag = options.as ?? 'li';
    return (
      <Tag key="type-ahead" className={`type-ahead ${options.className ?? ''}`}>
        {state.lines.map((line) => (
          <span key={line.key} className="type-ahead-line">
            {line.cells.filter(Boolean).join(' · ')} <span className="muted">adding…</span>
          </span>
        ))}
        {state.liveCells.length > 0 && <span className="type-ahead-line">{state.liveCells.join(' · ')} ·</span>}
        <input
          ref={input}
          className="type-ahead-input"
          aria-label={options.label}
          placeholder={options.placeholder}
          onKeyDown={(event) => {
            const element = event.currentTarget;
            if (event.key === 'Enter') {
              event.preventDefault();
              event.stopPropagation();
              keys.current += 1;
              const line = { key: keys.current, cells: [...state.liveCells, element.value] };
              element.value = '';
              setState((s) => (s ? { ...s, lines: [...s.lines, line], liveCells: [] } : s));
            } else if (event.key === 'Tab' && !event.shiftKey) {
              event.preventDefault();
              const cell = element.value;
              element.value = '';
              setState((s) => (s ? { ...s, liveCells: [...s.liveCells, cell] } : s));
            }
          }}
        />
      </Tag>
    );
  };

  return {
    start,
    active: state !== null,
    /**
     * The stand-in, to render right after the row with this id (or at the end for
     * `undefined`). Render the end one in the same array as the rows: moving between
     * arrays would re-mount the input and drop the focus.
     */
    after: (id: string | undefined) => (state && anchor === id ? standIn() : null),
  };
}
