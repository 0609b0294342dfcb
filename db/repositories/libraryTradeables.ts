import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { notFound, UserError } from '../../core/errors';
import type { Issue } from '../../core/issues';
import {
  BUILT_IN_TRADEABLES,
  LIBRARY_TRADEABLE_DEFAULTS,
  type LibraryTradeable,
  type LibraryTradeableFields,
  libraryTradeableFieldsSchema,
  libraryTradeablePatchSchema,
  libraryTradeableRestoreSchema,
  newLibraryTradeableSchema,
} from '../../core/library/tradeables';
import { nowIso } from '../../core/time';
import type { ParleyDb } from '../parleyDb';
import { libraryTradeables } from '../schema';
import { alreadyExists } from './dealChild';
import { addIssueWithOptions, issueStore } from './issues';
import { libraryWrite } from './libraryWrites';

type Row = typeof libraryTradeables.$inferSelect;

const optionList = z.array(z.string()).catch([]);

const toTradeable = (row: Row): LibraryTradeable => {
  let options: string[] = [];
  try {
    options = optionList.parse(JSON.parse(row.options));
  } catch {
    options = [];
  }
  return { ...row, options };
};

function row(db: ParleyDb, id: string): Row {
  const found = db.select().from(libraryTradeables).where(eq(libraryTradeables.id, id)).get();
  if (!found) throw notFound('The tradeable');
  return found;
}

const stripUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

function refuseDuplicateName(db: ParleyDb, name: string, exceptId?: string) {
  const clash = db
    .select({ id: libraryTradeables.id, name: libraryTradeables.name })
    .from(libraryTradeables)
    .all()
    .find((r) => r.id !== exceptId && sameName(r.name, name));
  if (clash) {
    throw new UserError('conflict', `“${clash.name}” is already in the tradeables library.`, {
      name: 'Already in the library',
    });
  }
}

export const getLibraryTradeable = (db: ParleyDb, id: string) => toTradeable(row(db, id));

export function listLibraryTradeables(db: ParleyDb): LibraryTradeable[] {
  return db.select().from(libraryTradeables).orderBy(asc(libraryTradeables.name)).all().map(toTradeable);
}

export function addLibraryTradeable(db: ParleyDb, input: unknown, builtInKey: string | null = null): LibraryTradeable {
  const parsed = newLibraryTradeableSchema.parse(input);
  const fields: LibraryTradeableFields = { ...LIBRARY_TRADEABLE_DEFAULTS, ...stripUndefined(parsed) };
  return db.transaction((tx) => {
    refuseDuplicateName(tx, fields.name);
    const now = nowIso();
    const id = randomUUID();
    tx.insert(libraryTradeables)
      .values({ ...fields, options: JSON.stringify(fields.options), id, builtInKey, createdAt: now, updatedAt: now })
      .run();
    return getLibraryTradeable(tx, id);
  });
}

export function updateLibraryTradeable(db: ParleyDb, id: string, patch: unknown): LibraryTradeable {
  const parsed = stripUndefined(libraryTradeablePatchSchema.parse(patch));
  return libraryWrite(db, 'tradeables', id, (tx) => {
    row(tx, id);
    if (parsed.name !== undefined) refuseDuplicateName(tx, parsed.name, id);
    const { options, ...rest } = parsed;
    tx.update(libraryTradeables)
      .set({ ...rest, ...(options ? { options: JSON.stringify(options) } : {}), updatedAt: nowIso() })
      .where(eq(libraryTradeables.id, id))
      .run();
    return getLibraryTradeable(tx, id);
  });
}

export function deleteLibraryTradeable(db: ParleyDb, id: string): LibraryTradeable {
  return libraryWrite(db, 'tradeables', id, (tx) => {
    const snapshot = toTradeable(row(tx, id));
    tx.delete(libraryTradeables).where(eq(libraryTradeables.id, id)).run();
    return snapshot;
  });
}

export function restoreLibraryTradeable(db: ParleyDb, snapshot: unknown): LibraryTradeable {
  const parsed = libraryTradeableRestoreSchema.parse(snapshot);
  return libraryWrite(db, 'tradeables', parsed.id, (tx) => {
    if (
      tx.select({ id: libraryTradeables.id }).from(libraryTradeables).where(eq(libraryTradeables.id, parsed.id)).get()
    ) {
      throw alreadyExists('This tradeable');
    }
    refuseDuplicateName(tx, parsed.name);
    tx.insert(libraryTradeables)
      .values({ ...parsed, options: JSON.stringify(parsed.options), teamShared: parsed.teamShared ?? false })
      .run();
    return getLibraryTradeable(tx, parsed.id);
  });
}

/** Puts a built-in entry back to Parley's wording. */
export function resetLibraryTradeable(db: ParleyDb, id: string): LibraryTradeable {
  return libraryWrite(db, 'tradeables', id, (tx) => {
    const found = row(tx, id);
    const builtIn = BUILT_IN_TRADEABLES.find((b) => b.key === found.builtInKey);
    if (!builtIn) throw new UserError('invalid_input', 'Only tradeables that came with Parley can be reset.');
    const { key: _key, ...fields } = builtIn;
    refuseDuplicateName(tx, fields.name, id);
    tx.update(libraryTradeables)
      .set({
        ...libraryTradeableFieldsSchema.parse(fields),
        options: JSON.stringify(fields.options),
        updatedAt: nowIso(),
      })
      .where(eq(libraryTradeables.id, id))
      .run();
    return getLibraryTradeable(tx, id);
  });
}

/**
 * Adds a library entry to a deal as a new issue with the entry's options, marked tradeable
 * when it is usually cheap for us. Refused when the deal already has an issue of that name.
 */
export function addTradeableToDeal(db: ParleyDb, id: string, dealId: string): Issue {
  return db.transaction((tx) => {
    const entry = toTradeable(row(tx, id));
    const existing = issueStore.list(tx, dealId).find((issue) => sameName(issue.name, entry.name));
    if (existing) {
      throw new UserError('conflict', `This deal already has an issue called “${existing.name}”. Nothing was added.`);
    }
    return addIssueWithOptions(
      tx,
      dealId,
      { name: entry.name, category: entry.category, tradeable: entry.costToUs === 'low', notes: '' },
      entry.options,
    );
  });
}

/** Puts a deal's issue into the library: its name, category and option labels (not its scores or notes). */
export function addIssueToLibrary(db: ParleyDb, issueId: string): LibraryTradeable {
  return db.transaction((tx) => {
    const issue = issueStore.get(tx, issueId);
    const name = issue.name.trim();
    if (!name) throw new UserError('invalid_input', 'Give the issue a name before adding it to the library.');
    const options = issue.options
      .map((o) => o.label.trim())
      .filter(Boolean)
      .slice(0, 20);
    return addLibraryTradeable(tx, {
      name,
      category: issue.category,
      options,
      costToUs: 'medium',
      valueToThem: 'medium',
      notes: '',
    });
  });
}
