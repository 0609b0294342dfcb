/**
 * How long a deleted row can be brought back with Undo: the life of the delete's toast.
 * When the toast goes the row is purged; rows whose window passed while the app was closed
 * are purged at the next start-up.
 */
export const ROW_UNDO_WINDOW_MS = 10_000;
