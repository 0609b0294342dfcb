import { getTableColumns } from 'drizzle-orm';
import { getTableConfig, type SQLiteColumn, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { rowPosition } from '../../core/scales';
import { entityId } from '../../core/text';
import { deals } from '../schema';
import type { DealTable, DealTableReference, DealTableSpec } from './types';

const timestamp = (label: string) => z.iso.datetime({ error: `${label} must be an ISO-8601 UTC time` });

/** The JS field of each column object of a table. */
function fieldsByColumn(table: SQLiteTable): Map<SQLiteColumn, string> {
  return new Map(Object.entries(getTableColumns(table)).map(([field, column]) => [column as SQLiteColumn, field]));
}

/** A zod schema with its optional/nullable/default wrappers taken off. */
function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  for (;;) {
    const def = inner._zod.def as { type: string; innerType?: z.ZodType; in?: z.ZodType };
    if (def.innerType && ['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch'].includes(def.type)) {
      inner = def.innerType;
    } else if (def.type === 'pipe' && def.in) {
      inner = def.in;
    } else {
      return inner;
    }
  }
}

/** Free text the user typed: a string with no format (ids, dates and enums are not text). */
const isFreeText = (schema: z.ZodType) => {
  const def = unwrap(schema)._zod.def as { type: string; format?: string };
  return def.type === 'string' && !def.format;
};

/**
 * Fills in everything an entry's declaration implies: the deal and parent columns and the
 * references (from the table's foreign keys, plus the declared ones), the key, the row
 * schema of a deal file (the step's field schema, extended by the bookkeeping columns),
 * and the text columns search indexes. Throws on a declaration that does not fit its
 * table, so a mistake fails at start-up and in every test, not in a user's import.
 */
export function deriveDealTables(specs: DealTableSpec[]): DealTable[] {
  const nameOf = new Map<SQLiteTable, string>(specs.map((spec) => [spec.table, spec.name]));
  const done: DealTable[] = [];
  for (const spec of specs) {
    const config = getTableConfig(spec.table);
    const byColumn = fieldsByColumn(spec.table);
    const columns = getTableColumns(spec.table) as Record<string, SQLiteColumn>;
    const fail = (why: string): never => {
      throw new Error(`Deal table ${spec.name}: ${why}`);
    };

    let dealField: string | null = null;
    const references: DealTableReference[] = [];
    for (const fk of config.foreignKeys) {
      const ref = fk.reference();
      const column = ref.columns[0];
      const field = column ? byColumn.get(column) : undefined;
      if (!field || !column) fail('a foreign key on an unknown column');
      const target = ref.foreignTable;
      if (target === deals) {
        dealField = field as string;
        continue;
      }
      const to = nameOf.get(target);
      if (!to) fail(`${field} references table ${getTableConfig(target).name}, which is not in the registry`);
      if (!done.some((entry) => entry.name === to)) fail(`${field} references ${to}, which must come before it`);
      references.push({
        field: field as string,
        to: [to as string],
        nullable: !column?.notNull,
        cascade: fk.onDelete === 'cascade',
      });
    }
    for (const declared of spec.references ?? []) {
      const column = columns[declared.field];
      if (!column) fail(`declared reference ${declared.field} is not a column`);
      const to = typeof declared.to === 'string' ? [declared.to] : declared.to;
      for (const name of to) if (!done.some((e) => e.name === name)) fail(`${declared.field} → ${name} comes later`);
      references.push({ field: declared.field, to, nullable: !column?.notNull, cascade: false });
    }

    const parentField =
      spec.parent === 'deal'
        ? (dealField ?? fail('its parent is the deal but it has no foreign key to deals'))
        : (references.find((r) => r.to.length === 1 && r.to[0] === spec.parent)?.field ??
          fail(`no column references its parent ${spec.parent}`));
    if (spec.parent !== 'deal' && !dealField) {
      const parent = done.find((e) => e.name === spec.parent);
      if (!parent?.dealField) fail('neither it nor its parent has a deal column');
    }

    const key =
      spec.kind === 'record'
        ? [dealField ?? fail('a record needs a deal column')]
        : columns.id
          ? ['id']
          : (config.primaryKeys[0]?.columns.map((c) => byColumn.get(c) ?? '') ?? fail('rows need a key'));
    if (spec.kind === 'list' && !columns.id) fail('a list needs an id column');

    const fileColumns = spec.files ? Object.values(spec.files) : [];
    const shape: Record<string, z.ZodType> = {};
    const fieldShape = spec.fields.shape as Record<string, z.ZodType>;
    for (const [field, column] of Object.entries(columns)) {
      if (field === dealField) continue;
      const reference = references.find((r) => r.field === field);
      const fromFields = fieldShape[field];
      const extra = spec.extra?.[field];
      let schema: z.ZodType;
      if (extra) schema = extra;
      else if (fromFields) schema = fromFields;
      else if (fileColumns.includes(field)) schema = z.null();
      else if (field === 'id' || reference) schema = column.notNull ? entityId(field) : entityId(field).nullable();
      else if (field === 'deletedAt') schema = timestamp('Deleted at').nullable();
      else if (field === 'createdAt' || field === 'updatedAt') {
        const stamp = timestamp(field === 'createdAt' ? 'Created at' : 'Updated at');
        schema = column.notNull ? stamp : stamp.nullable();
      } else if (field === 'position') {
        schema = column.columnType === 'SQLiteInteger' ? rowPosition : z.number().min(0).max(1e9);
      } else schema = fail(`column ${field} is neither in its field schema nor declared in extra`);
      shape[field] = schema;
    }
    for (const field of Object.keys(fieldShape)) {
      if (!(field in columns) && !spec.notColumns?.includes(field)) fail(`field ${field} is not a column`);
    }

    const hidden = new Set([...(spec.search ? (spec.search.private ?? []) : []), ...fileColumns]);
    const textColumns = Object.entries(fieldShape)
      .filter(([field, schema]) => field in columns && !hidden.has(field) && isFreeText(schema))
      .map(([field]) => ({ field, column: (columns[field] as SQLiteColumn).name }));

    done.push({
      ...spec,
      dealField,
      parentField,
      key,
      row: z.strictObject(shape),
      references,
      textColumns,
      columns: Object.fromEntries(Object.entries(columns).map(([field, column]) => [field, column.name])),
    });
  }
  return done;
}
