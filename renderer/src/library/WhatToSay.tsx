import { useState } from 'react';
import type { Deal } from '../../../core/deal';
import { BLANK_LABELS, blanksIn, fillPhrase, PHRASE_PURPOSES, PURPOSE_LABELS } from '../../../core/library/phrases';
import { talkingPointsUpdateSchema } from '../../../core/talkingPoints';
import { errorMessage, useApi, useApiMutation } from '../api/hooks';
import { useRows } from '../api/rows';
import { Dialog } from '../ui/Dialog';
import { TextField } from '../ui/fields';
import './library.css';

/** The deal's "What to say" notes, with the phrase bank one click away. */
export function WhatToSay({ deal }: { deal: Deal }) {
  const notes = useApi('talkingPoints.get', { dealId: deal.id });
  const update = useApiMutation('talkingPoints.update');
  const [inserting, setInserting] = useState(false);
  return (
    <div className="what-to-say">
      <TextField
        label="What to say"
        multiline
        rows={6}
        value={notes.data?.text ?? ''}
        schema={talkingPointsUpdateSchema.shape.text}
        save={(text) => update.mutateAsync({ dealId: deal.id, text })}
        placeholder="Lines to have ready in the room: trades, questions, a graceful no."
        hint="For you only; never on the counterpart's offer sheet."
      />
      <button type="button" onClick={() => setInserting(true)} disabled={!notes.isSuccess}>
        Insert a phrase…
      </button>
      <Dialog open={inserting} title="Insert a phrase" onClose={() => setInserting(false)}>
        {inserting && <PhrasePicker deal={deal} onClose={() => setInserting(false)} />}
      </Dialog>
    </div>
  );
}

function PhrasePicker({ deal, onClose }: { deal: Deal; onClose: () => void }) {
  const phrases = useApi('phrases.list', {});
  const issues = useRows('issues', deal.id);
  const insert = useApiMutation('phrases.insert');
  const [phraseId, setPhraseId] = useState('');
  const [issueId, setIssueId] = useState('');
  const [optionId, setOptionId] = useState('');
  const [askIssueId, setAskIssueId] = useState('');
  const [askOptionId, setAskOptionId] = useState('');
  const list = phrases.data ?? [];
  const phrase = list.find((p) => p.id === phraseId) ?? list[0];
  const issueList = issues.data ?? [];
  const issue = issueList.find((i) => i.id === issueId);
  const askIssue = issueList.find((i) => i.id === askIssueId);
  const blanks = phrase ? blanksIn(phrase.text) : [];
  const preview = phrase
    ? fillPhrase(phrase.text, {
        counterparty: deal.counterparty,
        issue: issue?.name,
        option: issue?.options.find((o) => o.id === optionId)?.label,
        ask_issue: askIssue?.name,
        ask_option: askIssue?.options.find((o) => o.id === askOptionId)?.label,
      })
    : '';

  const issueSelect = (label: string, value: string, set: (id: string) => void, clear: () => void) => (
    <label>
      {label}
      <select
        value={value}
        onChange={(e) => {
          set(e.target.value);
          clear();
        }}
      >
        <option value="">Leave blank</option>
        {issueList.map((i) => (
          <option key={i.id} value={i.id}>
            {i.name || 'Untitled issue'}
          </option>
        ))}
      </select>
    </label>
  );
  const optionSelect = (label: string, from: typeof issue, value: string, set: (id: string) => void) => (
    <label>
      {label}
      <select value={value} onChange={(e) => set(e.target.value)} disabled={!from}>
        <option value="">Leave blank</option>
        {(from?.options ?? []).map((o) => (
          <option key={o.id} value={o.id}>
            {o.label || 'Unnamed option'}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form
      className="form-grid phrase-dialog"
      onSubmit={async (event) => {
        event.preventDefault();
        if (!phrase) return;
        try {
          await insert.mutateAsync({
            dealId: deal.id,
            phraseId: phrase.id,
            issueId: issueId || null,
            optionId: optionId || null,
            askIssueId: askIssueId || null,
            askOptionId: askOptionId || null,
          });
          onClose();
        } catch {
          // Shown below.
        }
      }}
    >
      <label>
        Phrase
        <select value={phrase?.id ?? ''} onChange={(e) => setPhraseId(e.target.value)}>
          {PHRASE_PURPOSES.map((purpose) => (
            <optgroup key={purpose} label={PURPOSE_LABELS[purpose]}>
              {list
                .filter((p) => p.purpose === purpose)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.text}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
      {(blanks.includes('issue') || blanks.includes('option')) && (
        <>
          {issueSelect(BLANK_LABELS.issue, issueId, setIssueId, () => setOptionId(''))}
          {blanks.includes('option') && optionSelect(BLANK_LABELS.option, issue, optionId, setOptionId)}
        </>
      )}
      {(blanks.includes('ask_issue') || blanks.includes('ask_option')) && (
        <>
          {issueSelect(BLANK_LABELS.ask_issue, askIssueId, setAskIssueId, () => setAskOptionId(''))}
          {blanks.includes('ask_option') &&
            optionSelect(BLANK_LABELS.ask_option, askIssue, askOptionId, setAskOptionId)}
        </>
      )}
      <p className="phrase-preview" data-testid="phrase-preview">
        {preview}
      </p>
      {insert.error && (
        <p className="form-error" role="alert">
          {errorMessage(insert.error)}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={!phrase || insert.isPending}>
          Insert
        </button>
      </div>
    </form>
  );
}
