import type { LibraryKind } from '../../core/teamLibrary';
import type { ParleyDb } from '../parleyDb';

/**
 * Something that follows every change of a library entry (the team library, db/teamSync):
 * `after` runs at the end of the change's transaction and may refuse it (a library reader
 * changing a team entry), which rolls the change back.
 */
export interface LibraryWriteObserver {
  after(tx: ParleyDb, kind: LibraryKind, id: string): void;
}
const observers: LibraryWriteObserver[] = [];
export const observeLibraryWrites = (observer: LibraryWriteObserver) => {
  observers.push(observer);
};

/** Runs a change of one library entry in one transaction, followed by the observers. */
export function libraryWrite<T>(db: ParleyDb, kind: LibraryKind, id: string, write: (tx: ParleyDb) => T): T {
  return db.transaction((tx) => {
    const result = write(tx);
    for (const observer of observers) observer.after(tx, kind, id);
    return result;
  });
}
