import { useMemo, useState } from 'react';
import type { Batna } from '../../../../core/batna';
import type { Deal } from '../../../../core/deal';
import { type ChartPoint, frontierChart } from '../../../../core/frontierChart';
import type { Issue } from '../../../../core/issues';
import type { MesoAnalysisInput, Suggestion } from '../../../../core/mesoAnalysis';
import { type MesoGrid, mesoSettingsFieldsSchema, type OfferChoices } from '../../../../core/mesoOffers';
import { errorMessage, useApi, useApiMutation } from '../../api/hooks';
import { useRows } from '../../api/rows';
import { Dialog } from '../../ui/Dialog';
import { NumberField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import '../steps.css';
import './meso.css';
import { useRowActions } from '../shared/rowApi';
import { FrontierChart } from './FrontierChart';
import { runMesoTask, useMesoAnalysis } from './mesoTasks';
import { formatPoints, OfferGrid } from './OfferGrid';
import { OfferSheetDetails } from './OfferSheetDetails';
import { useOfferMoney } from './useOfferMoney';

const settingsFields = mesoSettingsFieldsSchema.shape;

export function MesoStep({ deal }: { deal: Deal }) {
  const grid = useApi('meso.grid', { dealId: deal.id });
  const issues = useRows('issues', deal.id);
  const batna = useApi('batna.get', { dealId: deal.id });
  if (grid.isPending || issues.isPending || batna.isPending) return <p className="loading">Loading offers…</p>;
  const error = grid.error ?? issues.error ?? batna.error;
  if (error || !grid.data || !issues.data || !batna.data) {
    return <div className="banner banner-error">{errorMessage(error)}</div>;
  }
  return <MesoWorkspace deal={deal} grid={grid.data} issues={issues.data} batna={batna.data} />;
}

function MesoWorkspace(props: { deal: Deal; grid: MesoGrid; issues: Issue[]; batna: Batna }) {
  const { deal, grid, issues, batna } = props;
  const input = useMemo<MesoAnalysisInput>(
    () => ({
      issues,
      offers: grid.offers.map((o) => ({
        id: o.id,
        kind: o.kind,
        label: o.label,
        fromName: o.fromName,
        choices: o.choices,
      })),
      settings: grid.settings,
      batna: {
        ourValuePoints: batna.ourValuePoints,
        ourValueMoney: batna.ourValueMoney,
        theirValueMoney: batna.theirValueMoney,
      },
    }),
    [issues, grid, batna.ourValuePoints, batna.ourValueMoney, batna.theirValueMoney],
  );
  const { analysis, stale, ms, where, error } = useMesoAnalysis(input);
  const ready = analysis?.ready ? analysis : null;
  const scores = useMemo(() => new Map((ready?.offers ?? []).map((s) => [s.id, s])), [ready]);
  const drawing = useMemo(() => (ready ? frontierChart(ready) : null), [ready]);
  const money = useOfferMoney(deal, issues, batna, grid.offers);
  const updateSettings = useApiMutation('meso.updateSettings');
  const offers = useRowActions('mesoOffers', deal.id);
  const [adding, setAdding] = useState(false);
  const apply = useApiMutation('meso.applySuggestions');
  const toast = useToast();
  const fail = (e: unknown) => toast({ tone: 'error', message: errorMessage(e) });
  const [suggesting, setSuggesting] = useState(false);
  const [asking, setAsking] = useState<Suggestion | null>(null);

  const ours = grid.offers.filter((o) => o.kind === 'ours');
  const received = grid.offers.filter((o) => o.kind === 'received');
  const saveSettings = (patch: Parameters<typeof updateSettings.mutateAsync>[0]['patch']) =>
    updateSettings.mutateAsync({ dealId: deal.id, patch });

  const addPackage = (choices: OfferChoices) => {
    setAdding(true);
    offers
      .create({ kind: 'ours', choices })
      .then((offer) => toast({ message: `Added the package as offer ${offer.label}.` }))
      .catch(fail)
      .finally(() => setAdding(false));
  };

  const applySuggestion = async (suggestion: Suggestion, replaceEdited: boolean) => {
    setAsking(null);
    try {
      const result = await apply.mutateAsync({
        dealId: deal.id,
        packages: suggestion.packages.map((p) => p.choice),
        replaceEdited,
      });
      const parts = [
        `Suggested ${suggestion.packages.length} offer(s) worth about ${formatPoints(suggestion.target)} to you.`,
      ];
      if (result.keptEdited > 0) parts.push(`${result.keptEdited} offer(s) you edited were kept as they were.`);
      if (suggestion.shortfall) parts.push(suggestion.shortfall);
      toast({ message: parts.join(' '), durationMs: 10_000 });
    } catch (e) {
      fail(e);
    }
  };

  const suggest = async () => {
    setSuggesting(true);
    try {
      const { value } = await runMesoTask<Suggestion>('suggest', input);
      if (value.packages.length === 0) {
        toast({ tone: 'error', message: value.shortfall ?? 'No package fits.' });
        return;
      }
      const editedInTheWay = ours.some((o) => o.editedByUser);
      if (editedInTheWay) setAsking(value);
      else await applySuggestion(value, false);
    } catch (e) {
      fail(e);
    } finally {
      setSuggesting(false);
    }
  };

  const describe = (point: ChartPoint) => {
    const choice = point.choice ?? grid.offers.find((o) => o.id === point.key)?.choices ?? {};
    return issues.flatMap((issue) => {
      const optionId = choice[issue.id];
      if (!optionId) return [];
      return [
        {
          issue: issue.name || 'Untitled issue',
          option: issue.options.find((o) => o.id === optionId)?.label || 'Untitled option',
        },
      ];
    });
  };

  const target = ready?.target;
  return (
    <div
      className="step-body meso-step"
      data-compute-ms={ms === null ? undefined : ms.toFixed(1)}
      data-compute-where={where ?? undefined}
    >
      <section className="panel" aria-labelledby="meso-offers-heading">
        <div className="meso-heading">
          <h3 id="meso-offers-heading">Our offers</h3>
          {ready?.equivalent ? (
            <span className="badge badge-ok" data-testid="equivalent-badge">
              Equivalent for us: within {formatPoints(ready.spread ?? 0)} points of each other
              {ready.onTarget ? ' and of the target' : `, ${formatPoints(ready.target.target)} is the target`}
            </span>
          ) : ours.length >= 2 && ready ? (
            <span className="badge badge-warn">
              Not equivalent yet
              {ready.spread === null
                ? ': complete every offer'
                : `: ${formatPoints(ready.spread)} points apart, tolerance ${formatPoints(ready.tolerance)}`}
            </span>
          ) : null}
          {ready && ready.dominated.length > 0 && (
            <span className="badge badge-warn" data-testid="dominated-badge">
              Beaten for both sides: {ready.dominated.map((o) => o.label).join(', ')}
            </span>
          )}
          {ready && ready.belowBatna.length > 0 && (
            <span className="badge badge-warn" data-testid="below-batna-badge">
              Below your BATNA: {ready.belowBatna.map((o) => o.label).join(', ')}
            </span>
          )}
        </div>
        <p className="panel-intro">
          Put two to four offers on the table at once, each worth about the same to you but built differently. Which one
          they prefer tells you what they value.
        </p>
        <div className="meso-settings">
          <NumberField
            label="Target value to us"
            value={grid.settings.targetPoints}
            schema={settingsFields.targetPoints}
            suffix="pts"
            save={(targetPoints) => saveSettings({ targetPoints })}
            hint={
              target
                ? `Blank: ${formatPoints(target.defaultTarget)}, midway between ${formatPoints(target.reservation)} (${batna.ourValuePoints === null ? 'worst package' : 'your BATNA'}) and ${formatPoints(target.aspiration)} (best package).`
                : 'Blank: midway between your walk-away value and the best package.'
            }
          />
          <NumberField
            label="Tolerance"
            value={grid.settings.tolerance}
            schema={settingsFields.tolerance.nullable().refine((v) => v !== null, 'Enter a tolerance')}
            suffix="± pts"
            save={(tolerance) => (tolerance === null ? Promise.resolve() : saveSettings({ tolerance }))}
            hint="How far from the target an offer may be and still count as equal."
          />
          <NumberField
            label="Never below"
            value={grid.settings.floorPoints}
            schema={settingsFields.floorPoints}
            suffix="pts"
            save={(floorPoints) => saveSettings({ floorPoints })}
            hint={
              batna.ourValuePoints === null
                ? 'Blank: no floor.'
                : `Blank: your BATNA, ${formatPoints(batna.ourValuePoints)} points.`
            }
          />
          <NumberField
            label="Offers to suggest"
            value={grid.settings.suggestCount}
            schema={settingsFields.suggestCount.nullable().refine((v) => v !== null, 'Enter a number from 2 to 6')}
            save={(suggestCount) => (suggestCount === null ? Promise.resolve() : saveSettings({ suggestCount }))}
          />
          <div className="meso-suggest">
            <button type="button" className="primary" onClick={() => void suggest()} disabled={!ready || suggesting}>
              {suggesting ? 'Suggesting…' : 'Suggest offers'}
            </button>
          </div>
        </div>
        {analysis && !analysis.ready && (
          <div className="empty-panel" role="note">
            <p>{analysis.reason}</p>
          </div>
        )}
        {error && <div className="banner banner-error">{error}</div>}
        {ready && ready.skippedIssues.length > 0 && (
          <p className="field-warning">
            Left out until their options are scored for both sides: {ready.skippedIssues.join(', ')}.
          </p>
        )}
        <OfferGrid
          dealId={deal.id}
          kind="ours"
          offers={ours}
          issues={issues}
          scores={scores}
          stale={stale}
          money={money}
          onAddPackage={(c) => void addPackage(c)}
        />
      </section>

      <section className="panel" aria-labelledby="meso-chart-heading">
        <h3 id="meso-chart-heading">Frontier</h3>
        <p className="panel-intro">
          Every point is a package. On the frontier, no other package is better for both sides at once; anything below
          or left of it leaves value on the table.
          {ready && ready.frontierSize > ready.frontier.length
            ? ` The frontier has ${ready.frontierSize} packages; ${ready.frontier.length} are shown.`
            : ''}
        </p>
        {drawing && ready ? (
          <>
            <FrontierChart
              drawing={drawing}
              describe={describe}
              onAdd={(c) => void addPackage(c)}
              canAdd={!adding}
              stale={stale}
            />
            <ul className="meso-notes muted">
              {ready.reference.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className="muted">{analysis ? 'The chart appears once packages can be valued.' : 'Computing…'}</p>
        )}
      </section>

      <section className="panel" aria-labelledby="meso-received-heading">
        <h3 id="meso-received-heading">Received offers</h3>
        <p className="panel-intro">
          Packages the other side proposed — or, when you buy, each supplier’s bundle — scored with the same weights. If
          a package exists that is better for both of you, it is shown under the offer.
        </p>
        <OfferGrid
          dealId={deal.id}
          kind="received"
          offers={received}
          issues={issues}
          scores={scores}
          stale={stale}
          money={money}
          onAddPackage={(c) => void addPackage(c)}
        />
      </section>

      <OfferSheetDetails settings={grid.settings} save={saveSettings} />

      <ReplaceEditedDialog
        suggestion={asking}
        edited={ours.filter((o) => o.editedByUser).map((o) => o.label)}
        onReplace={(s) => void applySuggestion(s, true)}
        onKeep={(s) => void applySuggestion(s, false)}
        onCancel={() => setAsking(null)}
      />
    </div>
  );
}

function ReplaceEditedDialog(props: {
  suggestion: Suggestion | null;
  edited: string[];
  onReplace: (s: Suggestion) => void;
  onKeep: (s: Suggestion) => void;
  onCancel: () => void;
}) {
  const { suggestion } = props;
  return (
    <Dialog open={suggestion !== null} title="Replace offers you edited?" onClose={props.onCancel}>
      <p className="dialog-message">
        You changed {props.edited.length === 1 ? 'offer' : 'offers'} {props.edited.join(', ')} by hand. Replace{' '}
        {props.edited.length === 1 ? 'it' : 'them'} with suggestions too (a name you gave goes back to a letter), or
        keep your edits and fill only the other offers (adding new ones where needed)?
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="button" onClick={() => suggestion && props.onReplace(suggestion)}>
          Replace my edits
        </button>
        <button type="button" className="primary" onClick={() => suggestion && props.onKeep(suggestion)}>
          Keep my edits
        </button>
      </div>
    </Dialog>
  );
}
