import { useEffect, useRef, useState } from 'react';
import type { ShellBridge } from '../../../../api/shell';
import type { Deal } from '../../../../core/deal';
import type { PageSize } from '../../../../core/plan/styles';
import { call } from '../../api/client';
import { errorMessage, useApi } from '../../api/hooks';
import { useRows } from '../../api/rows';
import { useToast } from '../../ui/Toasts';
import { OfferSheetGuard } from './OfferSheetGuard';
import { printDocument } from './printDocument';
import { ReadinessPanel } from './ReadinessPanel';
import './plan.css';

declare global {
  interface Window {
    /** Present only inside Electron: Export PDF… with a save dialog. */
    parleyShell?: ShellBridge;
  }
}

type Kind = 'plan' | 'offer_sheet' | 'meeting_brief';
const TABS: { kind: Kind; label: string; hint: string }[] = [
  { kind: 'plan', label: 'Plan', hint: 'The internal plan for the deal review. Confidential.' },
  {
    kind: 'offer_sheet',
    label: 'Offer sheet',
    hint: 'For the other side: your MESO offers and the terms wording only — no BATNA, limits, scores or notes.',
  },
  {
    kind: 'meeting_brief',
    label: 'Meeting brief',
    hint: 'One page for the people in the room: opening statement, agenda with time boxes and questions, what to say and keep back, our numbers, next steps. Internal — do not hand out.',
  },
];

const FRAME_TITLES: Record<Kind, string> = {
  plan: 'Plan preview',
  offer_sheet: 'Offer sheet preview',
  meeting_brief: 'Meeting brief preview',
};

/** Progress text shows only when the export is not instant. */
function useSlowFlag(active: boolean, afterMs = 300): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!active) {
      setSlow(false);
      return;
    }
    const timer = setTimeout(() => setSlow(true), afterMs);
    return () => clearTimeout(timer);
  }, [active, afterMs]);
  return slow;
}

export function PlanStep({ deal }: { deal: Deal }) {
  const [kind, setKind] = useState<Kind>('plan');
  const [pageSize, setPageSize] = useState<PageSize>('A4');
  const [busy, setBusy] = useState<null | 'print' | 'export'>(null);
  const slow = useSlowFlag(busy !== null);
  const toast = useToast();
  const readiness = useApi('plan.readiness', { dealId: deal.id });
  const meetings = useRows('meetings', deal.id);
  const [meetingId, setMeetingId] = useState<string | null>(null);
  // The brief of the meeting chosen here; without a choice, the API picks the next meeting.
  const briefOf = kind === 'meeting_brief' && meetingId ? { meetingId } : {};
  // Open review comments (a shared deal) go into the internal plan only when asked, never elsewhere.
  const shared = useApi('team.status', { dealId: deal.id }).data?.shared;
  const [withComments, setWithComments] = useState(false);
  const commentsOf = (which: Kind) => (which === 'plan' && shared && withComments ? { includeComments: true } : {});
  const doc = useApi('plan.document', { dealId: deal.id, kind, pageSize, ...briefOf, ...commentsOf(kind) });
  const shell = window.parleyShell;
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const leaks = doc.data?.leaks ?? [];
  // The offer sheet goes out only once every internal value found on it is fixed or confirmed.
  const unsettled = kind === 'offer_sheet' && leaks.some((l) => !confirmed.has(l.id));
  const guardFirst = () => {
    toast({ message: 'Check the internal values found on the offer sheet first.', tone: 'error' });
  };

  const print = async (which: Kind = kind) => {
    if (which === 'offer_sheet' && unsettled) return guardFirst();
    setBusy('print');
    try {
      const html =
        which === kind && doc.data
          ? doc.data.html
          : (await call('plan.document', { dealId: deal.id, kind: which, pageSize, ...briefOf, ...commentsOf(which) }))
              .html;
      await printDocument(html);
    } catch (error) {
      toast({ message: `Printing failed: ${errorMessage(error)}`, tone: 'error' });
    } finally {
      setBusy(null);
    }
  };

  const exportPdf = async (which: Kind = kind) => {
    if (!shell) return;
    if (which === 'offer_sheet' && unsettled) return guardFirst();
    setBusy('export');
    try {
      const result = await shell.exportPdf({
        dealId: deal.id,
        kind: which,
        pageSize,
        ...briefOf,
        ...commentsOf(which),
      });
      if (!result.ok) toast({ message: result.message, tone: 'error' });
      else if (result.path) toast({ message: `Saved ${result.path}` });
    } catch (error) {
      toast({ message: `Export failed: ${errorMessage(error)}`, tone: 'error' });
    } finally {
      setBusy(null);
    }
  };

  // File ▸ Export PDF… / Print… act on the document shown here.
  const handler = useRef({ print, exportPdf });
  handler.current = { print, exportPdf };
  useEffect(
    () =>
      window.parleyShell?.onMenuCommand((command) => {
        if (command === 'export-pdf') void handler.current.exportPdf();
        else void handler.current.print();
      }),
    [],
  );

  const tab = TABS.find((t) => t.kind === kind) ?? TABS[0];
  return (
    <div className="plan-step">
      {readiness.isError ? (
        <div className="banner banner-error" role="alert">
          {errorMessage(readiness.error)}
        </div>
      ) : readiness.data ? (
        <ReadinessPanel readiness={readiness.data} dealId={deal.id} />
      ) : (
        <p className="loading">Checking readiness…</p>
      )}
      <section className="panel plan-preview" aria-label="Printable documents">
        <div className="plan-toolbar">
          <div className="plan-tabs" role="tablist" aria-label="Document">
            {TABS.map((t) => (
              <button
                key={t.kind}
                type="button"
                role="tab"
                aria-selected={t.kind === kind}
                className={t.kind === kind ? 'active' : ''}
                onClick={() => setKind(t.kind)}
              >
                {t.label}
              </button>
            ))}
          </div>
          {kind === 'meeting_brief' && (meetings.data?.length ?? 0) > 1 && (
            <label className="plan-size">
              Meeting{' '}
              <select value={meetingId ?? ''} onChange={(e) => setMeetingId(e.target.value || null)}>
                <option value="">The next one</option>
                {meetings.data?.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.title.trim() || 'Untitled meeting'}
                  </option>
                ))}
              </select>
            </label>
          )}
          {kind === 'plan' && shared && (
            <label className="plan-size">
              <input type="checkbox" checked={withComments} onChange={(e) => setWithComments(e.target.checked)} />{' '}
              Include open comments
            </label>
          )}
          <label className="plan-size">
            Paper{' '}
            <select value={pageSize} onChange={(e) => setPageSize(e.target.value as PageSize)}>
              <option value="A4">A4</option>
              <option value="Letter">US Letter</option>
            </select>
          </label>
          <div className="plan-actions">
            <button type="button" onClick={() => void print()} disabled={busy !== null || !doc.data || unsettled}>
              Print…
            </button>
            {shell && (
              <button
                type="button"
                className="primary"
                onClick={() => void exportPdf()}
                disabled={busy !== null || unsettled}
              >
                Export PDF…
              </button>
            )}
          </div>
        </div>
        <p className="panel-intro">
          {tab?.hint}
          {shell ? '' : ' To save a PDF, choose Print… and then “Save as PDF” as the printer.'}
        </p>
        {kind === 'offer_sheet' && (
          <OfferSheetGuard
            dealId={deal.id}
            leaks={leaks}
            confirmed={confirmed}
            onConfirm={(id) => setConfirmed((current) => new Set(current).add(id))}
          />
        )}
        {slow && (
          <p className="plan-progress" role="status">
            {busy === 'export' ? 'Preparing the PDF…' : 'Preparing the document for printing…'}
          </p>
        )}
        {doc.isError ? (
          <div className="banner banner-error" role="alert">
            {errorMessage(doc.error)}
          </div>
        ) : doc.data ? (
          // No script runs in the preview: sandbox="" with nothing allowed.
          <iframe
            className="plan-frame"
            title={FRAME_TITLES[kind]}
            sandbox=""
            srcDoc={doc.data.html}
            data-testid="plan-frame"
          />
        ) : (
          <p className="loading">Building the document…</p>
        )}
      </section>
    </div>
  );
}
