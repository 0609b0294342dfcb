import {
  type Batna,
  type BatnaPatch,
  BETTER_DIRECTIONS,
  batnaFieldsSchema,
  CONFIDENCE_LABELS,
  CONFIDENCE_LEVELS,
  DIRECTION_LABELS,
  resolveDirection,
  scaleUnitLabel,
} from '../../../../core/batna';
import { type BatnaCheck, batnaChecks } from '../../../../core/batnaChecks';
import type { Deal } from '../../../../core/deal';
import { computeZopa, explainZopa, zopaDrawing } from '../../../../core/zopa';
import { errorMessage, useApi, useApiMutation } from '../../api/hooks';
import { useRows } from '../../api/rows';
import { NumberField, OptionalSelectField, TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { amountFormatter } from '../format';
import '../steps.css';
import { fieldSaver } from '../../ui/saveField';
import { BatnaActions } from './BatnaActions';
import { ZopaPicture } from './ZopaPicture';

const fields = batnaFieldsSchema.shape;
const SIDE_WORDS = { buying: 'we buy', selling: 'we sell', other: 'no side' } as const;

export function BatnaStep({ deal }: { deal: Deal }) {
  const batna = useApi('batna.get', { dealId: deal.id });
  const issues = useRows('issues', deal.id);
  const update = useApiMutation('batna.update');
  if (batna.isPending) return <p className="loading">Loading…</p>;
  if (batna.isError) return <div className="banner banner-error">{errorMessage(batna.error)}</div>;
  const save = (patch: BatnaPatch) => update.mutateAsync({ dealId: deal.id, patch });
  return <BatnaForm deal={deal} batna={batna.data} issues={issues.data ?? []} save={save} />;
}

function BatnaForm(props: {
  deal: Deal;
  batna: Batna;
  issues: { id: string; name: string; category: string }[];
  save: (patch: BatnaPatch) => Promise<unknown>;
}) {
  const { deal, batna, save } = props;
  const saveField = fieldSaver(save);
  const toast = useToast();
  const mainIssue = props.issues.find((i) => i.id === batna.mainIssueId) ?? null;
  const unit = scaleUnitLabel(batna.scaleUnit, deal.currency);
  const scaleIsMoney = unit.toUpperCase() === deal.currency;
  const format = amountFormatter(deal.currency, batna.scaleUnit);
  const money = amountFormatter(deal.currency, '');
  const direction = resolveDirection(batna.betterDirection, deal.ourSide);
  const zopaInput = {
    direction,
    ourReservation: batna.ourReservation,
    ourTarget: batna.ourTarget,
    theirReservation: batna.theirReservation,
    theirTarget: batna.theirTarget,
  };
  const zopa = computeZopa(zopaInput);
  const explanation = explainZopa(zopa, direction, format);
  const checks = batnaChecks(batna, direction, scaleIsMoney, money);
  const warning = (field: BatnaCheck['field']) =>
    checks
      .filter((c) => c.field === field)
      .map((c) => c.message)
      .join(' ') || undefined;
  const issueName = mainIssue ? mainIssue.name || 'Untitled issue' : 'Price';

  return (
    <div className="step-body batna-step">
      <section className="panel" aria-labelledby="our-batna">
        <h3 id="our-batna">Our BATNA</h3>
        <p className="panel-intro">
          What you will actually do if this deal does not happen — a real, available course, not a hope.
        </p>
        <div className="form-columns">
          <TextField
            label="Next-best course"
            value={batna.ourCourse}
            schema={fields.ourCourse}
            save={saveField('ourCourse')}
            placeholder="e.g. renew with the current supplier"
          />
          <NumberField
            label="Value"
            value={batna.ourValueMoney}
            schema={fields.ourValueMoney}
            save={saveField('ourValueMoney')}
            suffix={deal.currency}
            hint="What the alternative is worth (or costs) in money."
          />
          <NumberField
            label="Value in points"
            value={batna.ourValuePoints}
            schema={fields.ourValuePoints}
            save={saveField('ourValuePoints')}
            suffix="pts"
            hint="The same alternative on the 0–100 scale of your issue scores."
          />
          <NumberField
            label="Switching cost"
            value={batna.ourSwitchingCost}
            schema={fields.ourSwitchingCost}
            save={saveField('ourSwitchingCost')}
            suffix={deal.currency}
            hint="What moving to the alternative would cost you."
          />
          <TextField
            label="Risk"
            value={batna.ourRisk}
            schema={fields.ourRisk}
            save={saveField('ourRisk')}
            placeholder="What could go wrong with it"
          />
          <TextField
            label="Timing"
            value={batna.ourTiming}
            schema={fields.ourTiming}
            save={saveField('ourTiming')}
            placeholder="When it would be available"
          />
          <OptionalSelectField
            label="Confidence"
            value={batna.ourConfidence}
            options={CONFIDENCE_LEVELS}
            labels={CONFIDENCE_LABELS}
            save={saveField('ourConfidence')}
            warning={warning('ourConfidence')}
          />
        </div>
        <TextField
          label="Description"
          multiline
          rows={3}
          value={batna.ourDescription}
          schema={fields.ourDescription}
          save={saveField('ourDescription')}
        />
        <BatnaActions dealId={deal.id} />
      </section>

      <section className="panel" aria-labelledby="their-batna">
        <h3 id="their-batna">Their BATNA (our estimate)</h3>
        <p className="panel-intro">
          What they would do without you. Say how sure you are, and what the estimate rests on.
        </p>
        <div className="form-columns">
          <NumberField
            label="Their BATNA value"
            value={batna.theirValueMoney}
            schema={fields.theirValueMoney}
            save={saveField('theirValueMoney')}
            suffix={deal.currency}
          />
          <NumberField
            label="Their switching cost"
            value={batna.theirSwitchingCost}
            schema={fields.theirSwitchingCost}
            save={saveField('theirSwitchingCost')}
            suffix={deal.currency}
            hint="What leaving their current course (moving to you, or away) would cost them."
          />
          <OptionalSelectField
            label="Confidence in the estimate"
            value={batna.theirConfidence}
            options={CONFIDENCE_LEVELS}
            labels={CONFIDENCE_LABELS}
            save={saveField('theirConfidence')}
            warning={warning('theirConfidence')}
          />
        </div>
        <TextField
          label="Their BATNA"
          multiline
          rows={3}
          value={batna.theirDescription}
          schema={fields.theirDescription}
          save={saveField('theirDescription')}
          placeholder="e.g. stay with their in-house team for another year"
        />
        <TextField
          label="Evidence"
          multiline
          rows={3}
          value={batna.theirEvidence}
          schema={fields.theirEvidence}
          save={saveField('theirEvidence')}
          hint="What you heard, saw or looked up that supports this estimate."
        />
      </section>

      <section className="panel" aria-labelledby="reservation">
        <h3 id="reservation">Reservation points and targets — {issueName}</h3>
        <p className="panel-intro">
          Measured on the deal's main numeric issue. Your reservation point is the worst you would still accept; past
          it, your BATNA is better.
        </p>
        <div className="form-columns">
          <label className="field">
            <span className="field-label-text">Main issue</span>
            <select
              value={batna.mainIssueId ?? ''}
              onChange={(e) =>
                void save({ mainIssueId: e.target.value || null }).catch((error: unknown) =>
                  toast({ tone: 'error', message: errorMessage(error) }),
                )
              }
              aria-label="Main issue"
            >
              <option value="">Price (in {deal.currency})</option>
              {props.issues.map((issue) => (
                <option key={issue.id} value={issue.id}>
                  {issue.name || 'Untitled issue'}
                </option>
              ))}
            </select>
          </label>
          <TextField
            label="Unit"
            value={batna.scaleUnit}
            schema={fields.scaleUnit}
            save={saveField('scaleUnit')}
            placeholder={deal.currency}
            hint="Leave empty for money in the deal's currency; otherwise e.g. days, months, %."
          />
          <OptionalSelectField
            label="Which way is better"
            value={batna.betterDirection}
            options={BETTER_DIRECTIONS}
            labels={DIRECTION_LABELS}
            emptyLabel={
              deal.ourSide === 'other'
                ? 'Choose…'
                : `${resolveDirection(null, deal.ourSide) === 'lower' ? 'Lower' : 'Higher'} is better (${SIDE_WORDS[deal.ourSide]})`
            }
            hint="Follows the deal's side unless you choose otherwise."
            save={saveField('betterDirection')}
          />
        </div>
        <div className="reservation-grid">
          <NumberField
            label="Our reservation point"
            value={batna.ourReservation}
            schema={fields.ourReservation}
            save={saveField('ourReservation')}
            suffix={unit}
            warning={warning('ourReservation')}
          />
          <NumberField
            label="Our target"
            value={batna.ourTarget}
            schema={fields.ourTarget}
            save={saveField('ourTarget')}
            suffix={unit}
            warning={warning('ourTarget')}
          />
          <NumberField
            label="Their reservation point (estimate)"
            value={batna.theirReservation}
            schema={fields.theirReservation}
            save={saveField('theirReservation')}
            suffix={unit}
          />
          <NumberField
            label="Their target (estimate)"
            value={batna.theirTarget}
            schema={fields.theirTarget}
            save={saveField('theirTarget')}
            suffix={unit}
          />
        </div>
        <figure className="zopa-figure">
          <ZopaPicture
            drawing={zopaDrawing(zopaInput, zopa)}
            status={zopa.status}
            format={format}
            description={explanation}
          />
          <figcaption className={`zopa-caption zopa-caption-${zopa.status}`} data-testid="zopa-explanation">
            {explanation}
          </figcaption>
        </figure>
      </section>
    </div>
  );
}
