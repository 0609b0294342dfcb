import type { SheetLeak } from '../../../../core/plan/offerSheetGuard';
import { ALL_STEPS } from '../../../../core/steps';
import { routeHref } from '../../app/route';

/**
 * Internal values found in the offer sheet's text. Each one is fixed in its step (it then
 * disappears on the next read) or confirmed as fine to send; printing waits until every
 * one is settled.
 */
export function OfferSheetGuard(props: {
  dealId: string;
  leaks: readonly SheetLeak[];
  confirmed: ReadonlySet<string>;
  onConfirm: (id: string) => void;
}) {
  if (props.leaks.length === 0) return null;
  const open = props.leaks.filter((l) => !props.confirmed.has(l.id)).length;
  return (
    <section className="sheet-guard" aria-label="Internal values on the offer sheet">
      <h3>
        {open > 0
          ? `Check before sending: ${open} internal value${open === 1 ? '' : 's'} on this sheet`
          : 'Every finding is confirmed as fine to send'}
      </h3>
      <p className="muted">
        The offer sheet leaves out your internal fields, but these words and numbers were typed into what it prints. Fix
        the text, or confirm each one is meant for the other side.
      </p>
      <ul>
        {props.leaks.map((leak) => {
          const done = props.confirmed.has(leak.id);
          return (
            <li key={leak.id} className={done ? 'leak-confirmed' : 'leak-open'}>
              <strong>“{leak.found}”</strong> in {leak.where} “{leak.text}” — from <em>{leak.source}</em>.{' '}
              <a href={routeHref({ screen: 'workspace', dealId: props.dealId, step: leak.fix })}>
                Fix in {ALL_STEPS.find((s) => s.id === leak.fix)?.label}
              </a>{' '}
              {done ? (
                <span className="muted">Confirmed.</span>
              ) : (
                <button type="button" className="link-button" onClick={() => props.onConfirm(leak.id)}>
                  Fine to send
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
