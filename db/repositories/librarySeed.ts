import { inArray, isNotNull } from 'drizzle-orm';
import { BUILT_IN_TEMPLATES } from '../../core/library/builtInTemplates';
import { BUILT_IN_PHRASES } from '../../core/library/phrases';
import { BUILT_IN_TRADEABLES } from '../../core/library/tradeables';
import { nowIso } from '../../core/time';
import type { ParleyDb } from '../parleyDb';
import { librarySeeded, libraryTradeables, phrases, templates } from '../schema';
import { addLibraryTradeable } from './libraryTradeables';
import { addPhrase } from './phrases';
import { createTemplate } from './templates';

interface BuiltIn {
  /** "template:sales-b2b", "tradeable:payment-terms", "phrase:trade-if-could" */
  seedKey: string;
  key: string;
  present: () => boolean;
  insert: (db: ParleyDb) => void;
}

function builtIns(db: ParleyDb): BuiltIn[] {
  const keysOf = (table: typeof templates | typeof libraryTradeables | typeof phrases) =>
    new Set(
      db
        .select({ key: table.builtInKey })
        .from(table)
        .where(isNotNull(table.builtInKey))
        .all()
        .map((r) => r.key as string),
    );
  const templateKeys = keysOf(templates);
  const tradeableKeys = keysOf(libraryTradeables);
  const phraseKeys = keysOf(phrases);
  // A user's own tradeable may already carry a built-in's name: the built-in is then skipped.
  const tradeableNames = new Set(
    db
      .select({ name: libraryTradeables.name })
      .from(libraryTradeables)
      .all()
      .map((r) => r.name.trim().toLocaleLowerCase()),
  );
  return [
    ...BUILT_IN_TEMPLATES.map((t) => ({
      seedKey: `template:${t.key}`,
      key: t.key,
      present: () => templateKeys.has(t.key),
      insert: (tx: ParleyDb) =>
        void createTemplate(
          tx,
          { name: t.name, context: t.context, description: t.description, document: t.document },
          t.key,
        ),
    })),
    ...BUILT_IN_TRADEABLES.map(({ key, ...fields }) => ({
      seedKey: `tradeable:${key}`,
      key,
      present: () => tradeableKeys.has(key) || tradeableNames.has(fields.name.toLocaleLowerCase()),
      insert: (tx: ParleyDb) => void addLibraryTradeable(tx, fields, key),
    })),
    ...BUILT_IN_PHRASES.map(({ key, ...fields }) => ({
      seedKey: `phrase:${key}`,
      key,
      present: () => phraseKeys.has(key),
      insert: (tx: ParleyDb) => void addPhrase(tx, fields, key),
    })),
  ];
}

/**
 * Adds the built-ins this database has never seen (a new install, or built-ins a newer
 * Parley ships). One the user deleted stays deleted: its key is remembered as seeded.
 */
export function seedLibrary(db: ParleyDb): number {
  return db.transaction((tx) => {
    const all = builtIns(tx);
    const seeded = new Set(
      tx
        .select({ key: librarySeeded.key })
        .from(librarySeeded)
        .where(
          inArray(
            librarySeeded.key,
            all.map((b) => b.seedKey),
          ),
        )
        .all()
        .map((r) => r.key),
    );
    const now = nowIso();
    let added = 0;
    for (const builtIn of all) {
      if (seeded.has(builtIn.seedKey)) continue;
      if (!builtIn.present()) {
        builtIn.insert(tx);
        added += 1;
      }
      tx.insert(librarySeeded).values({ key: builtIn.seedKey, seededAt: now }).onConflictDoNothing().run();
    }
    return added;
  });
}

/** "Restore built-ins": puts back every built-in the user deleted; edited ones are left as they are. */
export function restoreBuiltIns(db: ParleyDb): { added: number } {
  return db.transaction((tx) => {
    let added = 0;
    for (const builtIn of builtIns(tx)) {
      if (builtIn.present()) continue;
      builtIn.insert(tx);
      added += 1;
    }
    return { added };
  });
}
