import { useState } from 'react';
import {
  CONTEXT_LABELS,
  DEAL_CONTEXTS,
  type DealContext,
  OUR_SIDES,
  type OurSide,
  SIDE_LABELS,
} from '../../../core/deal';
import { errorMessage, useApi, useApiMutation } from '../api/hooks';
import { Dialog } from '../ui/Dialog';

interface Props {
  open: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}

/** Only the title is required; Enter creates. Everything else can be filled in later. */
export function NewDealDialog({ open, onClose, onCreated }: Props) {
  const [title, setTitle] = useState('');
  const [counterparty, setCounterparty] = useState('');
  const [context, setContext] = useState<DealContext>('sales');
  const [ourSide, setOurSide] = useState<OurSide>('selling');
  const [templateId, setTemplateId] = useState('');
  const create = useApiMutation('deals.create');
  const fromTemplate = useApiMutation('templates.createDeal');
  const templates = useApi('templates.list', {});
  const template = templates.data?.find((t) => t.id === templateId);
  const error = create.error ?? fromTemplate.error;

  const close = () => {
    setTitle('');
    setCounterparty('');
    setTemplateId('');
    create.reset();
    fromTemplate.reset();
    onClose();
  };

  return (
    <Dialog open={open} title="New deal" onClose={close}>
      <form
        className="form-grid"
        onSubmit={async (event) => {
          event.preventDefault();
          try {
            const deal = template
              ? await fromTemplate.mutateAsync({ templateId: template.id, title, counterparty })
              : await create.mutateAsync({ title, counterparty, context, ourSide });
            close();
            onCreated(deal.id);
          } catch {
            // The message is shown below from the mutation's error.
          }
        }}
      >
        <label>
          Title
          <input
            autoFocus
            required
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder="e.g. Acme renewal 2027"
          />
        </label>
        <label>
          Counterparty
          <input value={counterparty} onChange={(e) => setCounterparty(e.target.value)} placeholder="Organisation" />
        </label>
        <label className="start-from">
          Start from
          <select value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
            <option value="">A blank deal</option>
            {(templates.data ?? []).map((t) => (
              <option key={t.id} value={t.id}>
                Template: {t.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Context
          <select
            disabled={Boolean(template)}
            value={template?.context ?? context}
            onChange={(e) => {
              const next = e.target.value as DealContext;
              setContext(next);
              if (next === 'procurement') setOurSide('buying');
              if (next === 'sales') setOurSide('selling');
            }}
          >
            {DEAL_CONTEXTS.map((c) => (
              <option key={c} value={c}>
                {CONTEXT_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Our side
          <select
            disabled={Boolean(template)}
            value={template?.document.ourSide ?? ourSide}
            onChange={(e) => setOurSide(e.target.value as OurSide)}
          >
            {OUR_SIDES.map((s) => (
              <option key={s} value={s}>
                {SIDE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        {error && (
          <p className="form-error" role="alert">
            {errorMessage(error)}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={create.isPending || fromTemplate.isPending}>
            Create deal
          </button>
        </div>
      </form>
    </Dialog>
  );
}
