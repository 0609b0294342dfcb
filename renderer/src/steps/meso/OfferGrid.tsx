import { useEffect, useState } from 'react';
import type { Issue } from '../../../../core/issues';
import type { OfferScore } from '../../../../core/mesoAnalysis';
import { type MesoOffer, type OfferKind, offerFieldsSchema } from '../../../../core/mesoOffers';
import { errorMessage, useApiMutation } from '../../api/hooks';
import { TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { useDeleteWithUndo } from '../../ui/useDeleteWithUndo';
import { useRowActions } from '../shared/rowApi';
import { type OfferMoney, OfferMoneyRows } from './OfferMoneyRows';

export const formatPoints = (n: number) =>
  (Math.round(n * 10) / 10).toLocaleString(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const signed = (n: number) => `${n > 0.05 ? '+' : n < -0.05 ? '−' : '±'}${formatPoints(Math.abs(n))}`;

/** Issue → option label lines where `better` differs from `offer`. */
export function packageDifferences(issues: readonly Issue[], from: Record<string, string>, to: Record<string, string>) {
  return issues.flatMap((issue) => {
    const target = to[issue.id];
    if (!target || target === from[issue.id]) return [];
    const label = (id: string | undefined) =>
      issue.options.find((o) => o.id === id)?.label || (id ? 'untitled option' : 'nothing chosen');
    return [{ issue: issue.name || 'Untitled issue', from: label(from[issue.id]), to: label(target) }];
  });
}

/**
 * One grid of offers: a column per offer, a row per issue, each cell picking an option.
 * The footer shows what each offer is worth to both sides, from the engine's analysis.
 */
export function OfferGrid(props: {
  dealId: string;
  kind: OfferKind;
  offers: MesoOffer[];
  issues: Issue[];
  scores: Map<string, OfferScore>;
  stale: boolean;
  money: Map<string, OfferMoney>;
  onAddPackage: (choice: Record<string, string>) => void;
}) {
  const { kind, offers, issues, scores } = props;
  const rows = useRowActions('mesoOffers', props.dealId);
  const toast = useToast();
  const fail = (error: unknown) => toast({ tone: 'error', message: errorMessage(error) });
  const deletion = useDeleteWithUndo<MesoOffer>({
    table: 'mesoOffers',
    what: kind === 'ours' ? 'offer' : 'received offer',
    describe: (offer) => offer.label,
    isEmpty: (offer) => Object.keys(offer.choices).length === 0,
    remove: (offer) => rows.remove(offer.id),
    restore: (row) => rows.restore(row.id),
    rows: offers,
  });
  const noun = kind === 'ours' ? 'offer' : 'received offer';

  return (
    <div className="meso-grid-wrap">
      <table
        className={`meso-grid meso-grid-${kind} ${props.stale ? 'stale' : ''}`}
        aria-label={kind === 'ours' ? 'Our offers' : 'Received offers'}
      >
        <thead>
          <tr>
            <th scope="col" className="meso-issue-head">
              Issue
            </th>
            {offers.map((offer) => (
              <th scope="col" key={offer.id} className="meso-offer-head">
                <div className="meso-offer-name">
                  <TextField
                    label={`Name of ${noun} ${offer.label}`}
                    labelHidden
                    value={offer.label}
                    schema={offerFieldsSchema.shape.label}
                    save={(label) => rows.update(offer.id, { label })}
                  />
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Delete ${noun} ${offer.label}`}
                    title={`Delete ${noun}`}
                    onClick={() => deletion.request(offer)}
                  >
                    ×
                  </button>
                </div>
                {kind === 'ours' && offer.editedByUser && <span className="edited-mark">edited by you</span>}
              </th>
            ))}
            <th scope="col" className="meso-add-col">
              <button type="button" className="add-row" onClick={() => rows.create({ kind }).catch(fail)}>
                + Add {noun}
              </button>
            </th>
          </tr>
          {kind === 'received' && offers.length > 0 && (
            <tr>
              <th scope="row" className="meso-issue-name">
                From
              </th>
              {offers.map((offer) => (
                <td key={offer.id}>
                  <TextField
                    label={`Who proposed ${offer.label}`}
                    labelHidden
                    value={offer.fromName}
                    placeholder="Counterparty or supplier"
                    schema={offerFieldsSchema.shape.fromName}
                    save={(fromName) => rows.update(offer.id, { fromName })}
                  />
                </td>
              ))}
              <td />
            </tr>
          )}
        </thead>
        <tbody>
          {issues.map((issue) => (
            <tr key={issue.id}>
              <th scope="row" className="meso-issue-name">
                {issue.name || 'Untitled issue'}
                <span className="meso-weights muted">
                  weight {formatPoints(issue.weightUs)} / {formatPoints(issue.weightThem)}
                </span>
              </th>
              {offers.map((offer) => (
                <td key={offer.id}>
                  <ChoiceCell offer={offer} issue={issue} missing={scores.get(offer.id)?.missing.includes(issue.id)} />
                </td>
              ))}
              <td />
            </tr>
          ))}
        </tbody>
        {offers.length > 0 && (
          <tfoot>
            <tr>
              <th scope="row">Value to us</th>
              {offers.map((offer) => (
                <td key={offer.id} data-testid={`value-us-${offer.label}`}>
                  <Value score={scores.get(offer.id)} side="us" />
                </td>
              ))}
              <td />
            </tr>
            <OfferMoneyRows offers={offers} money={props.money} />
            <tr>
              <th scope="row">Value to them (est.)</th>
              {offers.map((offer) => (
                <td key={offer.id}>
                  <Value score={scores.get(offer.id)} side="them" />
                </td>
              ))}
              <td />
            </tr>
            {kind === 'ours' ? (
              <tr>
                <th scope="row">Difference from target</th>
                {offers.map((offer) => {
                  const score = scores.get(offer.id);
                  return (
                    <td
                      key={offer.id}
                      className={score && !score.withinTolerance && score.fromTarget !== null ? 'outside' : ''}
                    >
                      {score?.fromTarget == null ? '—' : signed(score.fromTarget)}
                    </td>
                  );
                })}
                <td />
              </tr>
            ) : null}
            <tr>
              <th scope="row">{kind === 'ours' ? 'On the frontier?' : 'Better for both?'}</th>
              {offers.map((offer) => (
                <td key={offer.id} className="meso-better-cell">
                  <BetterDeal
                    score={scores.get(offer.id)}
                    offer={offer}
                    issues={issues}
                    kind={kind}
                    onAdd={props.onAddPackage}
                  />
                </td>
              ))}
              <td />
            </tr>
          </tfoot>
        )}
      </table>
      {deletion.dialog}
    </div>
  );
}

function Value({ score, side }: { score: OfferScore | undefined; side: 'us' | 'them' }) {
  if (!score) return <span className="muted">…</span>;
  const value = score[side];
  if (value === null) {
    return <span className="muted">{score.missing.length} issue(s) to pick</span>;
  }
  if (side === 'us' && score.kind === 'ours' && score.belowBatna) {
    return (
      <>
        <strong>{formatPoints(value)}</strong>
        <span className="below-batna" role="note">
          Below your BATNA: no deal is worth more to you
        </span>
      </>
    );
  }
  return <strong>{formatPoints(value)}</strong>;
}

function BetterDeal(props: {
  score: OfferScore | undefined;
  offer: MesoOffer;
  issues: Issue[];
  kind: OfferKind;
  onAdd: (choice: Record<string, string>) => void;
}) {
  const { score } = props;
  if (!score || score.us === null || score.them === null) return <span className="muted">—</span>;
  const better = score.betterDeal;
  if (!better) return <span className="efficient">On the frontier: nothing beats it for both sides.</span>;
  const changes = packageDifferences(props.issues, props.offer.choices, better.choice);
  const list = (
    <ul>
      {changes.map((change) => (
        <li key={change.issue}>
          {change.issue}: <strong>{change.to}</strong> instead of {change.from}
        </li>
      ))}
    </ul>
  );
  if (props.kind === 'ours' && better.strictlyBetter) {
    // Dominated: presenting it gives value away for both sides.
    return (
      <div className="better-deal dominated" role="note">
        <p>
          <strong>Dominated:</strong> {signed(better.us - score.us)} for us and {signed(better.them - score.them)} for
          them are possible with
        </p>
        {list}
        <UseBetterPackage offer={props.offer} choice={better.choice} />
      </div>
    );
  }
  if (props.kind === 'ours') {
    // Our offers sit at the target on purpose; say quietly that the frontier is higher.
    return (
      <details className="below-frontier">
        <summary>
          Below the frontier: {signed(better.us - score.us)} for us and {signed(better.them - score.them)} for them are
          possible
        </summary>
        {list}
      </details>
    );
  }
  return (
    <div className="better-deal" role="note">
      <p>
        <strong>
          {better.strictlyBetter ? 'A better deal for both exists' : 'A deal at least as good for both exists'}:
        </strong>{' '}
        {formatPoints(better.us)} to us ({signed(better.us - score.us)}), {formatPoints(better.them)} to them (
        {signed(better.them - score.them)}).
      </p>
      {list}
      <button type="button" className="link-button" onClick={() => props.onAdd(better.choice)}>
        Add it as our offer
      </button>
    </div>
  );
}

/** One click puts the better package into the offer, issue by issue. */
function UseBetterPackage({ offer, choice }: { offer: MesoOffer; choice: Record<string, string> }) {
  const setChoice = useApiMutation('meso.setChoice');
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const use = async () => {
    setBusy(true);
    try {
      for (const [issueId, optionId] of Object.entries(choice)) {
        if (offer.choices[issueId] !== optionId) await setChoice.mutateAsync({ offerId: offer.id, issueId, optionId });
      }
    } catch (error) {
      toast({ tone: 'error', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="link-button" disabled={busy} onClick={() => void use()}>
      Use the better package in {offer.label}
    </button>
  );
}

/** A cell shows the pick at once; the grid re-reads after the save. */
function ChoiceCell({ offer, issue, missing }: { offer: MesoOffer; issue: Issue; missing: boolean | undefined }) {
  const setChoice = useApiMutation('meso.setChoice');
  const toast = useToast();
  const stored = offer.choices[issue.id] ?? '';
  const [draft, setDraft] = useState(stored);
  useEffect(() => setDraft(stored), [stored]);
  return (
    <select
      className={`meso-choice ${missing && draft ? 'unscored' : ''}`}
      aria-label={`${offer.label}: ${issue.name || 'Untitled issue'}`}
      value={draft}
      onChange={(event) => {
        const optionId = event.target.value;
        setDraft(optionId);
        setChoice.mutateAsync({ offerId: offer.id, issueId: issue.id, optionId: optionId || null }).catch((error) => {
          setDraft(stored);
          toast({ tone: 'error', message: errorMessage(error) });
        });
      }}
    >
      <option value="">— choose —</option>
      {issue.options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.label || 'Untitled option'}
          {option.ourScore === null || option.theirScore === null ? ' (not scored)' : ''}
        </option>
      ))}
    </select>
  );
}
