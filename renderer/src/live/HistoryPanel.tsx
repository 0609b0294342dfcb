import type { MomentType } from '../../../core/debrief/momentCatalogue';
import type { Issue } from '../../../core/issues';
import { inOrder } from '../../../core/live/debriefDraft';
import { LIVE_PHASES, type LiveEntry, type LiveRevision } from '../../../core/live/model';
import { describePackage } from '../../../core/live/packages';
import { pts, timeOf } from './format';
import { Internal } from './opaque';
import type { ScoredLiveOffer } from './useLiveModel';

/** The offers as logged, newest first, each with what changed and a way to correct it. */
export function OfferHistory(props: {
  issues: readonly Issue[];
  scored: ScoredLiveOffer[];
  revisions: LiveRevision[];
  onCorrect?: (offer: ScoredLiveOffer) => void;
  onStrike?: (offer: ScoredLiveOffer) => void;
}) {
  return (
    <ol className="live-history" aria-label="Offers so far" reversed>
      {[...props.scored].reverse().map((s) => {
        const spoken = describePackage(props.issues, s.offer.choices);
        const earlier = props.revisions.filter((r) => r.rowId === s.offer.id).length;
        return (
          <li key={s.offer.id} className={`live-offer live-offer-${s.offer.side}`} data-testid="live-offer">
            <span className="live-offer-who">{s.offer.side === 'ours' ? 'Us' : 'Them'}</span>
            <span className="live-offer-terms">
              {spoken.length === 0 ? 'same as before' : spoken.map((p) => `${p.issue} ${p.option}`).join(' · ')}
            </span>
            <Internal>
              <span className="live-offer-values">
                {s.score.us === null || s.score.them === null
                  ? 'incomplete'
                  : `${pts(s.score.us)} / ${pts(s.score.them)}${s.score.onFrontier ? ' · frontier' : ''}`}
              </span>
            </Internal>
            <span className="live-offer-time">{timeOf(s.offer.createdAt)}</span>
            {earlier > 0 && <span className="live-corrected">corrected ×{earlier}</span>}
            {props.onCorrect && (
              <button type="button" className="link" onClick={() => props.onCorrect?.(s)}>
                Correct
              </button>
            )}
            {props.onStrike && (
              <button type="button" className="link" onClick={() => props.onStrike?.(s)}>
                Strike
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}

const phaseLabel = (key: string) => LIVE_PHASES.find((p) => p.key === key)?.label ?? key;

export function entryText(entry: LiveEntry, catalogue: readonly MomentType[]): string {
  switch (entry.kind) {
    case 'moment':
      return `Moment: ${catalogue.find((t) => t.key === entry.typeKey)?.label ?? entry.typeKey}${entry.text ? ` — ${entry.text}` : ''}`;
    case 'note':
      return `Note: ${entry.text}`;
    case 'concession':
      return `${entry.direction === 'received' ? 'They conceded' : 'We conceded'}: ${entry.text}${
        entry.ask ? ` — asked: ${entry.ask}` : entry.direction === 'given' ? ' — nothing asked back' : ''
      }`;
    case 'phase':
      return `Phase: ${phaseLabel(entry.phase)}`;
  }
}

/** Moments, notes, concessions and phase changes, newest first. */
export function EntryLog(props: {
  entries: LiveEntry[];
  catalogue: readonly MomentType[];
  onStrike?: (entry: LiveEntry) => void;
}) {
  return (
    <ol className="live-log" aria-label="Moments and notes">
      {inOrder(props.entries)
        .reverse()
        .map((e) => (
          <li key={e.id} className={`live-log-${e.kind}`} data-testid="live-entry">
            <span className="live-offer-time">{timeOf(e.createdAt)}</span>
            <span className="live-log-text">{entryText(e, props.catalogue)}</span>
            {e.revisions > 0 && <span className="live-corrected">corrected ×{e.revisions}</span>}
            {props.onStrike && (
              <button type="button" className="link" onClick={() => props.onStrike?.(e)}>
                Strike
              </button>
            )}
          </li>
        ))}
    </ol>
  );
}
