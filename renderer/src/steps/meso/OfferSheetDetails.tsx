import { type MesoSettings, mesoSettingsFieldsSchema } from '../../../../core/mesoOffers';
import { DateField, TextField } from '../../ui/fields';

const fields = mesoSettingsFieldsSchema.shape;

/** What the counterpart-safe offer sheet says about itself: sender, date, validity, basis. */
export function OfferSheetDetails(props: {
  settings: MesoSettings;
  save: (patch: Partial<MesoSettings>) => Promise<unknown>;
}) {
  const { settings, save } = props;
  return (
    <section className="panel" aria-labelledby="offer-sheet-heading">
      <h3 id="offer-sheet-heading">Offer sheet details</h3>
      <p className="panel-intro">Printed at the top of the offer sheet the other side receives (Plan step).</p>
      <div className="form-columns">
        <TextField
          label="From (sender)"
          value={settings.offerSender}
          schema={fields.offerSender}
          placeholder="Name, role, company"
          save={(offerSender) => save({ offerSender })}
        />
        <DateField
          label="Offer date"
          value={settings.offerDate}
          schema={fields.offerDate}
          save={(offerDate) => save({ offerDate })}
        />
        <DateField
          label="Valid until"
          value={settings.offerValidUntil}
          schema={fields.offerValidUntil}
          save={(offerValidUntil) => save({ offerValidUntil })}
        />
      </div>
      <TextField
        label="Basis of the prices"
        multiline
        rows={2}
        value={settings.offerBasis}
        schema={fields.offerBasis}
        placeholder="e.g. 14 000 pallets a year over 3 lanes, 24-month term"
        hint="Volumes, term and scope the offers assume."
        save={(offerBasis) => save({ offerBasis })}
      />
    </section>
  );
}
