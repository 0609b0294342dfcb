/**
 * Input types, validation and the compiled numeric form shared by the package engine.
 *
 * Every value the engine reports is computed the same way: raw sums of weight × score,
 * accumulated in issue order starting from 0, divided by the weight total at the very end.
 * Floating-point addition is not associative, so keeping one summation order everywhere is
 * what makes `packageValue`, the frontier and the MESO band checks agree bit for bit.
 */

export interface ScoredOption {
  id: string;
  us: number;
  them: number;
}

export interface ScoredIssue {
  id: string;
  weightUs: number;
  weightThem: number;
  options: ScoredOption[];
}

export interface Package {
  choice: Record<string, string>;
  us: number;
  them: number;
}

/** Raised for any input the engine cannot score; the message names the offending issue/option. */
export class PackageEngineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageEngineError';
  }
}

/** Values closer than this (in 0..100 points) are the same value for dedup and dominance. */
export const EPS = 1e-9;

export interface Model {
  readonly issues: readonly ScoredIssue[];
  readonly n: number;
  /** Per issue, per option: weightUs × option.us (raw, not yet divided by the total). */
  readonly cu: readonly Float64Array[];
  /** Per issue, per option: weightThem × option.them. */
  readonly ct: readonly Float64Array[];
  readonly totalUs: number;
  readonly totalThem: number;
  /** Issue ids contain "__proto__" — plain assignment would set the prototype instead. */
  readonly needsSafeRecord: boolean;
}

const show = (x: unknown): string => (typeof x === 'number' ? String(x) : (JSON.stringify(x) ?? String(x)));

const isScore = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 100;

const isWeight = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

/**
 * Checks everything the maths relies on. The input may come from a database row or a form,
 * so it is checked as `unknown`-ish data even though it is typed.
 */
export function compile(issues: readonly ScoredIssue[]): Model {
  if (!Array.isArray(issues)) throw new PackageEngineError('Issues must be a list');
  const seenIssues = new Set<string>();
  const cu: Float64Array[] = [];
  const ct: Float64Array[] = [];
  let totalUs = 0;
  let totalThem = 0;
  let needsSafeRecord = false;
  issues.forEach((issue, i) => {
    if (issue === null || typeof issue !== 'object') throw new PackageEngineError(`Issue #${i + 1} is not an issue`);
    const { id, weightUs, weightThem, options } = issue;
    if (typeof id !== 'string' || id === '') throw new PackageEngineError(`Issue #${i + 1} has no id`);
    if (seenIssues.has(id)) {
      throw new PackageEngineError(`Issue id "${id}" is used more than once; issue ids must be unique`);
    }
    seenIssues.add(id);
    if (id === '__proto__') needsSafeRecord = true;
    if (!isWeight(weightUs)) {
      throw new PackageEngineError(
        `Issue "${id}": weight for us is ${show(weightUs)}; weights must be finite numbers of 0 or more`,
      );
    }
    if (!isWeight(weightThem)) {
      throw new PackageEngineError(
        `Issue "${id}": weight for them is ${show(weightThem)}; weights must be finite numbers of 0 or more`,
      );
    }
    if (!Array.isArray(options) || options.length === 0) {
      throw new PackageEngineError(`Issue "${id}" has no options; every issue needs at least one option`);
    }
    const seenOptions = new Set<string>();
    const u = new Float64Array(options.length);
    const t = new Float64Array(options.length);
    options.forEach((option, j) => {
      if (option === null || typeof option !== 'object') {
        throw new PackageEngineError(`Issue "${id}": option #${j + 1} is not an option`);
      }
      const oid = option.id;
      if (typeof oid !== 'string' || oid === '') {
        throw new PackageEngineError(`Issue "${id}": option #${j + 1} has no id`);
      }
      if (seenOptions.has(oid)) {
        throw new PackageEngineError(
          `Issue "${id}": option id "${oid}" is used more than once; option ids must be unique within an issue`,
        );
      }
      seenOptions.add(oid);
      for (const side of ['us', 'them'] as const) {
        const score = option[side];
        if (!isScore(score)) {
          throw new PackageEngineError(
            `Issue "${id}": option "${oid}" has a score for ${side} of ${show(score)}; scores must be between 0 and 100`,
          );
        }
      }
      u[j] = weightUs * option.us;
      t[j] = weightThem * option.them;
    });
    cu.push(u);
    ct.push(t);
    totalUs += weightUs;
    totalThem += weightThem;
  });
  if (!(totalUs > 0)) {
    throw new PackageEngineError(
      `Weights for us add up to ${show(totalUs)}; at least one issue needs a positive weight for us`,
    );
  }
  if (!(totalThem > 0)) {
    throw new PackageEngineError(
      `Weights for them add up to ${show(totalThem)}; at least one issue needs a positive weight for them`,
    );
  }
  // A huge total can overflow even when each weight is finite.
  if (!Number.isFinite(totalUs) || !Number.isFinite(totalThem)) {
    throw new PackageEngineError('Weights add up to more than can be represented; use smaller weights');
  }
  return { issues, n: issues.length, cu, ct, totalUs, totalThem, needsSafeRecord };
}

/** Option indices (one per issue) → the public choice map. */
export function toChoice(model: Model, picks: ArrayLike<number>): Record<string, string> {
  const { issues } = model;
  if (model.needsSafeRecord) {
    return Object.fromEntries(issues.map((issue, i) => [issue.id, issue.options[picks[i] as number]?.id ?? '']));
  }
  const record: Record<string, string> = {};
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i] as ScoredIssue;
    record[issue.id] = (issue.options[picks[i] as number] as ScoredOption).id;
  }
  return record;
}

/** Public choice map → option indices, with errors that name the issue. */
export function toPicks(model: Model, choice: Record<string, string>): Int32Array {
  if (choice === null || typeof choice !== 'object') throw new PackageEngineError('Choice must be an object');
  const picks = new Int32Array(model.n);
  const known = new Set<string>();
  model.issues.forEach((issue, i) => {
    known.add(issue.id);
    if (!Object.hasOwn(choice, issue.id)) {
      throw new PackageEngineError(`Choice has no option for issue "${issue.id}"`);
    }
    const optionId = choice[issue.id];
    const j = issue.options.findIndex((o) => o.id === optionId);
    if (j < 0) throw new PackageEngineError(`Issue "${issue.id}" has no option ${show(optionId)}`);
    picks[i] = j;
  });
  for (const key of Object.keys(choice)) {
    if (!known.has(key)) throw new PackageEngineError(`Choice names issue "${key}", which is not one of the issues`);
  }
  return picks;
}

/** The one place raw sums are formed for a full package; see the file comment for why. */
export function valueOfPicks(model: Model, picks: ArrayLike<number>): { us: number; them: number } {
  let u = 0;
  let t = 0;
  for (let i = 0; i < model.n; i++) {
    const j = picks[i] as number;
    u += (model.cu[i] as Float64Array)[j] as number;
    t += (model.ct[i] as Float64Array)[j] as number;
  }
  return { us: u / model.totalUs, them: t / model.totalThem };
}
