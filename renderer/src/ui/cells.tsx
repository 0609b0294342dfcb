import { useMemo } from 'react';
import { z } from 'zod';
import { ConflictChoice } from './fields';
import { GrowingText } from './GrowingText';
import { numberText } from './numberText';
import { type SaveState, useAutosave } from './useAutosave';

/**
 * Compact autosaving inputs for table cells: the same validate-then-save rules as the
 * form fields, with the label given to assistive tech and the message under the input.
 */
interface CellProps<T> {
  label: string;
  value: T;
  /** `base`: the stored value the edit started from, for a backend that refuses stale writes. */
  save: (value: T, base: T) => Promise<unknown>;
  placeholder?: string | undefined;
}

const identity = (value: string) => value;

function CellShell(props: {
  error: string | null;
  state: SaveState;
  /** After a conflict: the text this window tried to save, shown beside the newer value. */
  rejected?: string | null;
  keepMine?: () => void;
  children: React.ReactNode;
  wide?: boolean;
  /** What a typed number was read as, shown under the cell before it is saved. */
  note?: string | null;
}) {
  return (
    <div className={`cell ${props.error ? 'cell-invalid' : ''} ${props.state === 'saving' ? 'cell-saving' : ''}`}>
      {props.children}
      {props.error ? (
        <p className="cell-error" role="alert">
          {props.state === 'error' || props.state === 'conflict' ? `Not saved: ${props.error}` : props.error}
        </p>
      ) : null}
      {props.state === 'conflict' ? <ConflictChoice rejected={props.rejected} keepMine={props.keepMine} /> : null}
      {props.error ? null : props.note ? (
        <p className="cell-note" aria-live="polite">
          {props.note}
        </p>
      ) : null}
    </div>
  );
}

export function TextCell(props: CellProps<string> & { schema?: z.ZodType<string, unknown>; multiline?: boolean }) {
  const field = useAutosave({
    value: props.value,
    schema: props.schema ?? z.string(),
    save: props.save,
    toText: identity,
    fromText: identity,
  });
  const common = {
    'aria-label': props.label,
    'aria-invalid': field.error ? true : undefined,
    value: field.draft,
    placeholder: props.placeholder,
    onBlur: () => field.flush(),
  };
  return (
    <CellShell error={field.error} state={field.state} rejected={field.rejected} keepMine={field.keepMine}>
      {props.multiline ? (
        <textarea {...common} rows={2} onChange={(e) => field.setDraft(e.target.value)} />
      ) : (
        <GrowingText {...common} onChange={(e) => field.setDraft(e.target.value)} onEnter={() => field.flush()} />
      )}
    </CellShell>
  );
}

/** A number cell reads locale text like NumberField; `currency` makes it a money cell. */
export function NumberCell(
  props: CellProps<number | null> & { schema: z.ZodType<number | null, unknown>; currency?: string | undefined },
) {
  const text = useMemo(() => numberText(props.currency), [props.currency]);
  const field = useAutosave<number | null>({
    value: props.value,
    schema: props.schema,
    save: props.save,
    toText: text.toText,
    fromText: text.fromText,
  });
  const understood = field.error ? null : text.understood(field.draft);
  return (
    <CellShell
      error={field.error}
      state={field.state}
      rejected={field.rejected}
      keepMine={field.keepMine}
      note={understood}
    >
      <input
        aria-label={props.label}
        aria-invalid={field.error ? true : undefined}
        inputMode="decimal"
        className="number"
        value={field.draft}
        placeholder={props.placeholder}
        onChange={(e) => field.setDraft(e.target.value)}
        onBlur={() => field.flush()}
        onKeyDown={(e) => e.key === 'Enter' && field.flush()}
      />
    </CellShell>
  );
}

export function SelectCell<T extends string>(
  props: CellProps<T> & { options: readonly T[]; labels: Record<T, string> },
) {
  const field = useAutosave<T>({
    value: props.value,
    schema: z.enum(props.options as unknown as [T, ...T[]]) as unknown as z.ZodType<T, unknown>,
    save: props.save,
    toText: identity,
    fromText: identity,
  });
  return (
    <CellShell error={field.error} state={field.state} rejected={field.rejected} keepMine={field.keepMine}>
      <select
        aria-label={props.label}
        value={field.draft}
        onChange={(e) => {
          field.setDraft(e.target.value);
          field.flush(e.target.value);
        }}
      >
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.labels[option]}
          </option>
        ))}
      </select>
    </CellShell>
  );
}

/** A select whose empty choice means "none" (null), e.g. an optional approver. */
export function OptionalSelectCell<T extends string>(
  props: CellProps<T | null> & { options: readonly { value: T; label: string }[]; noneLabel: string },
) {
  const field = useAutosave<T | null>({
    value: props.value,
    schema: z.string().nullable() as unknown as z.ZodType<T | null, unknown>,
    save: props.save,
    toText: (value) => value ?? '',
    fromText: (raw) => (raw === '' ? null : (raw as T)),
  });
  return (
    <CellShell error={field.error} state={field.state} rejected={field.rejected} keepMine={field.keepMine}>
      <select
        aria-label={props.label}
        value={field.draft}
        onChange={(e) => {
          field.setDraft(e.target.value);
          field.flush(e.target.value);
        }}
      >
        <option value="">{props.noneLabel}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </CellShell>
  );
}

export function DateCell(props: CellProps<string | null> & { schema: z.ZodType<string | null, unknown> }) {
  const field = useAutosave<string | null>({
    value: props.value,
    schema: props.schema,
    save: props.save,
    toText: (value) => value ?? '',
    fromText: (raw) => (raw === '' ? null : raw),
  });
  return (
    <CellShell error={field.error} state={field.state} rejected={field.rejected} keepMine={field.keepMine}>
      <input
        aria-label={props.label}
        type="date"
        value={field.draft}
        onChange={(e) => field.setDraft(e.target.value)}
        onBlur={() => field.flush()}
      />
    </CellShell>
  );
}
