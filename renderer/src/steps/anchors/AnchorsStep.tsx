import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  type Anchor,
  anchorFieldsSchema,
  anchorWarnings,
  FIRST_MOVER_LABELS,
  FIRST_MOVERS,
  type LadderStep,
  ladderStepFieldsSchema,
} from '../../../../core/anchors';
import type { Deal } from '../../../../core/deal';
import type { EvidenceItem, EvidenceLink } from '../../../../core/evidence';
import { issueObjectivesOf, mainIssueSourceOf, type Objectives } from '../../../../core/objectives';
import { figure } from '../../../../core/scales';
import { errorMessage, useApi } from '../../api/hooks';
import { rowsApi, useRows } from '../../api/rows';
import { routeHref } from '../../app/route';
import { ConfirmDialog } from '../../ui/Dialog';
import { NumberField, SelectField, TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { useEvidenceLinking } from '../evidence/links';
import { useMoveChecks } from '../shared/moveChecks';
import { numberColumn, RowList, textColumn } from '../shared/RowList';
import { useRowActions } from '../shared/rowApi';
import '../shared/rowTables.css';
import { fieldSaver } from '../../ui/saveField';

const a = anchorFieldsSchema.shape;
const s = ladderStepFieldsSchema.shape;
const TARGET = figure('Target').nullable();

export function AnchorsStep({ deal }: { deal: Deal }) {
  const anchors = useRows('anchors', deal.id);
  const issues = useRows('issues', deal.id);
  const steps = useRows('ladderSteps', deal.id);
  // Walk-away and target live on the BATNA step (main issue) and the issue; the worksheet reads them, never copies them.
  const batna = useApi('batna.get', { dealId: deal.id });
  const evidence = useRows('evidence', deal.id);
  const links = useApi('evidenceLinks.list', { dealId: deal.id });
  const actions = useRowActions('anchors', deal.id);
  const client = useQueryClient();
  const toast = useToast();
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const issueList = issues.data ?? [];
  const anchorList = anchors.data ?? [];
  // Price first (the number most often anchored), then the order of Issues & options.
  const ordered = [...issueList].sort(
    (a, b) => Number(b.category === 'price') - Number(a.category === 'price') || a.position - b.position,
  );
  const checks = useMoveChecks(deal);
  const issueOfAnchor = new Map(anchorList.map((x) => [x.id, x.issueId]));
  const moves = checks.check(
    (steps.data ?? []).map((x) => ({ id: x.id, issueId: issueOfAnchor.get(x.anchorId) ?? null, value: x.value })),
  );
  const unlinked = anchorList.filter((a) => !a.issueId || !issueList.some((i) => i.id === a.issueId));

  const anchorIssue = async (issueId: string, name: string, isPrice: boolean) => {
    try {
      await actions.create({ issueId, issueLabel: name, unit: isPrice ? deal.currency : '' });
    } catch (failure) {
      toast({ tone: 'error', message: errorMessage(failure) });
    }
  };

  /** An issue the worksheet needs but Issues & options does not have yet: add it there, then anchor it. */
  const addIssueAndAnchor = async (name: string, category: 'price' | 'other') => {
    const parsed = a.issueLabel.min(1, 'Name the issue first').safeParse(name);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Invalid');
    try {
      const issue = await rowsApi('issues').create(deal.id, { name: parsed.data, category });
      await anchorIssue(issue.id, issue.name, category === 'price');
      setLabel('');
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      void client.invalidateQueries();
    }
  };

  const card = (anchor: Anchor, title: string, linked: boolean) => (
    <AnchorCard
      key={anchor.id}
      deal={deal}
      anchor={anchor}
      title={title}
      linked={linked}
      steps={(steps.data ?? []).filter((x) => x.anchorId === anchor.id)}
      evidence={evidence.data ?? []}
      links={links.data ?? []}
      objectives={issueObjectivesOf(issueList, mainIssueSourceOf(batna.data), deal.ourSide, anchor.issueId)}
      noMainIssue={batna.isSuccess && batna.data.mainIssueId === null}
      moves={moves}
    />
  );

  return (
    <div className="step-body wide">
      {issues.isSuccess && issueList.length === 0 && unlinked.length === 0 && (
        <div className="panel empty-panel">
          <p>
            Anchors sit on the issues from{' '}
            <a href={routeHref({ screen: 'workspace', dealId: deal.id, step: 'issues' })}>Issues &amp; options</a>.
            Start with price: your opening number, the range you can defend, and what each step down will cost them.
          </p>
          <div>
            <button type="button" className="primary" onClick={() => void addIssueAndAnchor('Price', 'price')}>
              Add price as an issue and anchor it
            </button>
          </div>
        </div>
      )}
      {ordered.map((issue) => {
        const anchor = anchorList.find((x) => x.issueId === issue.id);
        if (anchor) return card(anchor, issue.name || 'Unnamed issue', true);
        return (
          <div key={issue.id} className="panel unanchored">
            <span>
              <strong>{issue.name || 'Unnamed issue'}</strong> <span className="muted">has no anchor yet.</span>
            </span>
            <button type="button" onClick={() => void anchorIssue(issue.id, issue.name, issue.category === 'price')}>
              Set an anchor for {issue.name || 'this issue'}
            </button>
          </div>
        );
      })}
      {unlinked.map((anchor) => card(anchor, anchor.issueLabel || 'Unnamed issue', false))}
      <div className="add-anchor">
        <input
          aria-label="New issue to anchor"
          placeholder="Anchor an issue that is not listed yet: type its name, press Enter"
          value={label}
          onChange={(e) => {
            setLabel(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void addIssueAndAnchor(label, /price/i.test(label) ? 'price' : 'other');
            }
          }}
        />
        {error && (
          <p className="cell-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}

/**
 * An anchor's target is its issue's: the BATNA step's target for the deal's main issue, the
 * issue's own objective otherwise. The field edits it there (an update of the issue routes the main
 * issue's target to the BATNA step), so every step reads the one value.
 */
function AnchorTarget(props: {
  deal: Deal;
  anchor: Anchor;
  objectives: Objectives | null;
  noMainIssue: boolean;
  unit: string | undefined;
}) {
  const issues = useRowActions('issues', props.deal.id);
  const link = (step: 'batna' | 'issues', label: string) => (
    <a href={routeHref({ screen: 'workspace', dealId: props.deal.id, step })}>{label}</a>
  );
  const issueId = props.anchor.issueId;
  if (!issueId || !props.objectives) {
    return (
      <div className="field anchor-target">
        <div className="field-label-row">
          <span>Target</span>
        </div>
        <output className="anchor-target-value">Not set</output>
        <p className="field-hint">
          A target is kept on its issue: add this issue in {link('issues', 'Issues & options')}.
        </p>
      </div>
    );
  }
  return (
    <div className="anchor-target">
      <NumberField
        label="Target"
        value={props.objectives.target}
        schema={TARGET}
        save={(target) => issues.update(issueId, { target })}
        {...(props.unit ? { suffix: props.unit } : {})}
      />
      <p className="field-hint">
        {props.objectives.fromBatna ? (
          <>Kept on {link('batna', 'BATNA & reservation')} (main issue).</>
        ) : (
          <>Kept on the issue in {link('issues', 'Issues & options')}.</>
        )}
        {props.noMainIssue && <> No main issue chosen: {link('batna', 'choose it')}.</>}
      </p>
    </div>
  );
}

function AnchorCard(props: {
  deal: Deal;
  anchor: Anchor;
  title: string;
  linked: boolean;
  steps: LadderStep[];
  evidence: EvidenceItem[];
  links: EvidenceLink[];
  objectives: Objectives | null;
  noMainIssue: boolean;
  moves: Map<string, string[]>;
}) {
  const { anchor } = props;
  const actions = useRowActions('anchors', props.deal.id);
  const link = useEvidenceLinking();
  const [confirming, setConfirming] = useState(false);
  const save = (patch: Partial<Anchor>, expected?: Partial<Anchor>) => actions.update(anchor.id, patch, expected);
  const saveField = fieldSaver(save);
  const backing = props.links.filter((l) => l.target === 'anchor' && l.targetId === anchor.id);
  const warnings = anchorWarnings(anchor, props.steps, backing.length, props.objectives);
  const general = warnings.filter((w) => !w.stepId && w.code !== 'no_evidence');
  const noEvidence = warnings.find((w) => w.code === 'no_evidence');
  const unit = anchor.unit || undefined;
  const title = props.title;

  return (
    <section className="panel anchor-card" aria-label={`Anchor: ${title}`}>
      <header className="anchor-header">
        <h3>{title}</h3>
        <button type="button" className="icon-button danger-text" onClick={() => setConfirming(true)}>
          Delete anchor
        </button>
      </header>
      <div className="anchor-grid">
        {/* A linked anchor takes its name from the issue; rename it in Issues & options. */}
        {!props.linked && (
          <TextField label="Issue" value={anchor.issueLabel} schema={a.issueLabel} save={saveField('issueLabel')} />
        )}
        <TextField
          label="Unit"
          value={anchor.unit}
          schema={a.unit}
          save={saveField('unit')}
          placeholder="EUR, days, %"
        />
        <NumberField
          label="Opening anchor"
          value={anchor.opening}
          schema={a.opening}
          save={saveField('opening')}
          {...(unit ? { suffix: unit } : {})}
        />
        <NumberField
          label="Credible range: low"
          value={anchor.rangeLow}
          schema={a.rangeLow}
          save={saveField('rangeLow')}
          {...(unit ? { suffix: unit } : {})}
        />
        <NumberField
          label="Credible range: high"
          value={anchor.rangeHigh}
          schema={a.rangeHigh}
          save={saveField('rangeHigh')}
          {...(unit ? { suffix: unit } : {})}
        />
        <AnchorTarget
          deal={props.deal}
          anchor={anchor}
          objectives={props.objectives}
          noMainIssue={props.noMainIssue}
          unit={unit}
        />
        <NumberField
          label="Counter we expect"
          value={anchor.expectedCounter}
          schema={a.expectedCounter}
          save={saveField('expectedCounter')}
          {...(unit ? { suffix: unit } : {})}
        />
        <TextField
          label="About their counter"
          value={anchor.expectedCounterNote}
          schema={a.expectedCounterNote}
          save={saveField('expectedCounterNote')}
          placeholder="What they will say and why"
        />
        <SelectField
          label="Who should move first"
          value={anchor.firstMove}
          options={FIRST_MOVERS}
          labels={FIRST_MOVER_LABELS}
          save={saveField('firstMove')}
        />
        <TextField
          label="Why"
          value={anchor.firstMoveReason}
          schema={a.firstMoveReason}
          save={saveField('firstMoveReason')}
          placeholder="Who knows the market better? Who is more uncertain?"
        />
      </div>
      {general.length > 0 && (
        <ul className="warnings">
          {general.map((w) => (
            <li key={w.code} className="flag">
              {w.message}
            </li>
          ))}
        </ul>
      )}
      <TextField
        label="Fairness rationale"
        multiline
        value={anchor.rationale}
        schema={a.rationale}
        save={saveField('rationale')}
        hint="Why this number is fair, in words you would say to them."
      />
      <fieldset className="checklist">
        <legend>Evidence behind it</legend>
        {noEvidence && <p className="flag">{noEvidence.message}</p>}
        {props.evidence.length === 0 && <p className="muted">No evidence items yet: add them in the Evidence pack.</p>}
        {props.evidence.map((item) => (
          <label key={item.id} className="checkbox">
            <input
              type="checkbox"
              checked={backing.some((l) => l.evidenceId === item.id)}
              onChange={(e) => void link(item.id, 'anchor', anchor.id, e.target.checked)}
            />
            {item.title}
          </label>
        ))}
      </fieldset>
      <h4>Concession ladder</h4>
      <p className="panel-hint">
        Steps from the anchor towards the target. Each step is paid for by a conditional ask.
      </p>
      <RowList<LadderStep>
        table="ladderSteps"
        dealId={props.deal.id}
        rows={props.steps}
        caption={`Concession ladder for ${title}`}
        ordered
        addField="give"
        addDefaults={{ anchorId: anchor.id }}
        addLabel={`New ladder step for ${title}`}
        addPlaceholder="Add a step: what we give, press Enter"
        addSchema={s.give.min(1, 'Say what we give first')}
        describe={(x) => (x.give ? `“${x.give}”` : 'this step')}
        flags={(x) => [
          ...(props.moves.get(x.id) ?? []),
          ...warnings.filter((w) => w.stepId === x.id).map((w) => w.message),
        ]}
        columns={[
          numberColumn('value', `Move to${unit ? ` (${unit})` : ''}`, s.value, { width: '16%' }),
          textColumn('give', 'We give', s.give, { width: '36%' }),
          textColumn('ask', 'Only if they give', s.ask),
        ]}
        emptyText="No steps yet."
      />
      <ConfirmDialog
        open={confirming}
        title="Delete this anchor?"
        message={
          <>The anchor on “{title}” and its concession ladder will be deleted. You can undo this for a few seconds.</>
        }
        confirmLabel="Delete"
        danger
        onConfirm={() => {
          setConfirming(false);
          void actions.removeWithUndo(anchor.id, `the anchor on “${title}”`);
        }}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
