import { forwardRef, useImperativeHandle, useRef, useState } from 'react';
import type { Concession } from '../../../core/concessions';
import type { MomentType } from '../../../core/debrief/momentCatalogue';
import type { ConcessionDirection } from '../../../core/live/model';

export interface SideEntriesHandle {
  focusNote(): void;
  focusConcession(): void;
}

/** The first nine catalogue types get the keys 1–9. */
export const momentKeys = (catalogue: readonly MomentType[]) => catalogue.slice(0, 9);

/**
 * Moment keys (1–9), a quick note and a concession with its ask. A concession we give
 * may name a planned one from the concession log, which it is then recorded against.
 */
export const SideEntries = forwardRef<
  SideEntriesHandle,
  {
    catalogue: readonly MomentType[];
    concessions: readonly Concession[];
    onNote(text: string): Promise<unknown>;
    onConcession(fields: {
      direction: ConcessionDirection;
      text: string;
      ask: string;
      concessionId: string | null;
    }): Promise<unknown>;
  }
>(function SideEntries(props, ref) {
  const [note, setNote] = useState('');
  const [direction, setDirection] = useState<ConcessionDirection>('given');
  const [what, setWhat] = useState('');
  const [ask, setAsk] = useState('');
  const noteRef = useRef<HTMLInputElement>(null);
  const whatRef = useRef<HTMLInputElement>(null);
  useImperativeHandle(ref, () => ({
    focusNote: () => noteRef.current?.focus(),
    focusConcession: () => whatRef.current?.focus(),
  }));
  const planned = props.concessions.filter((c) => c.status === 'planned' && c.give.trim() !== '');
  const submitConcession = async () => {
    if (what.trim() === '') return;
    const linked = direction === 'given' ? planned.find((c) => c.give.trim() === what.trim()) : undefined;
    await props.onConcession({ direction, text: what.trim(), ask: ask.trim(), concessionId: linked?.id ?? null });
    setWhat('');
    setAsk('');
  };
  return (
    <section className="live-side" aria-label="Moments, notes and concessions">
      <h3>Moments</h3>
      <ol className="live-moment-keys">
        {momentKeys(props.catalogue).map((t, i) => (
          <li key={t.key} className={`polarity-${t.polarity}`}>
            <kbd>{i + 1}</kbd> {t.label}
          </li>
        ))}
      </ol>
      <form
        className="live-inline-form"
        onSubmit={async (event) => {
          event.preventDefault();
          if (note.trim() === '') return;
          await props.onNote(note.trim());
          setNote('');
        }}
      >
        <label htmlFor="live-note">
          Note <kbd>N</kbd>
        </label>
        <input id="live-note" ref={noteRef} value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
      </form>
      <form
        className="live-inline-form live-concession-form"
        onSubmit={async (event) => {
          event.preventDefault();
          await submitConcession();
        }}
      >
        <label htmlFor="live-concession">
          Concession <kbd>C</kbd>
        </label>
        <select
          aria-label="Who conceded"
          value={direction}
          onChange={(e) => setDirection(e.target.value as ConcessionDirection)}
        >
          <option value="given">We give</option>
          <option value="received">They give</option>
        </select>
        <input
          id="live-concession"
          ref={whatRef}
          list="live-planned-concessions"
          value={what}
          placeholder="what"
          maxLength={500}
          onChange={(e) => setWhat(e.target.value)}
        />
        <input
          aria-label="Asked in return"
          value={ask}
          placeholder="asked in return"
          maxLength={500}
          onChange={(e) => setAsk(e.target.value)}
        />
        <button type="submit">Log</button>
        <datalist id="live-planned-concessions">
          {planned.map((c) => (
            <option key={c.id} value={c.give} />
          ))}
        </datalist>
      </form>
    </section>
  );
});
