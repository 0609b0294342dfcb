/**
 * Concession review: what we gave, what we got back, and which concessions came free.
 *
 * The input is the concession log as the Concessions & safeguards step keeps it (one row
 * per concession: what we give, what we get, estimated value of the give to us and to
 * them, status). Only concessions that reached the table count — planned or withdrawn
 * ones were never given.
 */
export interface ConcessionEntry {
  id: string;
  item: string;
  give: string;
  get: string;
  /** What the give costs us (points or money, as the user estimated); null when not estimated. */
  valueToUs: number | null;
  valueToThem: number | null;
  status: 'planned' | 'offered' | 'accepted' | 'withdrawn';
}

export interface ConcessionReview {
  /** Concessions offered or accepted. */
  given: number;
  /** Of those, how many had something asked back. */
  reciprocated: number;
  /** reciprocated / given (0..1); null when nothing was given. */
  ratio: number | null;
  /** Estimated cost to us and worth to them of everything given. */
  costToUs: number;
  worthToThem: number;
  unconditional: ConcessionEntry[];
}

const onTable = (c: ConcessionEntry) => c.status === 'offered' || c.status === 'accepted';
const hasAsk = (c: ConcessionEntry) => c.get.trim() !== '';

export function concessionReview(entries: readonly ConcessionEntry[]): ConcessionReview {
  const given = entries.filter(onTable);
  const reciprocated = given.filter(hasAsk).length;
  return {
    given: given.length,
    reciprocated,
    ratio: given.length === 0 ? null : reciprocated / given.length,
    costToUs: given.reduce((sum, c) => sum + (c.valueToUs ?? 0), 0),
    worthToThem: given.reduce((sum, c) => sum + (c.valueToThem ?? 0), 0),
    unconditional: given.filter((c) => !hasAsk(c)),
  };
}
