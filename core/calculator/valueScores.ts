/**
 * Scores derived from option numbers: the best number gets 100, the worst 0, the rest in
 * proportion between them. Options without a number keep no score (null). With one
 * distinct number every valued option gets 100: there is nothing to prefer.
 */
export function scoresFromValues(values: readonly (number | null)[], better: 'lower' | 'higher'): (number | null)[] {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return values.map(() => null);
  const min = Math.min(...known);
  const max = Math.max(...known);
  return values.map((v) => {
    if (v === null) return null;
    if (max === min) return 100;
    const fraction = (v - min) / (max - min);
    return Math.round((better === 'higher' ? fraction : 1 - fraction) * 100);
  });
}
