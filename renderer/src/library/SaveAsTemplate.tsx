import { useState } from 'react';
import type { Deal } from '../../../core/deal';
import { looksSpecific } from '../../../core/library/templates';
import { errorMessage, useApiMutation } from '../api/hooks';
import { useRows } from '../api/rows';
import { navigate } from '../app/route';
import { Dialog } from '../ui/Dialog';
import { useToast } from '../ui/Toasts';
import './library.css';

/** "Save this deal as a template": the user says which option labels are this deal's own numbers. */
export function SaveAsTemplateButton({ deal }: { deal: Deal }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Save as template…
      </button>
      <Dialog open={open} title="Save this deal as a template" onClose={() => setOpen(false)}>
        {open && <SaveForm deal={deal} onClose={() => setOpen(false)} />}
      </Dialog>
    </>
  );
}

function SaveForm({ deal, onClose }: { deal: Deal; onClose: () => void }) {
  const issues = useRows('issues', deal.id);
  const save = useApiMutation('templates.saveDeal');
  const toast = useToast();
  const [name, setName] = useState(`${deal.title} (template)`.slice(0, 200));
  const [unmarked, setUnmarked] = useState<Set<string>>(new Set());
  const [marked, setMarked] = useState<Set<string>>(new Set());
  const options = (issues.data ?? []).flatMap((issue) =>
    issue.options.filter((o) => o.label.trim()).map((o) => ({ ...o, issueName: issue.name || 'Untitled issue' })),
  );
  const isSpecific = (id: string, label: string) => marked.has(id) || (looksSpecific(label) && !unmarked.has(id));
  const toggle = (id: string, label: string, on: boolean) => {
    const add = (set: Set<string>) => new Set(set).add(id);
    const drop = (set: Set<string>) => {
      const next = new Set(set);
      next.delete(id);
      return next;
    };
    if (on) {
      setMarked(add);
      setUnmarked(drop);
    } else {
      setMarked(drop);
      if (looksSpecific(label)) setUnmarked(add);
    }
  };

  return (
    <form
      className="form-grid"
      onSubmit={async (event) => {
        event.preventDefault();
        try {
          const template = await save.mutateAsync({
            dealId: deal.id,
            name,
            specificOptionIds: options.filter((o) => isSpecific(o.id, o.label)).map((o) => o.id),
          });
          onClose();
          toast({
            message: `Saved the template “${template.name}”.`,
            action: { label: 'Open library', run: () => navigate({ screen: 'library', tab: 'templates' }) },
          });
        } catch {
          // Shown below.
        }
      }}
    >
      <label>
        Template name
        <input required value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <p className="muted form-note">
        Kept: issues, options, weights and scores, questions, people's roles, clause ideas and governance. Left out:
        title, counterparty, notes, names, answers, thresholds and your BATNA.
      </p>
      {options.length > 0 && (
        <fieldset className="form-note">
          <legend>Tick the options that hold this deal's own numbers; they stay out of the template.</legend>
          <ul className="specific-list">
            {options.map((o) => (
              <li key={o.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={isSpecific(o.id, o.label)}
                    onChange={(e) => toggle(o.id, o.label, e.target.checked)}
                  />
                  <span>
                    {o.issueName}: <strong>{o.label}</strong>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {save.error && (
        <p className="form-error" role="alert">
          {errorMessage(save.error)}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={save.isPending || issues.isPending}>
          Save template
        </button>
      </div>
    </form>
  );
}
