import { describe, expect, it } from 'vitest';
import { planContext } from '../../../core/plan/context';
import { meetingBriefDocument, planDocument, planFileName } from '../../../core/plan/document';
import { planSections } from '../../../core/plan/sections';
import { assessReadiness } from '../../../core/readiness';
import { readySnapshot } from '../../support/snapshots';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the meeting brief', () => {
  it('prints the opening, the agenda with clock times and time boxes, questions, disclosure and next steps', () => {
    const s = readySnapshot();
    const html = meetingBriefDocument(s);
    const body = text(html);
    expect(html).toContain('Internal — do not hand out');
    expect(body).toContain('Renewal workshop');
    expect(body).toContain('Thank you for the time.');
    expect(body).toContain('10:00–10:20 Their priorities for next year');
    expect(body).toContain('10:20–10:35 Two packages');
    expect(body).toContain('20 min');
    expect(body).toContain('What must go right this year?');
    expect(body).toContain('55 min of 1 h planned.');
    expect(body).toContain('Explore interests 20 min · Put MESOs on the table 15 min · Trade 20 min');
    expect(body).toContain('Our uptime figures and the reference customers.');
    expect(body).toContain('Send the two packages in writing');
    expect(body).toMatch(/Our numbers \(never said aloud\): Our target €120,000 · Walk away beyond €95,000/);
    expect(planFileName(s, 'meeting_brief')).toBe('ready-deal-meeting-brief.pdf');
  });

  it('names a linked diagnostic question by its text, and says when the agenda runs over', () => {
    const s = readySnapshot();
    const meetings = s.meetings;
    const question = s.interests.questions[0];
    if (!meetings || !question) throw new Error('fixture');
    meetings.agendaQuestions = [
      { id: 'q', agendaItemId: meetings.agendaItems[0]?.id ?? '', questionId: question.id, text: '' },
    ];
    const first = meetings.meetings[0];
    if (first) first.durationMinutes = 45;
    const body = text(meetingBriefDocument(s));
    expect(body).toContain(question.text);
    expect(body).toContain('Over time: 55 min planned, 10 min over the 45 min meeting.');
  });

  it('without a meeting says where to plan one', () => {
    const s = readySnapshot();
    delete s.meetings;
    expect(text(meetingBriefDocument(s))).toContain('No meeting is planned yet.');
  });
});

describe('the plan’s meeting section', () => {
  it('comes right after concessions, and is left out without meetings', () => {
    const s = readySnapshot();
    const ids = planSections(planContext(s, assessReadiness(s))).map((x) => x.id);
    expect(ids.indexOf('meeting')).toBe(ids.indexOf('concessions') + 1);
    expect(text(planDocument(s))).toContain('Meeting plan');
    delete s.meetings;
    expect(planSections(planContext(s, assessReadiness(s))).map((x) => x.id)).not.toContain('meeting');
  });
});
