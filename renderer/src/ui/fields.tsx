import { useId, useMemo } from 'react';
import { z } from 'zod';
import { GrowingText } from './GrowingText';
import { currencyOf, numberText } from './numberText';
import { type SaveState, useAutosave } from './useAutosave';

interface BaseProps<T> {
  label: string;
  value: T;
  /** `base`: the stored value the edit started from, for a backend that refuses stale writes. */
  save: (value: T, base: T) => Promise<unknown>;
  hint?: string;
  className?: string;
  /** In a grid row the column header names the field: the label is kept for screen readers only. */
  labelHidden?: boolean;
  /** Shown beside the field in the warning colour (checks that do not block saving). */
  warning?: string | undefined;
}

const identity = (value: string) => value;

/** What every field shows around its input: label, save state, error, conflict, warning, hint. */
function FieldShell({
  id,
  base,
  field,
  understood,
  children,
}: {
  id: string;
  base: Pick<BaseProps<unknown>, 'label' | 'hint' | 'className' | 'labelHidden' | 'warning'>;
  field: { error: string | null; state: SaveState; rejected?: string | null; keepMine?: () => void };
  /** What a typed number was read as, shown before it is saved. */
  understood?: string | null;
  children: React.ReactNode;
}) {
  return (
    <div className={`field ${base.className ?? ''} ${field.error ? 'field-invalid' : ''}`}>
      <div className={`field-label-row ${base.labelHidden ? 'visually-hidden' : ''}`}>
        <label htmlFor={id}>{base.label}</label>
        <SaveBadge state={field.state} />
      </div>
      {children}
      {field.error ? (
        <p className="field-error" role="alert" id={`${id}-error`}>
          {field.error}
        </p>
      ) : null}
      {field.state === 'conflict' ? <ConflictChoice rejected={field.rejected} keepMine={field.keepMine} /> : null}
      {field.error ? null : understood ? (
        <p className="field-understood" aria-live="polite">
          {understood}
        </p>
      ) : base.warning ? (
        <p className="field-warning">{base.warning}</p>
      ) : base.hint ? (
        <p className="field-hint">{base.hint}</p>
      ) : null}
    </div>
  );
}

/**
 * Beside a field or cell whose save was refused because another window changed it first: the
 * newer value is in the field, the user's own text is offered back with one click.
 */
export function ConflictChoice(props: { rejected?: string | null | undefined; keepMine?: (() => void) | undefined }) {
  if (props.rejected === null || props.rejected === undefined) return null;
  return (
    <div className="field-conflict">
      <span>
        Yours: <q>{props.rejected}</q>
      </span>
      <button type="button" className="link-button" onClick={props.keepMine}>
        Use mine
      </button>
    </div>
  );
}

/** A visual status beside the label (outside it, so the field's name stays "Currency", not "Currency Saved"). */
function SaveBadge({ state }: { state: SaveState }) {
  if (state === 'saving')
    return (
      <span className="save-badge" aria-hidden>
        Saving…
      </span>
    );
  if (state === 'saved')
    return (
      <span className="save-badge saved" aria-hidden>
        Saved
      </span>
    );
  // The message under the field (role="alert") says why; the badge says the outcome.
  if (state === 'error' || state === 'conflict')
    return (
      <span className="save-badge not-saved" aria-hidden>
        Not saved
      </span>
    );
  return null;
}

export function TextField(
  props: BaseProps<string> & {
    schema?: z.ZodType<string, unknown>;
    multiline?: boolean;
    rows?: number;
    placeholder?: string;
  },
) {
  const id = useId();
  const field = useAutosave({
    value: props.value,
    schema: props.schema ?? z.string(),
    save: props.save,
    toText: identity,
    fromText: identity,
  });
  const common = {
    id,
    value: field.draft,
    placeholder: props.placeholder,
    'aria-invalid': field.error ? true : undefined,
    'aria-describedby': field.error ? `${id}-error` : undefined,
    onBlur: () => field.flush(),
  };
  return (
    <FieldShell id={id} base={props} field={field}>
      {props.multiline ? (
        <textarea {...common} rows={props.rows ?? 5} onChange={(e) => field.setDraft(e.target.value)} />
      ) : (
        <GrowingText {...common} onChange={(e) => field.setDraft(e.target.value)} onEnter={() => field.flush()} />
      )}
    </FieldShell>
  );
}

/**
 * Numbers are typed as text in the user's locale ("410,000", "410.000,00", "€410k") and read
 * by core's number reader; what it understood shows beside the field before it is saved,
 * and ambiguous text is refused with a message. Empty means "not set". A `suffix` that is
 * a currency code makes it a money field (its symbol is accepted, the reading shown as money).
 */
export function NumberField(
  props: BaseProps<number | null> & { schema: z.ZodType<number | null, unknown>; suffix?: string },
) {
  const id = useId();
  const currency = currencyOf(props.suffix);
  const text = useMemo(() => numberText(currency), [currency]);
  const field = useAutosave<number | null>({
    value: props.value,
    schema: props.schema,
    save: props.save,
    toText: text.toText,
    fromText: text.fromText,
  });
  const understood = field.error ? null : text.understood(field.draft);
  return (
    <FieldShell id={id} base={props} field={field} understood={understood}>
      <div className="number-input">
        <input
          id={id}
          inputMode="decimal"
          value={field.draft}
          aria-invalid={field.error ? true : undefined}
          aria-describedby={field.error ? `${id}-error` : undefined}
          onChange={(e) => field.setDraft(e.target.value)}
          onBlur={() => field.flush()}
          onKeyDown={(e) => e.key === 'Enter' && field.flush()}
        />
        {props.suffix && <span className="suffix">{props.suffix}</span>}
      </div>
    </FieldShell>
  );
}

/** Selects and dates save on change: there is no half-typed state to wait for. */
export function SelectField<T extends string>(
  props: BaseProps<T> & { options: readonly T[]; labels: Record<T, string> },
) {
  const id = useId();
  const field = useAutosave<T>({
    value: props.value,
    schema: z.enum(props.options as unknown as [T, ...T[]]) as unknown as z.ZodType<T, unknown>,
    save: props.save,
    toText: identity,
    fromText: identity,
  });
  return (
    <FieldShell id={id} base={props} field={field}>
      <select
        id={id}
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
    </FieldShell>
  );
}

export function DateField(props: BaseProps<string | null> & { schema: z.ZodType<string | null, unknown> }) {
  const id = useId();
  const field = useAutosave<string | null>({
    value: props.value,
    schema: props.schema,
    save: props.save,
    toText: (value) => value ?? '',
    fromText: (raw) => (raw === '' ? null : raw),
  });
  return (
    <FieldShell id={id} base={props} field={field}>
      <input
        id={id}
        type="date"
        value={field.draft}
        onChange={(e) => field.setDraft(e.target.value)}
        onBlur={() => field.flush()}
      />
    </FieldShell>
  );
}

const NOT_SET = '';

/** A choice that may be left open ("not set" is stored as null). */
export function OptionalSelectField<T extends string>(
  props: BaseProps<T | null> & { options: readonly T[]; labels: Record<T, string>; emptyLabel?: string },
) {
  const id = useId();
  const schema = z.union([z.enum(props.options as unknown as [T, ...T[]]), z.null()]) as unknown as z.ZodType<
    T | null,
    unknown
  >;
  const field = useAutosave<T | null>({
    value: props.value,
    schema,
    save: props.save,
    toText: (value) => value ?? NOT_SET,
    fromText: (raw) => (raw === NOT_SET ? null : raw),
  });
  return (
    <FieldShell id={id} base={props} field={field}>
      <select
        id={id}
        value={field.draft}
        onChange={(e) => {
          field.setDraft(e.target.value);
          field.flush(e.target.value);
        }}
      >
        <option value={NOT_SET}>{props.emptyLabel ?? 'Not set'}</option>
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.labels[option]}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A tick box saves as soon as it changes; it shows its save state like every field. */
export function CheckboxField(props: BaseProps<boolean>) {
  const id = useId();
  const field = useAutosave<boolean>({
    value: props.value,
    schema: z.boolean(),
    save: props.save,
    toText: (value) => (value ? 'true' : 'false'),
    fromText: (raw) => raw === 'true',
  });
  return (
    <div className={`field field-checkbox ${props.className ?? ''} ${field.error ? 'field-invalid' : ''}`}>
      <input
        id={id}
        type="checkbox"
        checked={field.draft === 'true'}
        onChange={(e) => {
          const raw = e.target.checked ? 'true' : 'false';
          field.setDraft(raw);
          field.flush(raw);
        }}
      />
      <label htmlFor={id} className={props.labelHidden ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      {field.error && (
        <p className="field-error" role="alert">
          {field.error}
        </p>
      )}
    </div>
  );
}
