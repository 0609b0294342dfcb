import { formatDay } from '../documentFormat';
import { escapeMultiline, html, type SafeHtml, trusted } from '../html';
import {
  agendaTiming,
  agendaTimingLine,
  COMMITMENT_PARTY_LABELS,
  formatMinutes,
  MEETING_PHASE_LABELS,
  MEETING_PHASES,
} from '../meeting';
import type { DealSnapshot, SnapshotMeetings } from '../snapshot';

type PlannedMeeting = SnapshotMeetings['meetings'][number];

const dash = html`<span class="muted">—</span>`;
const multiline = (text: string) => trusted(escapeMultiline(text.trim()));

/** "Tue 1 Dec 2026 · 10:00 · 60 min · Their office". */
export function meetingFacts(m: PlannedMeeting): string {
  return [
    m.date ? formatDay(m.date) : 'No date yet',
    m.time || null,
    m.durationMinutes !== null ? formatMinutes(m.durationMinutes) : null,
    m.location.trim() || null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** "10:20": a clock time `minutes` after "HH:MM". */
const clockAfter = (start: string, minutes: number): string => {
  const [h, m] = start.split(':').map(Number);
  const total = ((h ?? 0) * 60 + (m ?? 0) + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
};

/** The questions under one agenda item: a linked diagnostic question's text, or the item's own words. */
function questionsOf(s: DealSnapshot, itemId: string): string[] {
  const planned = new Map(s.interests.questions.map((q) => [q.id, q.text]));
  return (s.meetings?.agendaQuestions ?? [])
    .filter((q) => q.agendaItemId === itemId)
    .map((q) => q.text.trim() || (q.questionId ? (planned.get(q.questionId) ?? '') : '').trim())
    .filter(Boolean);
}

/** The agenda as a table: time (clock times when the meeting has a start), item, phase, minutes, questions. */
export function agendaTable(s: DealSnapshot, m: PlannedMeeting): SafeHtml {
  const items = (s.meetings?.agendaItems ?? []).filter((i) => i.meetingId === m.id);
  if (items.length === 0) return html`<p class="muted">No agenda yet.</p>`;
  const timing = agendaTiming(items, m.durationMinutes);
  let elapsed = 0;
  const rows = items.map((item, k) => {
    const from = elapsed;
    elapsed += item.minutes ?? 0;
    const when = m.time ? `${clockAfter(m.time, from)}–${clockAfter(m.time, elapsed)}` : String(k + 1);
    const questions = questionsOf(s, item.id);
    return html`<tr><td class="num">${when}</td><td><strong>${item.title.trim() || 'Untitled item'}</strong>${
      item.notes.trim() ? html`<div class="small muted">${item.notes.trim()}</div>` : ''
    }${
      questions.length ? html`<ul class="questions">${questions.map((q) => html`<li>${q}</li>`)}</ul>` : ''
    }</td><td>${MEETING_PHASE_LABELS[item.phase]}</td><td class="num">${item.minutes !== null ? `${item.minutes} min` : dash}</td></tr>`;
  });
  const phases = MEETING_PHASES.filter((p) => timing.perPhase[p] > 0).map(
    (p) => `${MEETING_PHASE_LABELS[p]} ${formatMinutes(timing.perPhase[p])}`,
  );
  return html`<table class="agenda"><thead><tr><th class="num" style="width:17%">${m.time ? 'Time' : '#'}</th><th>Item · questions to ask</th><th style="width:22%">Phase</th><th class="num" style="width:11%">Time box</th></tr></thead><tbody>${rows}</tbody></table>
  <p class="small${timing.over > 0 ? ' over' : ''}">${timing.over > 0 ? html`<strong>Over time:</strong> ` : ''}${agendaTimingLine(timing)}${phases.length ? ` ${phases.join(' · ')}.` : ''}</p>`;
}

function commitmentsList(s: DealSnapshot, m: PlannedMeeting): SafeHtml {
  const list = (s.meetings?.commitments ?? []).filter((c) => c.meetingId === m.id);
  if (list.length === 0) return html`<p class="muted">No next steps planned.</p>`;
  return html`<ul class="plain">${list.map(
    (c) =>
      html`<li>${c.done ? '☑ ' : '☐ '}${c.text.trim() || 'Untitled next step'} <span class="muted small">— ${COMMITMENT_PARTY_LABELS[c.party]}${
        c.owner.trim() ? `: ${c.owner.trim()}` : ''
      }${c.due ? `, by ${formatDay(c.due)}` : ''}</span></li>`,
  )}</ul>`;
}

/** What we say and what we keep, side by side. */
function disclosure(m: PlannedMeeting): SafeHtml {
  return html`<div class="two"><div><h3>What we disclose</h3>${m.disclose.trim() ? html`<p>${multiline(m.disclose)}</p>` : html`<p class="muted">Nothing decided.</p>`}</div><div><h3>What we will not disclose</h3>${
    m.withhold.trim() ? html`<p>${multiline(m.withhold)}</p>` : html`<p class="muted">Nothing decided.</p>`
  }</div></div>`;
}

/** The plan's meeting section: every planned meeting with its opening, agenda, disclosure and next steps. */
export function meetingSection(s: DealSnapshot): SafeHtml | null {
  const meetings = s.meetings?.meetings ?? [];
  if (meetings.length === 0) return null;
  return html`${meetings.map(
    (
      m,
    ) => html`<div class="meeting"><h3>${m.title.trim() || 'Untitled meeting'} <span class="muted small">${meetingFacts(m)}</span></h3>
  ${m.opening.trim() ? html`<div class="callout"><strong>Opening:</strong> ${multiline(m.opening)}</div>` : ''}
  ${agendaTable(s, m)}
  ${disclosure(m)}
  <h3>Next steps we want committed</h3>${commitmentsList(s, m)}</div>`,
  )}`;
}

/** Which meeting a brief is for: the one asked for, else the next one from today, else the last planned. */
export function briefMeeting(s: DealSnapshot, meetingId?: string): PlannedMeeting | null {
  const meetings = s.meetings?.meetings ?? [];
  if (meetingId) return meetings.find((m) => m.id === meetingId) ?? null;
  const today = s.takenAt.slice(0, 10);
  const ahead = meetings
    .filter((m) => m.date !== null && m.date >= today)
    .sort((a, b) => `${a.date}${a.time}`.localeCompare(`${b.date}${b.time}`));
  return ahead[0] ?? meetings.at(-1) ?? null;
}

/** The body of the one-page meeting brief (the page itself is built in core/plan/document.ts). */
export function meetingBriefBody(s: DealSnapshot, m: PlannedMeeting | null, limits: SafeHtml | ''): SafeHtml {
  const counterparty = s.deal.counterparty.trim();
  if (!m) {
    return html`<div class="cover"><div><div class="eyebrow">Meeting brief</div><h1>${s.deal.title}</h1></div></div>
<p>No meeting is planned yet. Add one in the Meeting plan step.</p>`;
  }
  return html`<div class="cover brief-cover"><div><div class="eyebrow">Meeting brief${counterparty ? ` · with ${counterparty}` : ''}</div><h1>${m.title.trim() || 'Untitled meeting'}</h1><div class="facts">${meetingFacts(m)}</div></div></div>
<section id="opening"><h2>Opening statement</h2>${m.opening.trim() ? html`<p class="opening">${multiline(m.opening)}</p>` : html`<p class="muted">None written yet.</p>`}</section>
<section id="agenda"><h2>Agenda</h2>${agendaTable(s, m)}</section>
${disclosure(m)}
${limits}
<section id="next-steps"><h2>Next steps we want committed</h2>${commitmentsList(s, m)}</section>`;
}
