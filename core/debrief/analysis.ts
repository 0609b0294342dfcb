/**
 * Everything the debrief screen and Insights compute for one deal, from the deal's
 * stored preparation and debrief. Pure: the repository gathers the inputs.
 */
import { type Batna, resolveDirection, scaleUnitLabel } from '../batna';
import type { OurSide } from '../deal';
import { type Issue, toMesoIssues } from '../issues';
import { thinFrontier } from '../mesoAnalysis';
import { type DebriefChartDrawing, debriefChart } from './chart';
import type { DebriefFields } from './model';
import { type MainIssueOutcome, mainIssueOutcome, versusBatna } from './outcome';
import { type ConcessionEntry, type ConcessionReview, concessionReview } from './reciprocity';
import { type TimeToResolution, timeToResolution } from './resolution';
import {
  type AgreementClassification,
  classifyAgreement,
  type ValueLeft,
  type ValueLeftResult,
  valueLeftOnTheTable,
} from './valueLeft';

/** The value-left result as the screen gets it: without the full frontier (the chart has a thinned one). */
export type ValueLeftSummary =
  | Exclude<ValueLeftResult, { ready: true }>
  | ({ ready: true } & Omit<ValueLeft, 'frontier'>);

export interface DebriefAnalysis {
  valueLeft: ValueLeftSummary | null;
  classification: AgreementClassification | null;
  chart: DebriefChartDrawing | null;
  /** The agreed package against the BATNA in points. */
  batna: { margin: number | null; text: string } | null;
  mainIssue: (MainIssueOutcome & { issueName: string }) | null;
  time: TimeToResolution;
  concessions: ConcessionReview;
}

export interface DebriefInput {
  deal: { createdAt: string; currency: string; ourSide: OurSide };
  batna: Batna;
  issues: Issue[];
  agreed: Record<string, string>;
  debrief: DebriefFields;
  concessions: ConcessionEntry[];
}

/** Plain, locale-independent amounts for sentences computed outside the renderer. */
export function plainAmount(currency: string, unit: string): (n: number) => string {
  const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
  const label = scaleUnitLabel(unit, currency);
  return (n) => `${number.format(n)} ${label}`;
}

export function analyseDebrief(input: DebriefInput): DebriefAnalysis {
  const { deal, batna, issues, agreed, debrief } = input;
  const time = timeToResolution({
    createdAt: deal.createdAt,
    startedOn: debrief.startedOn,
    closingDate: debrief.closingDate,
  });
  const concessions = concessionReview(input.concessions);
  if (debrief.outcome !== 'agreed') {
    return { valueLeft: null, classification: null, chart: null, batna: null, mainIssue: null, time, concessions };
  }
  const scored = toMesoIssues(issues);
  const valueLeft = valueLeftOnTheTable(scored, agreed);
  const names = Object.fromEntries(issues.map((i) => [i.id, i.name.trim() || 'Untitled issue']));
  const mainIssue = issues.find((i) => i.id === batna.mainIssueId) ?? issues.find((i) => i.category === 'price');
  const agreedLabel = mainIssue ? (mainIssue.options.find((o) => o.id === agreed[mainIssue.id])?.label ?? null) : null;
  const summary: ValueLeftSummary = valueLeft.ready ? withoutFrontier(valueLeft) : valueLeft;
  return {
    valueLeft: summary,
    classification: valueLeft.ready ? classifyAgreement(scored, agreed, names) : null,
    chart: valueLeft.ready
      ? debriefChart({
          frontier: thinFrontier(valueLeft.frontier),
          agreed: valueLeft.agreed,
          bestForUs: valueLeft.bestForUs,
          bestForThem: valueLeft.bestForThem,
          batnaPoints: batna.ourValuePoints,
        })
      : null,
    batna: valueLeft.ready ? versusBatna(valueLeft.agreed.us, batna.ourValuePoints) : null,
    mainIssue: mainIssue
      ? {
          issueName: names[mainIssue.id] ?? 'Main issue',
          ...mainIssueOutcome({
            agreedLabel,
            direction: resolveDirection(batna.betterDirection, deal.ourSide),
            target: batna.ourTarget,
            reservation: batna.ourReservation,
            format: plainAmount(deal.currency, batna.scaleUnit),
          }),
        }
      : null,
    time,
    concessions,
  };
}

function withoutFrontier({
  frontier: _frontier,
  ...rest
}: { ready: true } & ValueLeft): { ready: true } & Omit<ValueLeft, 'frontier'> {
  return rest;
}
