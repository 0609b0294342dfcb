import { Fragment, type ReactNode, useState } from 'react';
import type { z } from 'zod';
import type { RowTableName } from '../../../../core/rowTables';
import { useReadOnlyDeal } from '../../team/ReadOnlyDeal';
import { AddField } from '../../ui/AddField';
import { DateCell, NumberCell, OptionalSelectCell, SelectCell, TextCell } from '../../ui/cells';
import { ConfirmDialog } from '../../ui/Dialog';
import { CheckboxField } from '../../ui/fields';
import { fieldSaver, type SaveField } from '../../ui/saveField';
import { useRowActions } from './rowApi';

export interface RowColumn<E> {
  id: string;
  header: string;
  /** CSS width of the column, e.g. "22%" or "120px". */
  width?: string;
  /** `saveField('x')`: the cell's `save` for field x of this row (ui/saveField). */
  cell: (row: E, saveField: SaveField<Partial<E>>) => ReactNode;
}

interface RowListProps<E extends { id: string }> {
  /** The list table (core/rowTables.ts) the rows belong to. */
  table: RowTableName;
  dealId: string;
  rows: readonly E[];
  columns: RowColumn<E>[];
  /** Accessible name of the table, e.g. "Stakeholders". */
  caption: string;
  /** The add row: typing into it and pressing Enter creates a row with this field filled. */
  addField: string;
  addLabel: string;
  addPlaceholder: string;
  addSchema: z.ZodType<string, unknown>;
  addDefaults?: Record<string, unknown>;
  /** How the row is named in the delete confirmation and toast. */
  describe: (row: E) => string;
  /** Rows keep a meaningful order: show move buttons and Alt+↑/↓. */
  ordered?: boolean;
  /** Problems shown under the row, in place. */
  flags?: (row: E) => string[];
  /** A neutral line under the row (e.g. the clause read as a sentence). */
  note?: (row: E) => ReactNode;
  detail?: (row: E) => ReactNode;
  openId?: string | null;
  onOpen?: (id: string | null) => void;
  emptyText?: string;
}

/**
 * An editable table: every cell autosaves, Tab walks the cells, Enter in the last row adds
 * one, delete asks first and can be undone from the toast.
 */
export function RowList<E extends { id: string }>(props: RowListProps<E>) {
  const actions = useRowActions(props.table, props.dealId);
  const [confirming, setConfirming] = useState<E | null>(null);
  const [localOpen, setLocalOpen] = useState<string | null>(null);
  const openId = props.openId !== undefined ? props.openId : localOpen;
  const setOpen = props.onOpen ?? setLocalOpen;
  // A viewer cannot press "Show details" (the step is disabled): every row shows its details.
  const readOnly = useReadOnlyDeal();

  const move = (row: E, by: number) => {
    const index = props.rows.findIndex((r) => r.id === row.id);
    const to = index + by;
    if (to < 0 || to >= props.rows.length) return;
    void actions.move(row.id, to);
  };

  const span = props.columns.length + 1;
  return (
    <div className="rows">
      <table className="rows-table" aria-label={props.caption}>
        <colgroup>
          {props.columns.map((c) => (
            <col key={c.id} style={c.width ? { width: c.width } : undefined} />
          ))}
          <col style={{ width: props.ordered ? '120px' : props.detail ? '96px' : '44px' }} />
        </colgroup>
        <thead>
          <tr>
            {props.columns.map((c) => (
              <th key={c.id} scope="col">
                {c.header}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.length === 0 && props.emptyText && (
            <tr>
              <td colSpan={span} className="rows-empty">
                {props.emptyText}
              </td>
            </tr>
          )}
          {props.rows.map((row, index) => {
            const flags = props.flags?.(row) ?? [];
            const open = readOnly || openId === row.id;
            const saveField = fieldSaver<Partial<E>>((patch, expected) =>
              actions.update(row.id, patch as never, expected as never),
            );
            return (
              <Fragment key={row.id}>
                <tr
                  data-row-id={row.id}
                  className={`data-row ${flags.length ? 'row-flagged' : ''} ${open ? 'row-open' : ''}`}
                  onKeyDown={(event) => {
                    if (!props.ordered || !event.altKey) return;
                    if (event.key === 'ArrowUp') move(row, -1);
                    if (event.key === 'ArrowDown') move(row, 1);
                  }}
                >
                  {props.columns.map((c) => (
                    <td key={c.id}>{c.cell(row, saveField)}</td>
                  ))}
                  <td className="row-buttons">
                    {props.ordered && (
                      <>
                        <button
                          type="button"
                          className="icon-button"
                          aria-label="Move up"
                          title="Move up (Alt+↑)"
                          disabled={index === 0}
                          onClick={() => move(row, -1)}
                        >
                          ↑
                        </button>
                        <button
                          type="button"
                          className="icon-button"
                          aria-label="Move down"
                          title="Move down (Alt+↓)"
                          disabled={index === props.rows.length - 1}
                          onClick={() => move(row, 1)}
                        >
                          ↓
                        </button>
                      </>
                    )}
                    {props.detail && (
                      <button
                        type="button"
                        className="icon-button"
                        aria-expanded={open}
                        aria-label={open ? 'Hide details' : 'Show details'}
                        title={open ? 'Hide details' : 'Show details'}
                        onClick={() => setOpen(open ? null : row.id)}
                      >
                        {open ? '▾' : '▸'}
                      </button>
                    )}
                    <button
                      type="button"
                      className="icon-button danger-text"
                      aria-label={`Delete ${props.describe(row)}`}
                      title="Delete"
                      onClick={() => setConfirming(row)}
                    >
                      ×
                    </button>
                  </td>
                </tr>
                {props.note && (
                  <tr className="row-note">
                    <td colSpan={span}>{props.note(row)}</td>
                  </tr>
                )}
                {flags.length > 0 && (
                  <tr className="row-flags">
                    <td colSpan={span}>
                      <ul>
                        {flags.map((flag) => (
                          <li key={flag} className="flag">
                            {flag}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                )}
                {open && props.detail && (
                  <tr className="row-detail">
                    <td colSpan={span}>{props.detail(row)}</td>
                  </tr>
                )}
              </Fragment>
            );
          })}
          <tr className="rows-add">
            <td colSpan={span}>
              <AddField
                label={props.addLabel}
                placeholder={props.addPlaceholder}
                schema={props.addSchema}
                add={(text) => actions.create({ ...props.addDefaults, [props.addField]: text } as never)}
              />
            </td>
          </tr>
        </tbody>
      </table>
      <ConfirmDialog
        open={confirming !== null}
        title="Delete this row?"
        message={
          <>{confirming ? props.describe(confirming) : ''} will be deleted. You can undo this for a few seconds.</>
        }
        confirmLabel="Delete"
        danger
        onConfirm={() => {
          const row = confirming;
          setConfirming(null);
          if (row) void actions.removeWithUndo(row.id, props.describe(row));
        }}
        onCancel={() => setConfirming(null)}
      />
    </div>
  );
}

/** Column helpers: one line per column in each screen. */
type Keyed<E, V> = { [K in keyof E]: E[K] extends V ? K : never }[keyof E] & string;

/** In the column helpers TS cannot see that `E[key]` has the column's type; `Keyed` already says it has. */
const keyed = <E,>(saveField: SaveField<Partial<E>>) => saveField as unknown as SaveField<Record<string, unknown>>;

export function textColumn<E>(
  key: Keyed<E, string>,
  header: string,
  schema: z.ZodType<string, unknown>,
  options: { width?: string; placeholder?: string; multiline?: boolean } = {},
): RowColumn<E> {
  return {
    id: key,
    header,
    ...(options.width ? { width: options.width } : {}),
    cell: (row, saveField) => (
      <TextCell
        label={header}
        value={row[key] as string}
        schema={schema}
        placeholder={options.placeholder}
        multiline={options.multiline ?? false}
        save={keyed(saveField)(key)}
      />
    ),
  };
}

export function numberColumn<E>(
  key: Keyed<E, number | null>,
  header: string,
  schema: z.ZodType<number | null, unknown>,
  options: { width?: string; placeholder?: string; currency?: string | undefined } = {},
): RowColumn<E> {
  return {
    id: key,
    header,
    ...(options.width ? { width: options.width } : {}),
    cell: (row, saveField) => (
      <NumberCell
        label={header}
        value={row[key] as number | null}
        schema={schema}
        placeholder={options.placeholder}
        currency={options.currency}
        save={keyed(saveField)(key)}
      />
    ),
  };
}

export function selectColumn<E, T extends string>(
  key: Keyed<E, T>,
  header: string,
  values: readonly T[],
  labels: Record<T, string>,
  options: { width?: string } = {},
): RowColumn<E> {
  return {
    id: key,
    header,
    ...(options.width ? { width: options.width } : {}),
    cell: (row, saveField) => (
      <SelectCell label={header} value={row[key] as T} options={values} labels={labels} save={keyed(saveField)(key)} />
    ),
  };
}

export function dateColumn<E>(
  key: Keyed<E, string | null>,
  header: string,
  schema: z.ZodType<string | null, unknown>,
  options: { width?: string } = {},
): RowColumn<E> {
  return {
    id: key,
    header,
    ...(options.width ? { width: options.width } : {}),
    cell: (row, saveField) => (
      <DateCell label={header} value={row[key] as string | null} schema={schema} save={keyed(saveField)(key)} />
    ),
  };
}

/** A column choosing another row of the deal (an issue, a team member), or none. */
export function refColumn<E>(
  key: Keyed<E, string | null>,
  header: string,
  choices: readonly { value: string; label: string }[],
  noneLabel: string,
  options: { width?: string } = {},
): RowColumn<E> {
  return {
    id: key,
    header,
    ...(options.width ? { width: options.width } : {}),
    cell: (row, saveField) => (
      <OptionalSelectCell
        label={header}
        value={row[key] as string | null}
        options={choices}
        noneLabel={noneLabel}
        save={keyed(saveField)(key)}
      />
    ),
  };
}

/** A tick box in a table row; the column header names it. */
export function checkColumn<E>(key: Keyed<E, boolean>, header: string, options: { width?: string } = {}): RowColumn<E> {
  return {
    id: key,
    header,
    ...(options.width ? { width: options.width } : {}),
    cell: (row, saveField) => (
      <CheckboxField label={header} labelHidden value={row[key] as boolean} save={keyed(saveField)(key)} />
    ),
  };
}
