import { describe, expect, it } from 'vitest';
import type { ObjectiveIssue } from '../../../core/objectives';
import { type AuthorityContext, approvalPath, approvalsNeeded } from '../../../core/team';

const price: ObjectiveIssue = {
  id: 'price',
  name: 'Licence fee',
  category: 'price',
  numericKind: 'money',
  unit: 'per_year',
  priority: 'must',
  walkAway: 400_000,
  target: 480_000,
  ideal: null,
  options: [],
};
const discount: ObjectiveIssue = {
  ...price,
  id: 'disc',
  name: 'Discount',
  numericKind: 'percent',
  walkAway: null,
  target: null,
};
const rep = { id: 'rep', name: 'Sam Rep', role: 'lead' as const, title: 'Account executive' };
const director = { id: 'dir', name: 'Dana Reyes', role: 'approver' as const, title: 'Sales director' };
const cfo = { id: 'cfo', name: '', role: 'approver' as const, title: '' };
const c: AuthorityContext = {
  issues: [price, discount],
  batna: { mainIssueId: null, ourReservation: null, ourTarget: null, betterDirection: null },
  ourSide: 'selling',
  currency: 'EUR',
  members: [rep, director, cfo],
  limits: [
    // Listed out of order on purpose: the path sorts by latitude.
    { id: 'l2', issueId: 'price', memberId: 'dir', limit: 408_000 },
    { id: 'l1', issueId: 'price', memberId: 'rep', limit: 441_600 },
    { id: 'd1', issueId: 'disc', memberId: 'rep', limit: 8 },
    { id: 'd2', issueId: 'disc', memberId: 'dir', limit: 15 },
    { id: 'd3', issueId: 'disc', memberId: 'cfo', limit: 25 },
  ],
};

describe('authority limits', () => {
  it('orders the approval path from least to most latitude, by the issue direction', () => {
    expect(approvalPath('price', c).path.map((s) => s.member?.id)).toEqual(['rep', 'dir']);
    // Selling: a discount is better for us when lower, so the smallest maximum is the tightest.
    expect(approvalPath('disc', c).path.map((s) => s.member?.id)).toEqual(['rep', 'dir', 'cfo']);
  });

  it('names who must approve a move beyond the rep, and nobody for a move within it', () => {
    const needs = approvalsNeeded(
      [
        { id: 'within', issueId: 'price', value: 450_000 },
        { id: 'director', issueId: 'price', value: 420_000 },
        { id: 'nobody', issueId: 'price', value: 390_000 },
        { id: 'disc12', issueId: 'disc', value: 12 },
        { id: 'disc20', issueId: 'disc', value: 20 },
        { id: 'noIssue', issueId: null, value: 1 },
      ],
      c,
    );
    expect(needs.map((n) => [n.rowId, n.approver === null ? null : n.approver?.id])).toEqual([
      ['director', 'dir'],
      ['nobody', null],
      ['disc12', 'dir'],
      ['disc20', 'cfo'],
    ]);
    expect(needs[0]?.text).toBe(
      "Licence fee: €420,000 per year is beyond Sam Rep (Account executive)'s authority — needs approval by Dana Reyes (Sales director)",
    );
    expect(needs[1]?.text).toContain('beyond every authority limit listed');
    expect(needs[3]?.text).toContain('needs approval by Approver');
  });

  it('a value exactly at the rep limit needs no approval', () => {
    expect(approvalsNeeded([{ id: 'x', issueId: 'price', value: 441_600 }], c)).toEqual([]);
  });
});
