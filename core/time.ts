/** One clock convention for the whole app: ISO-8601 UTC strings. */
export const nowIso = (): string => new Date().toISOString();
