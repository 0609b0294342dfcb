/** One field's `save(value, base)` for an autosaving input (ui/fields, ui/cells), from its name. */
export type SaveField<P> = <K extends keyof P & string>(key: K) => (value: P[K], base: P[K]) => Promise<unknown>;

/**
 * Turns a step's `save(patch, expected?)` into `saveField`: `saveField('title')` writes
 * `{ title: value }`, with `{ title: base }` (the stored value the edit started from) as
 * `expected`, so a row edited in another window meanwhile is refused, not overwritten.
 * A save that takes no `expected` (a deal's one-row settings) ignores it.
 */
export function fieldSaver<P extends object>(save: (patch: P, expected?: P) => Promise<unknown>): SaveField<P> {
  return (key) => (value, base) => save({ [key]: value } as P, { [key]: base } as P);
}
