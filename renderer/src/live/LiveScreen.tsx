import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LiveChoices, LiveEntryFields, LiveSide } from '../../../core/live/model';
import { carryOver } from '../../../core/live/packages';
import { nextPhase, phaseTimes } from '../../../core/live/phases';
import { scoreOffer } from '../../../core/live/score';
import { walkAwayWarnings } from '../../../core/live/walkAway';
import { call } from '../api/client';
import { errorMessage } from '../api/hooks';
import { navigate, routeHref } from '../app/route';
import { AuthorityField } from './AuthorityField';
import { DancePanel } from './DancePanel';
import { EndSessionDialog } from './EndSessionDialog';
import { timeOf } from './format';
import { EntryLog, OfferHistory } from './HistoryPanel';
import { OfferEntry, type OfferEntryHandle } from './OfferEntry';
import { OfferScoreCard } from './OfferScoreCard';
import { Internal, OpaqueProvider, useOpaqueState } from './opaque';
import { PhaseBar } from './PhaseBar';
import { momentKeys, SideEntries, type SideEntriesHandle } from './SideEntries';
import { useLiveKeys } from './useLiveKeys';
import { useLiveModel } from './useLiveModel';
import './live.css';

interface Draft {
  side: LiveSide;
  picks: LiveChoices;
  /** Set while an earlier offer is being corrected. */
  correcting: string | null;
}
const EMPTY_DRAFT: Draft = { side: 'theirs', picks: {}, correcting: null };
const draftKey = (sessionId: string) => `parley.live.draft.${sessionId}`;

/**
 * At the table: log each offer as it is spoken and see at once what it is worth, where it
 * stands against the plan and how the dance is going. Keyboard first; every entry is saved
 * the moment it is made (the in-progress offer too, in this browser's storage).
 */
export function LiveScreen({ dealId }: { dealId: string }) {
  const model = useLiveModel(dealId);
  const client = useQueryClient();
  const [opaque, toggleOpaque] = useOpaqueState();
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [confirming, setConfirming] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [ending, setEnding] = useState(false);
  const [endBusy, setEndBusy] = useState(false);
  const [endError, setEndError] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const entry = useRef<OfferEntryHandle>(null);
  const side = useRef<SideEntriesHandle>(null);
  const authority = useRef<HTMLInputElement>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const sessionId = model.view?.session.id ?? null;
  const authorityPoints = model.view?.session.authorityPoints ?? null;

  // The offer being typed survives a reload or a crash of the page.
  useEffect(() => {
    if (!sessionId) return;
    try {
      const stored = window.localStorage.getItem(draftKey(sessionId));
      if (stored) setDraft({ ...EMPTY_DRAFT, ...(JSON.parse(stored) as Draft) });
    } catch {
      // A damaged draft is dropped; every logged offer is in the database.
    }
  }, [sessionId]);
  useEffect(() => {
    if (!sessionId) return;
    try {
      window.localStorage.setItem(draftKey(sessionId), JSON.stringify(draft));
    } catch {
      // Storage refused: the draft lives in memory only.
    }
  }, [draft, sessionId]);

  /** Writes run one after another, in the order they were entered. */
  const save = useCallback(
    <T,>(write: () => Promise<T>, what: string): Promise<T | null> => {
      const run = queue.current.then(write).then(
        (value) => {
          setSaved(`${what} saved ${timeOf(new Date().toISOString())}`);
          setError(null);
          void client.invalidateQueries({ queryKey: ['live.session'] });
          return value;
        },
        (failure: unknown) => {
          setError(`${what} was not saved: ${errorMessage(failure)}`);
          return null;
        },
      );
      queue.current = run;
      return run;
    },
    [client],
  );

  const scored = model.scored;
  const previous = useMemo(() => {
    if (draft.correcting) {
      const index = scored.findIndex((s) => s.offer.id === draft.correcting);
      return index > 0 ? (scored[index - 1]?.full ?? {}) : {};
    }
    return scored.at(-1)?.full ?? {};
  }, [scored, draft.correcting]);
  const draftFull = carryOver(previous, draft.picks);
  const draftScore = model.plan ? scoreOffer(model.plan, draftFull, model.frontier) : null;
  const warnings =
    draft.side === 'ours' && draftScore && model.issues
      ? walkAwayWarnings(model.issues, draftScore, authorityPoints)
      : [];

  const phase = model.view
    ? phaseTimes(model.view.session.startedAt, model.view.entries, Date.now()).current
    : 'explore';
  const addEntry = (fields: Partial<LiveEntryFields> & Pick<LiveEntryFields, 'kind'>, what: string) =>
    sessionId
      ? save(() => call('live.addEntry', { sessionId, fields: { phase, ...fields } }), what)
      : Promise.resolve(null);

  const commit = (picks: LiveChoices) => {
    if (!sessionId) return;
    const finalScore = model.plan ? scoreOffer(model.plan, carryOver(previous, picks), model.frontier) : null;
    const finalWarnings =
      draft.side === 'ours' && finalScore && model.issues
        ? walkAwayWarnings(model.issues, finalScore, authorityPoints)
        : [];
    if (finalWarnings.length > 0 && !confirming) {
      setDraft((d) => ({ ...d, picks }));
      setConfirming(true);
      return;
    }
    const fields = { side: draft.side, choices: picks, note: '' };
    const correcting = draft.correcting;
    void save(
      () =>
        correcting
          ? call('live.correctOffer', { id: correcting, patch: { side: fields.side, choices: picks } })
          : call('live.addOffer', { sessionId, fields }),
      correcting ? 'Correction' : 'Offer',
    );
    setConfirming(false);
    // The next offer usually comes from the other side.
    setDraft({ side: draft.side === 'ours' ? 'theirs' : 'ours', picks: {}, correcting: null });
    entry.current?.clear();
  };

  useLiveKeys({
    offer: (s) => entry.current?.start(s),
    toggleOpaque,
    note: () => side.current?.focusNote(),
    concession: () => side.current?.focusConcession(),
    authority: () => authority.current?.focus(),
    nextPhase: () => {
      const next = nextPhase(phase);
      if (next !== phase) void addEntry({ kind: 'phase', phase: next }, 'Phase');
    },
    tag: (index) => {
      const type = momentKeys(model.catalogue)[index];
      if (type) void addEntry({ kind: 'moment', typeKey: type.key }, `Moment “${type.label}”`);
    },
    end: () => setEnding(true),
    help: () => setHelp((h) => !h),
  });

  if (model.failed) {
    return (
      <div className="screen">
        <div className="banner banner-error" role="alert">
          {model.failed} <a href={routeHref({ screen: 'workspace', dealId, step: null })}>Back to the deal</a>
        </div>
      </div>
    );
  }
  if (!model.deal || !model.issues || !model.view || !model.plan) return <p className="loading">Opening the table…</p>;
  const { deal, issues, view } = model;
  const latest = scored.at(-1);

  return (
    <OpaqueProvider value={opaque}>
      <div className={`live ${opaque ? 'live-opaque' : ''}`}>
        <header className="live-bar">
          <a className="live-back" href={routeHref({ screen: 'workspace', dealId, step: null })}>
            ← {deal.title}
          </a>
          <h1>At the table</h1>
          <PhaseBar dealId={dealId} startedAt={view.session.startedAt} entries={view.entries} />
          <button type="button" className={opaque ? 'primary' : ''} aria-pressed={opaque} onClick={toggleOpaque}>
            {opaque ? 'Opaque on' : 'Opaque off'} <kbd>H</kbd>
          </button>
          <button type="button" onClick={() => setEnding(true)}>
            End <kbd>E</kbd>
          </button>
        </header>
        <p className="live-status" role="status" data-testid="live-status">
          {error ? <span className="danger-text">{error}</span> : (saved ?? 'Every entry is saved as you make it.')}
          {model.frontierError && <span className="danger-text"> Frontier: {model.frontierError}</span>}
        </p>
        {help && (
          <p className="live-help">
            <kbd>O</kbd> our offer · <kbd>T</kbd> their offer · <kbd>1</kbd>–<kbd>9</kbd> tag a moment · <kbd>N</kbd>{' '}
            note · <kbd>C</kbd> concession · <kbd>A</kbd> authority limit · <kbd>P</kbd> next phase · <kbd>H</kbd> or{' '}
            <kbd>Alt</kbd>+<kbd>H</kbd> opaque · <kbd>E</kbd> end · <kbd>Esc</kbd> leave a field
          </p>
        )}
        <div className="live-grid">
          <div className="live-col">
            <OfferEntry
              ref={entry}
              issues={issues}
              side={draft.side}
              picks={draft.picks}
              previous={previous}
              correcting={draft.correcting !== null}
              onSide={(s) => setDraft((d) => ({ ...d, side: s }))}
              onPick={(issueId, optionId) => {
                setConfirming(false);
                setDraft((d) => {
                  const { [issueId]: _old, ...rest } = d.picks;
                  return { ...d, picks: optionId ? { ...rest, [issueId]: optionId } : rest };
                });
              }}
              onCommit={commit}
              onCancel={() => {
                setConfirming(false);
                setDraft((d) => ({ ...d, picks: {}, correcting: null }));
              }}
              onLoad={(s, choices, offerId) => setDraft({ side: s, picks: choices, correcting: offerId })}
            />
            <OfferScoreCard
              title="The offer being entered"
              issues={issues}
              choices={draftFull}
              score={Object.keys(draft.picks).length > 0 ? draftScore : null}
              frontierKnown={model.frontier !== null}
              warnings={warnings}
              confirmWarnings={confirming}
            />
            {latest && (
              <OfferScoreCard
                title={`Latest: ${latest.offer.side === 'ours' ? 'our' : 'their'} offer`}
                issues={issues}
                choices={latest.full}
                score={latest.score}
                frontierKnown={model.frontier !== null}
              />
            )}
            <Internal>
              <AuthorityField
                ref={authority}
                points={authorityPoints}
                onSave={(points) =>
                  save(() => call('live.setAuthority', { sessionId: view.session.id, points }), 'Authority limit')
                }
              />
            </Internal>
          </div>
          <div className="live-col">
            <Internal>
              <DancePanel dance={model.dance} frontier={model.frontier} ourBatnaPoints={model.plan.ourBatnaPoints} />
            </Internal>
            <OfferHistory
              issues={issues}
              scored={scored}
              revisions={view.revisions}
              onCorrect={(s) => entry.current?.load(s.offer.side, s.offer.choices, s.offer.id)}
              onStrike={(s) => void save(() => call('live.strikeOffer', { id: s.offer.id }), 'Strike-out')}
            />
          </div>
          <div className="live-col live-col-narrow">
            <SideEntries
              ref={side}
              catalogue={model.catalogue}
              concessions={model.concessions}
              onNote={(text) => addEntry({ kind: 'note', text }, 'Note')}
              onConcession={async (fields) => {
                await addEntry({ kind: 'concession', ...fields }, 'Concession');
                void client.invalidateQueries({ queryKey: ['rows.list', { table: 'concessions' }] });
              }}
            />
            <EntryLog
              entries={view.entries.filter((e) => e.kind !== 'phase')}
              catalogue={model.catalogue}
              onStrike={(e) => void save(() => call('live.strikeEntry', { id: e.id }), 'Strike-out')}
            />
          </div>
        </div>
        {ending && (
          <EndSessionDialog
            open={ending}
            view={view}
            issues={issues}
            catalogue={model.catalogue}
            busy={endBusy}
            error={endError}
            onCancel={() => setEnding(false)}
            onConfirm={async (input) => {
              setEndBusy(true);
              setEndError(null);
              try {
                await queue.current;
                await call('live.fillDebrief', { sessionId: view.session.id, ...input });
                window.localStorage.removeItem(draftKey(view.session.id));
                await client.invalidateQueries();
                setEnding(false);
                navigate({ screen: 'workspace', dealId, step: 'debrief' });
              } catch (failure) {
                setEndError(errorMessage(failure));
              } finally {
                setEndBusy(false);
              }
            }}
          />
        )}
      </div>
    </OpaqueProvider>
  );
}
