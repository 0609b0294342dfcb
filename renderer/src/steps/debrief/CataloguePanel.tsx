import { useState } from 'react';
import {
  customMomentTypeFieldsSchema,
  type MomentType,
  POLARITIES,
  POLARITY_LABELS,
  type Polarity,
} from '../../../../core/debrief/momentCatalogue';
import { errorMessage, useApiMutation } from '../../api/hooks';
import { SelectField, TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';

const fields = customMomentTypeFieldsSchema.shape;

/** The moment catalogue: built-in types to read, the user's own to add, rename or retire. */
export function CataloguePanel({ catalogue }: { catalogue: MomentType[] }) {
  const add = useApiMutation('momentTypes.add');
  const update = useApiMutation('momentTypes.update');
  const toast = useToast();
  const [label, setLabel] = useState('');
  const [polarity, setPolarity] = useState<Polarity>('negative');
  const own = catalogue.filter((t) => !t.builtIn);
  const submit = async () => {
    try {
      await add.mutateAsync({ label, description: '', polarity });
      setLabel('');
    } catch (error) {
      toast({ tone: 'error', message: errorMessage(error) });
    }
  };
  return (
    <details className="panel catalogue">
      <summary>
        <h3>Moment catalogue</h3>
        <span className="muted">
          {catalogue.filter((t) => t.builtIn).length} built-in types, {own.filter((t) => !t.archived).length} of your
          own
        </span>
      </summary>
      <dl className="catalogue-list">
        {catalogue
          .filter((t) => t.builtIn)
          .map((t) => (
            <div key={t.key} className={`polarity-${t.polarity}`}>
              <dt>{t.label}</dt>
              <dd>
                {t.description} <span className="muted">({POLARITY_LABELS[t.polarity]})</span>
              </dd>
            </div>
          ))}
      </dl>
      {own.length > 0 && (
        <ul className="own-types">
          {own.map((t) => (
            <li key={t.key} className={t.archived ? 'archived' : ''}>
              <TextField
                label="Type name"
                value={t.label}
                schema={fields.label}
                save={(value) => update.mutateAsync({ id: t.key, patch: { label: value } })}
              />
              <TextField
                label="Description"
                value={t.description}
                schema={fields.description}
                save={(description) => update.mutateAsync({ id: t.key, patch: { description } })}
              />
              <SelectField
                label="Effect"
                value={t.polarity}
                options={POLARITIES}
                labels={POLARITY_LABELS}
                save={(value) => update.mutateAsync({ id: t.key, patch: { polarity: value } })}
              />
              <button
                type="button"
                onClick={() =>
                  void update
                    .mutateAsync({ id: t.key, patch: { archived: !t.archived } })
                    .catch((error: unknown) => toast({ tone: 'error', message: errorMessage(error) }))
                }
              >
                {t.archived ? 'Use again' : 'Retire'}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="new-type"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor="new-type-label">New moment type</label>
          <input
            id="new-type-label"
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            placeholder="e.g. Deadline revealed"
          />
        </div>
        <div className="field">
          <label htmlFor="new-type-polarity">Usually</label>
          <select id="new-type-polarity" value={polarity} onChange={(e) => setPolarity(e.target.value as Polarity)}>
            {POLARITIES.map((p) => (
              <option key={p} value={p}>
                {POLARITY_LABELS[p]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={!label.trim()}>
          Add type
        </button>
      </form>
    </details>
  );
}
