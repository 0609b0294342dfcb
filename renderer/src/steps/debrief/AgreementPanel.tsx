import type { Deal } from '../../../../core/deal';
import { DEAL_STATUSES, STATUS_LABELS } from '../../../../core/dealLabels';
import {
  DEBRIEF_OUTCOMES,
  type DebriefOutcome,
  debriefFieldsSchema,
  OUTCOME_LABELS,
  statusAfterOutcome,
} from '../../../../core/debrief/model';
import type { DebriefView } from '../../../../core/debrief/view';
import type { Issue } from '../../../../core/issues';
import { errorMessage, useApiMutation } from '../../api/hooks';
import { DateField, OptionalSelectField, SelectField } from '../../ui/fields';
import { fieldSaver } from '../../ui/saveField';
import { useToast } from '../../ui/Toasts';

const fields = debriefFieldsSchema.shape;
const CLOSED_STATUSES = new Set(['won', 'lost', 'walked_away']);

/** Outcome, dates, and the option agreed on each issue. */
export function AgreementPanel(props: { deal: Deal; view: DebriefView; issues: Issue[] }) {
  const { deal, view, issues } = props;
  const update = useApiMutation('debrief.update');
  const setAgreed = useApiMutation('debrief.setAgreed');
  const updateDeal = useApiMutation('deals.update');
  const toast = useToast();
  const save = (patch: Parameters<typeof update.mutateAsync>[0]['patch']) =>
    update.mutateAsync({ dealId: deal.id, patch });
  const saveField = fieldSaver(save);
  const setStatus = (status: Deal['status'], base: Deal['status']) =>
    updateDeal.mutateAsync({ id: deal.id, patch: { status }, expected: { status: base } });
  // Recording the outcome closes the deal (won / lost) on the server; the toast can undo that.
  const saveOutcome = async (outcome: DebriefOutcome | null) => {
    const before = deal.status;
    const after = statusAfterOutcome(outcome, before);
    await save({ outcome });
    if (!after) return;
    toast({
      message: `Deal marked “${STATUS_LABELS[after]}”.`,
      action: {
        label: 'Undo',
        run: () =>
          void setStatus(before, after).catch((error) => toast({ tone: 'error', message: errorMessage(error) })),
      },
    });
  };
  const { debrief } = view;
  return (
    <section className="panel" aria-labelledby="debrief-outcome">
      <h3 id="debrief-outcome">Outcome</h3>
      {!CLOSED_STATUSES.has(deal.status) && debrief.outcome === null && (
        <p className="panel-intro">
          This deal is still marked “{deal.status === 'walked_away' ? 'walked away' : deal.status}”. You can debrief at
          any time — after a meeting, or once the deal is won, lost or walked away from.
        </p>
      )}
      <div className="form-columns">
        <OptionalSelectField
          label="Result"
          value={debrief.outcome}
          options={DEBRIEF_OUTCOMES}
          labels={OUTCOME_LABELS}
          emptyLabel="Not recorded yet"
          save={saveOutcome}
        />
        <SelectField
          label="Deal status"
          value={deal.status}
          options={DEAL_STATUSES}
          labels={STATUS_LABELS}
          save={setStatus}
          hint="No deal is recorded as lost; choose “Walked away” if you ended it."
        />
        <DateField
          label="Closing date"
          value={debrief.closingDate}
          schema={fields.closingDate}
          save={saveField('closingDate')}
        />
        <DateField
          label="Negotiation started"
          value={debrief.startedOn}
          schema={fields.startedOn}
          save={saveField('startedOn')}
          hint={`Leave empty to count from ${deal.createdAt.slice(0, 10)}, when the deal was created.`}
        />
      </div>
      {debrief.outcome === 'agreed' &&
        (issues.length === 0 ? (
          <p className="empty-panel">Add issues and options on the Issues & options step to record what was agreed.</p>
        ) : (
          <table className="agreed-table">
            <caption className="visually-hidden">Agreed option per issue</caption>
            <thead>
              <tr>
                <th scope="col">Issue</th>
                <th scope="col">Agreed option</th>
                <th scope="col" className="numeric">
                  Score for us
                </th>
                <th scope="col" className="numeric">
                  Score for them (est.)
                </th>
              </tr>
            </thead>
            <tbody>
              {issues.map((issue) => {
                const chosen = issue.options.find((o) => o.id === view.agreed[issue.id]);
                const name = issue.name.trim() || 'Untitled issue';
                return (
                  <tr key={issue.id}>
                    <th scope="row">{name}</th>
                    <td>
                      <select
                        aria-label={`Agreed option for ${name}`}
                        value={chosen?.id ?? ''}
                        onChange={(e) =>
                          void setAgreed
                            .mutateAsync({ dealId: deal.id, issueId: issue.id, optionId: e.target.value || null })
                            .catch((error: unknown) => toast({ tone: 'error', message: errorMessage(error) }))
                        }
                      >
                        <option value="">Not recorded</option>
                        {issue.options.map((o) => (
                          <option key={o.id} value={o.id}>
                            {o.label.trim() || 'Unnamed option'}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className="numeric">{chosen?.ourScore ?? '—'}</td>
                    <td className="numeric">{chosen?.theirScore ?? '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ))}
    </section>
  );
}
