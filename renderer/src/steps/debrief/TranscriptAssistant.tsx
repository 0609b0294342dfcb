import { useState } from 'react';
import { MOMENT_PHASES, type MomentPhase, PHASE_LABELS } from '../../../../core/debrief/model';
import { findMomentType, type MomentType } from '../../../../core/debrief/momentCatalogue';
import type { Candidate } from '../../../../core/debrief/transcript';
import { TRANSCRIPT_RULES } from '../../../../core/debrief/transcript';
import { call } from '../../api/client';
import { errorMessage } from '../../api/hooks';
import { useToast } from '../../ui/Toasts';
import { useRowActions } from '../shared/rowApi';
import { EFFECT_LABELS, EFFECT_VALUES } from './MomentsPanel';

interface Proposal extends Candidate {
  key: string;
  editing: boolean;
  quote: string;
}

/**
 * Paste notes or a transcript; rules running on this machine propose moments, each with
 * the words that triggered it and why. Only accepted proposals become moments.
 */
export function TranscriptAssistant(props: { dealId: string; catalogue: MomentType[] }) {
  const [text, setText] = useState('');
  const [names, setNames] = useState('Me, Us');
  const [proposals, setProposals] = useState<Proposal[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const moments = useRowActions('debriefMoments', props.dealId);
  const toast = useToast();

  const analyse = async () => {
    setBusy(true);
    setError(null);
    try {
      const ourNames = names
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean);
      const found = await call('debrief.proposeMoments', { text, ourNames });
      setProposals(
        found.map((c, i) => ({ ...c, key: `${c.ruleId}-${c.lineIndex}-${i}`, editing: false, quote: c.line })),
      );
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const change = (key: string, patch: Partial<Proposal>) =>
    setProposals((list) => list?.map((p) => (p.key === key ? { ...p, ...patch } : p)) ?? null);
  const drop = (key: string) => setProposals((list) => list?.filter((p) => p.key !== key) ?? null);

  const accept = async (p: Proposal) => {
    try {
      await moments.create({
        phase: p.phase,
        typeKey: p.typeKey,
        quote: p.quote,
        effect: p.effect,
        lesson: p.lesson,
        ruleId: p.ruleId,
      });
      drop(p.key);
      toast({ message: `Added “${findMomentType(props.catalogue, p.typeKey).label}” to the timeline` });
    } catch (e) {
      toast({ tone: 'error', message: errorMessage(e) });
    }
  };

  return (
    <section className="panel" aria-labelledby="transcript-assistant">
      <h3 id="transcript-assistant">Transcript assistant</h3>
      <p className="panel-intro">
        Paste meeting notes or a transcript, one turn per line (“Me: …”, “Anna: …”; mark pauses as “[pause]”). Parley
        looks for known patterns on this computer and proposes moments; nothing is added until you accept it.
      </p>
      <div className="field">
        <label htmlFor="transcript-text">Notes or transcript</label>
        <textarea id="transcript-text" rows={8} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <div className="transcript-actions">
        <div className="field">
          <label htmlFor="transcript-names">Names used for your side</label>
          <input id="transcript-names" value={names} onChange={(e) => setNames(e.target.value)} />
          <p className="field-hint">Separated by commas. Every other speaker counts as the other side.</p>
        </div>
        <button type="button" className="primary" disabled={busy || !text.trim()} onClick={() => void analyse()}>
          Propose moments
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {proposals && proposals.length === 0 && (
        <p className="empty-panel">
          No known pattern found in these notes. You can still tag moments by hand. <RuleHelp />
        </p>
      )}
      {proposals && proposals.length > 0 && (
        <ol className="proposals" aria-label="Proposed moments">
          {proposals.map((p) => (
            <ProposalCard
              key={p.key}
              proposal={p}
              catalogue={props.catalogue}
              onChange={(patch) => change(p.key, patch)}
              onAccept={() => void accept(p)}
              onReject={() => drop(p.key)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function RuleHelp() {
  return (
    <details className="rule-help">
      <summary>What the assistant looks for</summary>
      <ul>
        {TRANSCRIPT_RULES.map((rule) => (
          <li key={rule.id}>{rule.summary}</li>
        ))}
      </ul>
    </details>
  );
}

function ProposalCard(props: {
  proposal: Proposal;
  catalogue: MomentType[];
  onChange: (patch: Partial<Proposal>) => void;
  onAccept: () => void;
  onReject: () => void;
}) {
  const { proposal: p, catalogue } = props;
  const type = findMomentType(catalogue, p.typeKey);
  const before = p.line.slice(0, p.highlight.start);
  const hit = p.line.slice(p.highlight.start, p.highlight.end);
  const after = p.line.slice(p.highlight.end);
  return (
    <li className={`proposal polarity-${type.polarity}`} data-proposal={p.typeKey}>
      <div className="proposal-head">
        <strong>{type.label}</strong>
        <span className="muted">
          {PHASE_LABELS[p.phase]} · line {p.lineIndex + 1}
        </span>
      </div>
      <blockquote className="proposal-quote">
        {before}
        <mark>{hit}</mark>
        {after}
      </blockquote>
      <p className="proposal-why">
        <span className="visually-hidden">Why: </span>
        {p.why}
      </p>
      {p.editing && (
        <div className="proposal-edit">
          <div className="field">
            <label htmlFor={`${p.key}-type`}>Type</label>
            <select
              id={`${p.key}-type`}
              value={p.typeKey}
              onChange={(e) => props.onChange({ typeKey: e.target.value })}
            >
              {catalogue
                .filter((t) => !t.archived)
                .map((t) => (
                  <option key={t.key} value={t.key}>
                    {t.label}
                  </option>
                ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${p.key}-phase`}>Phase</label>
            <select
              id={`${p.key}-phase`}
              value={p.phase}
              onChange={(e) => props.onChange({ phase: e.target.value as MomentPhase })}
            >
              {MOMENT_PHASES.map((phase) => (
                <option key={phase} value={phase}>
                  {PHASE_LABELS[phase]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${p.key}-effect`}>Effect on leverage</label>
            <select
              id={`${p.key}-effect`}
              value={String(p.effect)}
              onChange={(e) => props.onChange({ effect: Number(e.target.value) })}
            >
              {EFFECT_VALUES.map((v) => (
                <option key={v} value={v}>
                  {EFFECT_LABELS[v]}
                </option>
              ))}
            </select>
          </div>
          <div className="field proposal-wide">
            <label htmlFor={`${p.key}-quote`}>What was said or done</label>
            <textarea
              id={`${p.key}-quote`}
              rows={2}
              value={p.quote}
              onChange={(e) => props.onChange({ quote: e.target.value })}
            />
          </div>
          <div className="field proposal-wide">
            <label htmlFor={`${p.key}-lesson`}>Lesson</label>
            <input
              id={`${p.key}-lesson`}
              value={p.lesson}
              onChange={(e) => props.onChange({ lesson: e.target.value })}
            />
          </div>
        </div>
      )}
      <div className="proposal-actions">
        <button type="button" className="primary" onClick={props.onAccept}>
          Accept
        </button>
        {!p.editing && (
          <button type="button" onClick={() => props.onChange({ editing: true })}>
            Edit
          </button>
        )}
        <button type="button" onClick={props.onReject}>
          Reject
        </button>
      </div>
    </li>
  );
}
