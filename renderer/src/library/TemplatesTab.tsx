import { useState } from 'react';
import { REVIEW_CADENCE_LABELS, REVIEW_CADENCES } from '../../../core/concessions';
import { DECISION_ROLE_LABELS, DECISION_ROLES } from '../../../core/counterparty';
import { CONTEXT_LABELS, DEAL_CONTEXTS } from '../../../core/deal';
import { CATEGORY_LABELS, ISSUE_CATEGORIES } from '../../../core/issues';
import {
  type DealTemplate,
  type TemplateDocument,
  type TemplateIssue,
  templateFieldsSchema,
  templateSummary,
} from '../../../core/library/templates';
import { errorMessage, useApi, useApiMutation } from '../api/hooks';
import { navigate } from '../app/route';
import { Dialog } from '../ui/Dialog';
import { NumberField, SelectField, TextField } from '../ui/fields';
import { fieldSaver } from '../ui/saveField';
import { useToast } from '../ui/Toasts';
import { TeamBadge, TeamShareAction } from './TeamShare';
import { useLibraryDelete } from './useLibraryDelete';

const fields = templateFieldsSchema.shape;
const weightSchema = fields.document.shape.issues.element.shape.weightUs.nullable();

export function TemplatesTab() {
  const templates = useApi('templates.list', {});
  const duplicate = useApiMutation('templates.duplicate');
  const remove = useApiMutation('templates.delete');
  const restore = useApiMutation('templates.restore');
  const reset = useApiMutation('templates.reset');
  const toast = useToast();
  const [editing, setEditing] = useState<string | null>(null);
  const [starting, setStarting] = useState<DealTemplate | null>(null);
  const fail = (error: unknown) => toast({ tone: 'error', message: errorMessage(error) });
  const deleteTemplate = useLibraryDelete<DealTemplate>({
    what: 'template',
    name: (t) => t.name,
    remove: (t) => remove.mutateAsync({ id: t.id }),
    restore: ({ modified: _modified, ...snapshot }) => restore.mutateAsync(snapshot),
  });

  if (templates.isPending) return <p className="loading">Loading templates…</p>;
  if (templates.isError) return <div className="banner banner-error">{errorMessage(templates.error)}</div>;

  return (
    <>
      {templates.data.length === 0 && (
        <div className="empty-panel">
          <p>No templates yet. Save a deal as a template from its Deal details step, or restore the built-ins.</p>
        </div>
      )}
      <ul className="library-cards" aria-label="Templates">
        {templates.data.map((template) => (
          <li key={template.id} className="library-card" aria-label={template.name}>
            <div className="library-card-head">
              <div>
                <h2>
                  {template.name}
                  <span className="tag">{CONTEXT_LABELS[template.context]}</span>
                  {template.builtInKey && (
                    <span className="tag">{template.modified ? 'Built-in, edited' : 'Built-in'}</span>
                  )}
                  <TeamBadge entry={template} />
                </h2>
                {template.description && <p className="muted">{template.description}</p>}
                <p className="library-summary">{templateSummary(template.document)}</p>
              </div>
              <div className="library-actions">
                <button type="button" className="primary" onClick={() => setStarting(template)}>
                  New deal from this…
                </button>
                <button
                  type="button"
                  aria-expanded={editing === template.id}
                  onClick={() => setEditing(editing === template.id ? null : template.id)}
                >
                  {editing === template.id ? 'Close' : 'Edit'}
                </button>
                <button
                  type="button"
                  onClick={() =>
                    duplicate
                      .mutateAsync({ id: template.id })
                      .then((copy) => toast({ message: `Duplicated as “${copy.name}”` }))
                      .catch(fail)
                  }
                >
                  Duplicate
                </button>
                <TeamShareAction kind="templates" entry={template} name={template.name} />
                {template.modified && (
                  <button
                    type="button"
                    title="Put back Parley's wording for this template"
                    onClick={() => reset.mutateAsync({ id: template.id }).catch(fail)}
                  >
                    Reset
                  </button>
                )}
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Delete template ${template.name}`}
                  onClick={() => void deleteTemplate(template)}
                >
                  ✕
                </button>
              </div>
            </div>
            {editing === template.id && <TemplateEditor template={template} />}
          </li>
        ))}
      </ul>
      <NewDealFromTemplateDialog template={starting} onClose={() => setStarting(null)} />
    </>
  );
}

export function NewDealFromTemplateDialog({
  template,
  onClose,
}: {
  template: DealTemplate | null;
  onClose: () => void;
}) {
  const [title, setTitle] = useState('');
  const [counterparty, setCounterparty] = useState('');
  const create = useApiMutation('templates.createDeal');
  const close = () => {
    setTitle('');
    setCounterparty('');
    create.reset();
    onClose();
  };
  return (
    <Dialog open={template !== null} title={`New deal from “${template?.name ?? ''}”`} onClose={close}>
      <form
        className="form-grid"
        onSubmit={async (event) => {
          event.preventDefault();
          if (!template) return;
          try {
            const deal = await create.mutateAsync({ templateId: template.id, title, counterparty });
            close();
            navigate({ screen: 'workspace', dealId: deal.id, step: 'issues' });
          } catch {
            // Shown below from the mutation's error.
          }
        }}
      >
        <label>
          Title
          <input autoFocus required value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          Counterparty
          <input value={counterparty} onChange={(e) => setCounterparty(e.target.value)} placeholder="Organisation" />
        </label>
        {template && <p className="muted form-note">Starts with {templateSummary(template.document)}.</p>}
        {create.error && (
          <p className="form-error" role="alert">
            {errorMessage(create.error)}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={create.isPending}>
            Create deal
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Lists edited as lines of text: one entry per line, blank lines dropped. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

function TemplateEditor({ template }: { template: DealTemplate }) {
  const update = useApiMutation('templates.update');
  const doc = template.document;
  const save = (patch: Partial<DealTemplate>) => update.mutateAsync({ id: template.id, patch });
  const saveField = fieldSaver(save);
  const saveDoc = (change: Partial<TemplateDocument>) => save({ document: { ...doc, ...change } });
  const saveIssue = (index: number, change: Partial<TemplateIssue>) =>
    saveDoc({ issues: doc.issues.map((issue, i) => (i === index ? { ...issue, ...change } : issue)) });

  return (
    <div className="template-editor">
      <div className="form-columns">
        <TextField label="Name" value={template.name} schema={fields.name} save={saveField('name')} />
        <SelectField
          label="Context"
          value={template.context}
          options={DEAL_CONTEXTS}
          labels={CONTEXT_LABELS}
          save={saveField('context')}
        />
        <TextField
          label="Description"
          value={template.description}
          schema={fields.description}
          save={saveField('description')}
        />
      </div>
      <h3>Issues</h3>
      <div className="template-issues">
        <div className="template-issue template-issue-head" aria-hidden>
          <span>Issue</span>
          <span>Category</span>
          <span>Our weight</span>
          <span>Their weight</span>
          <span>Options (separate with ;)</span>
          <span />
        </div>
        {doc.issues.map((issue, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: template issues have no ids; order is their identity
          <div key={index} className="template-issue">
            <TextField label="Issue" labelHidden value={issue.name} save={(name) => saveIssue(index, { name })} />
            <SelectField
              label="Category"
              labelHidden
              value={issue.category}
              options={ISSUE_CATEGORIES}
              labels={CATEGORY_LABELS}
              save={(category) => saveIssue(index, { category })}
            />
            <NumberField
              label="Our weight"
              labelHidden
              value={issue.weightUs}
              schema={weightSchema}
              save={(w) => saveIssue(index, { weightUs: w ?? 0 })}
            />
            <NumberField
              label="Their weight"
              labelHidden
              value={issue.weightThem}
              schema={weightSchema}
              save={(w) => saveIssue(index, { weightThem: w ?? 0 })}
            />
            <TextField
              label="Options"
              labelHidden
              value={issue.options.map((o) => o.label).join('; ')}
              save={(text) => {
                const labels = text
                  .split(';')
                  .map((l) => l.trim())
                  .filter(Boolean);
                return saveIssue(index, {
                  options: labels.map(
                    (label) =>
                      issue.options.find((o) => o.label === label) ?? { label, ourScore: null, theirScore: null },
                  ),
                });
              }}
            />
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove ${issue.name} from the template`}
              onClick={() => void saveDoc({ issues: doc.issues.filter((_, i) => i !== index) })}
            >
              ✕
            </button>
          </div>
        ))}
      </div>
      <button
        type="button"
        className="add-row"
        onClick={() =>
          void saveDoc({
            issues: [
              ...doc.issues,
              {
                name: `Issue ${doc.issues.length + 1}`,
                category: 'other',
                weightUs: 0,
                weightThem: 0,
                tradeable: false,
                redLine: false,
                why: '',
                options: [],
              },
            ],
          })
        }
      >
        + Add issue
      </button>
      <div className="form-columns">
        <TextField
          label="Questions to ask (one per line)"
          multiline
          rows={5}
          value={doc.questions.join('\n')}
          save={(text) => saveDoc({ questions: lines(text) })}
        />
        <TextField
          label="People to map (one role per line)"
          multiline
          rows={5}
          value={doc.stakeholderRoles.map((r) => r.role).join('\n')}
          hint={`Known roles (${DECISION_ROLES.filter((r) => r !== 'unknown')
            .map((r) => DECISION_ROLE_LABELS[r])
            .join(', ')}) are placed on the map.`}
          save={(text) =>
            saveDoc({
              stakeholderRoles: lines(text).map((role) => {
                const kept = doc.stakeholderRoles.find((r) => r.role === role);
                const known = DECISION_ROLES.find((r) => DECISION_ROLE_LABELS[r].toLowerCase() === role.toLowerCase());
                return kept ?? { role, decisionRole: known ?? 'unknown', why: '' };
              }),
            })
          }
        />
        <TextField
          label="Contingent clauses (metric → remedy, one per line)"
          multiline
          rows={5}
          value={doc.clauses.map((c) => `${c.metric} → ${c.remedy}`).join('\n')}
          save={(text) =>
            saveDoc({
              clauses: lines(text).map((line) => {
                const [metric = '', remedy = ''] = line.split(/\s*(?:→|->)\s*/);
                return { metric, remedy };
              }),
            })
          }
        />
      </div>
      <div className="form-columns">
        <SelectField
          label="Review cadence"
          value={doc.governance.reviewCadence}
          options={REVIEW_CADENCES}
          labels={REVIEW_CADENCE_LABELS}
          save={(reviewCadence) => saveDoc({ governance: { ...doc.governance, reviewCadence } })}
        />
        <TextField
          label="Metrics reviewed"
          value={doc.governance.metrics}
          save={(metrics) => saveDoc({ governance: { ...doc.governance, metrics } })}
        />
        <TextField
          label="Change process"
          value={doc.governance.changeProcess}
          save={(changeProcess) => saveDoc({ governance: { ...doc.governance, changeProcess } })}
        />
        <TextField
          label="Exit terms"
          value={doc.governance.exitTerms}
          save={(exitTerms) => saveDoc({ governance: { ...doc.governance, exitTerms } })}
        />
      </div>
    </div>
  );
}
