import { labelAmount } from '../debrief/outcome';
import type { Issue, IssueOption } from '../issues';
import type { LiveChoices } from './model';

/**
 * A package as spoken: the issues named in this offer, and every other issue as it stood
 * in the offer before (of either side). The first offer carries nothing over.
 */
export function carryOver(previous: LiveChoices | null, spoken: LiveChoices): LiveChoices {
  return { ...(previous ?? {}), ...spoken };
}

/** Which issues of a package were carried over rather than spoken. */
export function carriedIssues(previous: LiveChoices | null, spoken: LiveChoices): string[] {
  return Object.keys(previous ?? {}).filter((id) => !Object.hasOwn(spoken, id));
}

/** The full packages of a session's offers, in order: each offer's picks on top of the last. */
export function fullPackages(offers: readonly { choices: LiveChoices }[]): LiveChoices[] {
  const out: LiveChoices[] = [];
  let previous: LiveChoices | null = null;
  for (const offer of offers) {
    previous = carryOver(previous, offer.choices);
    out.push(previous);
  }
  return out;
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Type-ahead for one issue: the options that match what was typed, best first. A label
 * starting with the text wins over one containing it; a typed number (numeric issues:
 * "45", "120k") matches the option whose label holds the nearest number.
 */
export function matchOptions(options: readonly IssueOption[], typed: string): IssueOption[] {
  const text = fold(typed);
  if (text === '') return [...options];
  const starts = options.filter((o) => fold(o.label).startsWith(text));
  const contains = options.filter((o) => !starts.includes(o) && fold(o.label).includes(text));
  if (starts.length + contains.length > 0) return [...starts, ...contains];
  const wanted = labelAmount(typed);
  if (wanted === null) return [];
  const numbered = options.flatMap((o) => {
    const value = labelAmount(o.label);
    return value === null ? [] : [{ o, gap: Math.abs(value - wanted) }];
  });
  return numbered.sort((a, b) => a.gap - b.gap).map((n) => n.o);
}

/** Issue names for a package's picks, for lists and the debrief ("Price: €120k"). */
export function describePackage(issues: readonly Issue[], choices: LiveChoices): { issue: string; option: string }[] {
  return issues.flatMap((issue) => {
    const optionId = Object.hasOwn(choices, issue.id) ? choices[issue.id] : undefined;
    const option = issue.options.find((o) => o.id === optionId);
    return option ? [{ issue: issue.name || 'Untitled issue', option: option.label || 'Unnamed option' }] : [];
  });
}
