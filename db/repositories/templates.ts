import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { notFound, UserError } from '../../core/errors';
import { findBuiltInTemplate } from '../../core/library/builtInTemplates';
import {
  type DealTemplate,
  EMPTY_TEMPLATE,
  type TemplateDocument,
  type TemplateFields,
  templateDocumentSchema,
  templateFieldsSchema,
  templatePatchSchema,
  templateRestoreSchema,
  upgradeTemplateDocument,
} from '../../core/library/templates';
import { nowIso } from '../../core/time';
import type { ParleyDb } from '../parleyDb';
import { templates } from '../schema';
import { alreadyExists } from './dealChild';
import { copyTitle } from './deals';
import { libraryWrite } from './libraryWrites';

type TemplateRow = typeof templates.$inferSelect;

/** A stored document that no longer validates is a bug or a hand-edited file: say so plainly. */
function readDocument(row: TemplateRow): TemplateDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(row.document);
  } catch {
    raw = null;
  }
  const parsed = templateDocumentSchema.safeParse(upgradeTemplateDocument(raw));
  if (!parsed.success) {
    throw new UserError(
      'invalid_input',
      `The template “${row.name}” is damaged and cannot be used. Delete it or reset it.`,
    );
  }
  return parsed.data;
}

/** Key order fixed by the schema, so equal content gives equal text. */
const canonical = (doc: TemplateDocument) => JSON.stringify(templateDocumentSchema.parse(doc));

function isModified(row: TemplateRow, doc: TemplateDocument): boolean {
  const builtIn = row.builtInKey ? findBuiltInTemplate(row.builtInKey) : undefined;
  if (!builtIn) return false;
  return (
    row.name !== builtIn.name ||
    row.description !== builtIn.description ||
    row.context !== builtIn.context ||
    canonical(doc) !== canonical(builtIn.document)
  );
}

function toTemplate(row: TemplateRow): DealTemplate {
  const document = readDocument(row);
  return {
    id: row.id,
    name: row.name,
    context: row.context,
    description: row.description,
    document,
    builtInKey: row.builtInKey,
    modified: isModified(row, document),
    teamShared: row.teamShared,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function row(db: ParleyDb, id: string): TemplateRow {
  const found = db.select().from(templates).where(eq(templates.id, id)).get();
  if (!found) throw notFound('The template');
  return found;
}

export const getTemplate = (db: ParleyDb, id: string): DealTemplate => toTemplate(row(db, id));

/** Templates whose stored document is damaged are listed without failing the whole list. */
export function listTemplates(db: ParleyDb): DealTemplate[] {
  return db
    .select()
    .from(templates)
    .orderBy(asc(templates.context), asc(templates.name))
    .all()
    .flatMap((r) => {
      try {
        return [toTemplate(r)];
      } catch {
        return [];
      }
    });
}

export function createTemplate(db: ParleyDb, input: TemplateFields, builtInKey: string | null = null): DealTemplate {
  const fields = templateFieldsSchema.parse(input);
  const now = nowIso();
  const id = randomUUID();
  db.insert(templates)
    .values({
      id,
      name: fields.name,
      context: fields.context,
      description: fields.description,
      document: canonical(fields.document),
      builtIn: builtInKey !== null,
      builtInKey,
      createdAt: now,
      updatedAt: now,
    })
    .run();
  return getTemplate(db, id);
}

export function updateTemplate(db: ParleyDb, id: string, patch: unknown): DealTemplate {
  const parsed = templatePatchSchema.parse(patch);
  return libraryWrite(db, 'templates', id, (tx) => {
    row(tx, id);
    const { document, ...rest } = parsed;
    tx.update(templates)
      .set({ ...rest, ...(document ? { document: canonical(document) } : {}), updatedAt: nowIso() })
      .where(eq(templates.id, id))
      .run();
    return getTemplate(tx, id);
  });
}

/** A copy is the user's own template, even when the original is a built-in. */
export function duplicateTemplate(db: ParleyDb, id: string): DealTemplate {
  return db.transaction((tx) => {
    const source = getTemplate(tx, id);
    return createTemplate(tx, {
      name: copyTitle(source.name),
      context: source.context,
      description: source.description,
      document: source.document,
    });
  });
}

/** Answers the template as it was, so the screen can offer Undo. */
export function deleteTemplate(db: ParleyDb, id: string): DealTemplate {
  return libraryWrite(db, 'templates', id, (tx) => {
    const found = row(tx, id);
    const snapshot = toTemplateLenient(found);
    tx.delete(templates).where(eq(templates.id, id)).run();
    return snapshot;
  });
}

/** A damaged template can still be deleted; its snapshot then carries an empty document. */
function toTemplateLenient(r: TemplateRow): DealTemplate {
  try {
    return toTemplate(r);
  } catch {
    const builtIn = r.builtInKey ? findBuiltInTemplate(r.builtInKey) : undefined;
    return {
      id: r.id,
      name: r.name,
      context: r.context,
      description: r.description,
      document: builtIn?.document ?? EMPTY_TEMPLATE,
      builtInKey: r.builtInKey,
      modified: true,
      teamShared: r.teamShared,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    };
  }
}

export function restoreTemplate(db: ParleyDb, snapshot: unknown): DealTemplate {
  const parsed = templateRestoreSchema.parse(snapshot);
  return libraryWrite(db, 'templates', parsed.id, (tx) => {
    if (tx.select({ id: templates.id }).from(templates).where(eq(templates.id, parsed.id)).get()) {
      throw alreadyExists('This template');
    }
    tx.insert(templates)
      .values({
        id: parsed.id,
        name: parsed.name,
        context: parsed.context,
        description: parsed.description,
        document: canonical(parsed.document),
        builtIn: parsed.builtInKey !== null,
        builtInKey: parsed.builtInKey,
        teamShared: parsed.teamShared ?? false,
        createdAt: parsed.createdAt,
        updatedAt: parsed.updatedAt,
      })
      .run();
    return getTemplate(tx, parsed.id);
  });
}

/** Puts a built-in template's name, description and content back to Parley's. */
export function resetTemplate(db: ParleyDb, id: string): DealTemplate {
  return libraryWrite(db, 'templates', id, (tx) => {
    const found = row(tx, id);
    const builtIn = found.builtInKey ? findBuiltInTemplate(found.builtInKey) : undefined;
    if (!builtIn) {
      throw new UserError('invalid_input', 'Only templates that came with Parley can be reset. This one is your own.');
    }
    tx.update(templates)
      .set({
        name: builtIn.name,
        context: builtIn.context,
        description: builtIn.description,
        document: canonical(builtIn.document),
        updatedAt: nowIso(),
      })
      .where(eq(templates.id, id))
      .run();
    return getTemplate(tx, id);
  });
}
