import { describe, expect, it } from 'vitest';
import {
  assessReadiness,
  CRITICAL_CAP,
  READINESS_RULES,
  type ReadinessCheck,
  readinessScore,
  runRule,
} from '../../core/readiness';
import type { DealSnapshot } from '../../core/snapshot';
import { issue, readySnapshot, stakeholder } from '../support/snapshots';

const rule = (id: string) => {
  const found = READINESS_RULES.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};

/** For each rule: a change to a ready deal that makes the rule fire. */
const FIRING: Record<string, (s: DealSnapshot) => void> = {
  no_batna: (s) => {
    Object.assign(s.batna, { ourCourse: '', ourDescription: '', ourValueMoney: null, ourValuePoints: null });
  },
  reservation_worse_than_batna: (s) => {
    s.batna.ourReservation = 80_000; // selling: accepting 80k is worse than the 90k alternative
  },
  no_reservation: (s) => {
    s.batna.ourReservation = null;
  },
  target_not_ambitious: (s) => {
    s.batna.ourTarget = 95_000;
  },
  their_batna_unknown: (s) => {
    Object.assign(s.batna, { theirDescription: '', theirValueMoney: null, theirReservation: null });
  },
  no_zopa: (s) => {
    s.batna.theirReservation = 92_000;
  },
  overdue_batna_actions: (s) => {
    s.batnaActions = [
      { id: 'a', dealId: 'd', text: 'Call Beta', owner: 'Sam', dueDate: '2026-05-01', done: false, position: 0 },
    ];
  },
  single_issue: (s) => {
    s.issues = s.issues.slice(0, 1);
  },
  unweighted_issues: (s) => {
    s.issues.push(issue('Payment terms', 10, 0, [['30 days', 100, 0]]));
  },
  red_line_cheap: (s) => {
    s.issues.push(issue('Logo rights', 1, 90, [['Yes', 0, 100]], { redLine: true }));
  },
  no_their_interests: (s) => {
    s.interests.interests = s.interests.interests.filter((i) => i.party !== 'them');
  },
  no_questions: (s) => {
    s.interests.questions = [];
  },
  no_decision_path: (s) => {
    if (s.counterparty) s.counterparty.decisionSteps = [];
  },
  key_stakeholder_without_interests: (s) => {
    s.counterparty?.stakeholders.push(stakeholder({ name: 'Pat', influence: 4, interests: '' }));
  },
  blocker_not_addressed: (s) => {
    s.counterparty?.stakeholders.push(stakeholder({ name: 'Lee', influence: 5, stance: 'blocker' }));
  },
  who_loses_more_unknown: (s) => {
    if (s.leverage) s.leverage.noDeal.verdict = 'unsure';
  },
  anchor_without_evidence: (s) => {
    if (s.evidence) s.evidence.links = [];
  },
  anchor_outside_range: (s) => {
    const anchor = s.anchors?.anchors[0];
    if (anchor) anchor.opening = 150_000;
  },
  concession_without_ask: (s) => {
    const concession = s.concessions?.concessions[0];
    if (concession) concession.get = '';
  },
  meso_not_equivalent: (s) => {
    const [price, term] = s.issues;
    const offer = s.meso?.offers[1];
    if (offer && price && term)
      offer.choices = { [price.id]: price.options[0]?.id ?? '', [term.id]: term.options[1]?.id ?? '' };
  },
  meso_dominated: (s) => {
    // €100k with a one-year term: 40 to us and 30 to them, where €120k for three years gives 60 and 70.
    const [price, term] = s.issues;
    for (const offer of s.meso?.offers ?? []) {
      if (price && term)
        offer.choices = { [price.id]: price.options[0]?.id ?? '', [term.id]: term.options[0]?.id ?? '' };
    }
  },
  meso_below_batna: (s) => {
    // Both offers are worth 60 to us; an alternative worth 65 beats them.
    s.batna.ourValuePoints = 65;
  },
  meso_incomplete: (s) => {
    const offer = s.meso?.offers[0];
    if (offer) offer.choices = {};
  },
  clause_not_measurable: (s) => {
    const clause = s.concessions?.clauses[0];
    if (clause) clause.threshold = null;
  },
  beyond_walk_away: (s) => {
    const step = s.anchors?.ladderSteps[0];
    if (step) step.value = 90_000; // selling, walk-away 95k on the main issue (the price anchor's issue)
  },
  must_have_without_walk_away: (s) => {
    s.batna.ourReservation = null;
  },
  target_without_standard: (s) => {
    const price = s.issues[0];
    if (price) Object.assign(price, { standard: null, legitimacy: '' });
  },
  no_team_lead: (s) => {
    const lead = s.team?.members[0];
    if (lead) lead.role = 'analyst';
  },
  deadline_exposed: (s) => {
    const theirs = s.risks?.deadlines.find((d) => d.side === 'theirs');
    if (theirs) theirs.weKnow = 'unknown';
  },
  deadline_past: (s) => {
    const ours = s.risks?.deadlines.find((d) => d.side === 'ours');
    if (ours) ours.date = '2026-05-29'; // the snapshot is taken on 1 June 2026
  },
  close_after_hard_deadline: (s) => {
    s.deal.targetCloseDate = '2027-04-30'; // after the hard Q1 cut-off of 31 March 2027
  },
  severe_risk_unverified: (s) => {
    const risk = s.risks?.risks.find((r) => r.kind === 'risk');
    if (risk) risk.verification = '  ';
  },
  assumptions_unverified: (s) => {
    const assumption = s.risks?.risks.find((r) => r.kind === 'assumption');
    if (assumption) assumption.verified = false;
  },
  no_relationship_goal: (s) => {
    if (s.risks) s.risks.relationship.goal = 'not_set';
  },
  overdue_trust_actions: (s) => {
    const action = s.risks?.trustActions[0];
    if (action) action.due = '2026-05-31';
  },
  concession_budget_exceeded: (s) => {
    if (s.concessions) s.concessions.budget = { money: 3_004.99, points: null }; // ladder 3,000 + log 5
  },
  no_concession_budget: (s) => {
    if (s.concessions) s.concessions.budget = { money: null, points: null };
  },
  beyond_authority: (s) => {
    const step = s.anchors?.ladderSteps[0];
    if (step) step.value = 97_000; // above the 95k walk-away, below the rep's 100k floor
  },
  no_meeting_before_close: (s) => {
    const meeting = s.meetings?.meetings[0];
    if (meeting) meeting.date = '2027-02-15'; // after the close of 31 January 2027
  },
  agenda_over_time: (s) => {
    const meeting = s.meetings?.meetings[0];
    if (meeting) meeting.durationMinutes = 45; // 55 minutes of agenda
  },
  no_opening_statement: (s) => {
    const meeting = s.meetings?.meetings[0];
    if (meeting) meeting.opening = ' ';
  },
  disclosing_internal_values: (s) => {
    const meeting = s.meetings?.meetings[0];
    if (meeting) meeting.disclose = 'That we cannot go below €95k.'; // the reservation point
  },
  no_next_steps: (s) => {
    if (s.meetings) s.meetings.commitments = [];
  },
  no_explore_questions: (s) => {
    const item = s.meetings?.agendaItems.find((i) => i.phase === 'explore');
    if (item) item.phase = 'trade';
  },
  no_governance_long_term: (s) => {
    if (s.concessions)
      s.concessions.governance = { reviewCadence: 'none', metrics: '', changeProcess: '', exitTerms: '' };
  },
};

describe('readiness rules', () => {
  it('a well-prepared deal passes every rule', () => {
    const failing = READINESS_RULES.map((r) => runRule(r, readySnapshot())).filter((c) => c.status === 'fail');
    expect(failing.map((c) => `${c.id}: ${c.findings.join(' ')}`)).toEqual([]);
  });

  it('every rule has a firing case, a step to fix it and a plain explanation', () => {
    expect(Object.keys(FIRING).sort()).toEqual(READINESS_RULES.map((r) => r.id).sort());
    for (const r of READINESS_RULES) {
      expect(r.explanation.length).toBeGreaterThan(40);
      expect(r.title.length).toBeGreaterThan(5);
    }
  });

  it.each(Object.entries(FIRING))('%s fires on the deal that breaks it, and only then', (id, breakIt) => {
    const passing = runRule(rule(id), readySnapshot());
    expect(passing.status).toBe('pass');
    const broken = readySnapshot();
    breakIt(broken);
    const fired = runRule(rule(id), broken);
    expect(fired.status).toBe('fail');
    expect(fired.findings.length).toBeGreaterThan(0);
    for (const finding of fired.findings) expect(finding).toMatch(/\S/);
  });

  it('rules about areas a deal does not hold do not apply, instead of failing', () => {
    const s = readySnapshot();
    delete s.counterparty;
    delete s.leverage;
    delete s.anchors;
    delete s.concessions;
    delete s.meso;
    const statuses = Object.fromEntries(READINESS_RULES.map((r) => [r.id, runRule(r, s).status]));
    for (const id of [
      'no_decision_path',
      'key_stakeholder_without_interests',
      'who_loses_more_unknown',
      'anchor_without_evidence',
      'meso_not_equivalent',
      'meso_dominated',
      'meso_below_batna',
      'clause_not_measurable',
      'no_governance_long_term',
      'concession_without_ask',
    ]) {
      expect(statuses[id]).toBe('not_applicable');
    }
  });

  it('a key stakeholder whose interest is recorded under Interests and linked to them passes; unlinked it fails', () => {
    const s = readySnapshot();
    const cio = stakeholder({ name: 'Dana (CIO)', influence: 5, interests: '' });
    s.counterparty?.stakeholders.push(cio);
    const interest = { ...(s.interests.interests[0] as DealSnapshot['interests']['interests'][number]) };
    s.interests.interests = [{ ...interest, text: 'Fewer vendors to manage', stakeholderId: null }];
    const unlinked = runRule(rule('key_stakeholder_without_interests'), s);
    expect(unlinked.status).toBe('fail');
    expect(unlinked.findings).toEqual(['“Dana (CIO)” has no interests noted or linked.']);
    s.interests.interests = [{ ...interest, text: 'Fewer vendors to manage', stakeholderId: cio.id }];
    expect(runRule(rule('key_stakeholder_without_interests'), s).status).toBe('pass');
    // An empty interest row linked to them is not an interest yet.
    s.interests.interests = [{ ...interest, text: '  ', stakeholderId: cio.id }];
    expect(runRule(rule('key_stakeholder_without_interests'), s).status).toBe('fail');
  });

  it('a short-term sales deal needs no governance; a multi-year term makes it long-term', () => {
    const s = readySnapshot();
    s.issues = s.issues.map((i) => ({ ...i, category: 'other' as const }));
    if (s.concessions)
      s.concessions.governance = { reviewCadence: 'none', metrics: '', changeProcess: '', exitTerms: '' };
    expect(runRule(rule('no_governance_long_term'), s).status).toBe('not_applicable');
    s.issues.push(issue('Contract term', 5, 5, [['36 months', 50, 50]], { category: 'term' }));
    expect(runRule(rule('no_governance_long_term'), s).status).toBe('fail');
  });

  it('the reservation check follows the side: buying, a higher reservation than the BATNA is worse', () => {
    const s = readySnapshot();
    Object.assign(s.deal, { ourSide: 'buying' });
    Object.assign(s.batna, { ourValueMoney: 100, ourReservation: 90, ourTarget: 80, theirReservation: 85 });
    expect(runRule(rule('reservation_worse_than_batna'), s).status).toBe('pass');
    s.batna.ourReservation = 110;
    expect(runRule(rule('reservation_worse_than_batna'), s).status).toBe('fail');
  });
});

describe('readiness score', () => {
  const check = (severity: ReadinessCheck['severity'], status: ReadinessCheck['status']): ReadinessCheck => ({
    id: 'x',
    severity,
    step: 'batna',
    title: 't',
    explanation: 'e',
    status,
    findings: [],
  });

  it('is 100 with every step complete and no failing check', () => {
    const progress = { batna: { state: 'complete', reason: '' }, issues: { state: 'complete', reason: '' } } as const;
    expect(readinessScore([check('critical', 'pass')], progress).score).toBe(100);
  });

  it('counts started steps half, and takes each failing check’s penalty', () => {
    const progress = { batna: { state: 'started', reason: '' }, issues: { state: 'complete', reason: '' } } as const;
    expect(readinessScore([], progress).score).toBe(85);
    expect(readinessScore([check('warning', 'fail'), check('advice', 'fail')], progress).score).toBe(74);
  });

  it('is capped while a critical check fails, and never negative', () => {
    const progress = { batna: { state: 'complete', reason: '' } } as const;
    expect(readinessScore([check('critical', 'fail')], progress).score).toBe(CRITICAL_CAP);
    expect(
      readinessScore(Array(10).fill(check('critical', 'fail')), { batna: { state: 'empty', reason: '' } }).score,
    ).toBe(0);
  });

  it('a new empty deal scores low and lists its critical gaps first', () => {
    const s = readySnapshot();
    Object.assign(s.batna, { ourCourse: '', ourValueMoney: null });
    s.interests.interests = [];
    const readiness = assessReadiness(s);
    expect(readiness.score).toBeLessThanOrEqual(CRITICAL_CAP);
    expect(readiness.checks[0]?.severity).toBe('critical');
    expect(readiness.checks[0]?.status).toBe('fail');
  });
});

describe('one value, one place: the walk-away read by later steps', () => {
  it('flags the concession from which the running cost passes the walk-away, not the ones before', () => {
    const s = readySnapshot();
    const first = s.concessions?.concessions[0];
    if (!first || !s.concessions) throw new Error('fixture');
    s.concessions.concessions = [
      { ...first, id: 'a', item: 'Discount', valueToUs: 20_000 },
      { ...first, id: 'b', item: 'Withdrawn rebate', valueToUs: 50_000, status: 'withdrawn' },
      { ...first, id: 'c', item: 'Free training', valueToUs: 6_000 },
    ];
    // One rule for every move past the walk-away: the running cost is one of its findings.
    const running = (x: string[]) => x.filter((f) => f.includes('given away'));
    const fired = runRule(rule('beyond_walk_away'), s);
    expect(running(fired.findings)).toHaveLength(1);
    expect(running(fired.findings)[0]).toMatch(/“Free training”.*€26,000.*€25,000/);
    // Moving the walk-away on the BATNA step is seen at once: 30,000 of room holds all of it.
    s.batna.ourReservation = 90_000;
    expect(running(runRule(rule('beyond_walk_away'), s).findings)).toEqual([]);
  });

  it('judges MESO offers against the BATNA in points, and not at all without one', () => {
    const s = readySnapshot();
    s.batna.ourValuePoints = 60;
    expect(runRule(rule('meso_below_batna'), s).status).toBe('pass');
    s.batna.ourValuePoints = 60.5;
    expect(runRule(rule('meso_below_batna'), s).findings).toEqual([
      'Offer A is worth 60 points to you, below your BATNA (60.5).',
      'Offer B is worth 60 points to you, below your BATNA (60.5).',
    ]);
    s.batna.ourValuePoints = null;
    expect(runRule(rule('meso_below_batna'), s).status).toBe('not_applicable');
  });
});
