import {
  BLANK_LABELS,
  PHRASE_BLANKS,
  PHRASE_PURPOSES,
  type Phrase,
  PURPOSE_LABELS,
  phraseFieldsSchema,
} from '../../../core/library/phrases';
import { builtInPhraseSide } from '../../../core/library/sides';
import { errorMessage, useApi, useApiMutation } from '../api/hooks';
import { TextField } from '../ui/fields';
import { useToast } from '../ui/Toasts';
import { SideTag } from './SideTag';
import { TeamBadge, TeamShareAction } from './TeamShare';
import { useLibraryDelete } from './useLibraryDelete';

const fields = phraseFieldsSchema.shape;

export function PhrasesTab() {
  const phrases = useApi('phrases.list', {});
  const add = useApiMutation('phrases.add');
  const update = useApiMutation('phrases.update');
  const remove = useApiMutation('phrases.delete');
  const restore = useApiMutation('phrases.restore');
  const reset = useApiMutation('phrases.reset');
  const toast = useToast();
  const fail = (error: unknown) => toast({ tone: 'error', message: errorMessage(error) });
  const deletePhrase = useLibraryDelete<Phrase>({
    what: 'phrase',
    name: (p) => (p.text.length > 40 ? `${p.text.slice(0, 40)}…` : p.text),
    remove: (p) => remove.mutateAsync({ id: p.id }),
    restore: (snapshot) => restore.mutateAsync(snapshot),
  });

  if (phrases.isPending) return <p className="loading">Loading phrases…</p>;
  if (phrases.isError) return <div className="banner banner-error">{errorMessage(phrases.error)}</div>;

  return (
    <>
      <p className="muted blank-help">
        Blanks filled from a deal: {PHRASE_BLANKS.map((b) => `{${b}} ${BLANK_LABELS[b].toLowerCase()}`).join(' · ')}
      </p>
      {PHRASE_PURPOSES.map((purpose) => {
        const group = phrases.data.filter((p) => p.purpose === purpose);
        return (
          <section key={purpose} className="panel phrase-group" aria-label={PURPOSE_LABELS[purpose]}>
            <h3>{PURPOSE_LABELS[purpose]}</h3>
            <ul className="phrase-list">
              {group.map((phrase) => (
                <li key={phrase.id} className="phrase-row">
                  <TextField
                    label="Phrase"
                    labelHidden
                    className="phrase-text"
                    value={phrase.text}
                    schema={fields.text}
                    save={(text) => update.mutateAsync({ id: phrase.id, patch: { text } })}
                  />
                  <TextField
                    label="When to use it"
                    labelHidden
                    className="phrase-notes"
                    value={phrase.notes}
                    placeholder="When to use it"
                    schema={fields.notes}
                    save={(notes) => update.mutateAsync({ id: phrase.id, patch: { notes } })}
                  />
                  <div className="library-actions">
                    <TeamBadge entry={phrase} />
                    <TeamShareAction kind="phrases" entry={phrase} name={phrase.text} />
                    {phrase.builtInKey && <SideTag side={builtInPhraseSide(phrase.builtInKey)} />}
                    {phrase.builtInKey && (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => reset.mutateAsync({ id: phrase.id }).catch(fail)}
                      >
                        Reset
                      </button>
                    )}
                    <button
                      type="button"
                      className="icon-button"
                      aria-label="Delete phrase"
                      onClick={() => void deletePhrase(phrase)}
                    >
                      ✕
                    </button>
                  </div>
                </li>
              ))}
            </ul>
            <button
              type="button"
              className="add-row"
              onClick={() =>
                add
                  .mutateAsync({ purpose, text: 'Write your line here; use {issue} and {option} as blanks.' })
                  .catch(fail)
              }
            >
              + Add a {PURPOSE_LABELS[purpose].toLowerCase()} phrase
            </button>
          </section>
        );
      })}
    </>
  );
}
