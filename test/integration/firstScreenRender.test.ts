import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DealSummary } from '../../core/deal';
import { loadFirstScreen } from '../../web/firstScreen';
import { dealSummary } from '../support/dealSummary';

/** What the shells load: the built renderer of the first screen (needs `npm run build`). */
const built = await loadFirstScreen(join(resolve(__dirname, '../..'), 'out', 'main', 'firstScreen.js'));
if (!built) throw new Error('out/main/firstScreen.js did not load: run `npm run build` first.');
const renderFirstScreen = built;

const NOW = new Date('2026-12-02T12:00:00.000Z');

const deal = (title: string, updatedAt: string): DealSummary => dealSummary({ title, updatedAt });

const editedText = (markup: string) => /<time dateTime="[^"]+">([^<]*)<\/time>/i.exec(markup)?.[1];

describe('the first screen the shells render (out/main/firstScreen.js) (kept from one page load to the next)', () => {
  afterEach(() => vi.useRealTimers());

  it('renders again whenever the list or the time it shows changes, never an older list', () => {
    vi.useFakeTimers({ now: NOW });
    const fiveMinutesAgo = new Date(NOW.getTime() - 5 * 60_000).toISOString();
    const first = renderFirstScreen([deal('Fabrikam renewal', fiveMinutesAgo)]);
    expect(first).toContain('Fabrikam renewal');
    expect(renderFirstScreen([deal('Fabrikam renewal', fiveMinutesAgo)])).toBe(first);

    // A write: the new title, not the kept page.
    const renamed = renderFirstScreen([deal('Fabrikam renewal 2027', fiveMinutesAgo)]);
    expect(renamed).toContain('Fabrikam renewal 2027');
    // A deal more, or one fewer.
    const two = renderFirstScreen([deal('Fabrikam renewal 2027', fiveMinutesAgo), deal('Tailspin', fiveMinutesAgo)]);
    expect(two).toContain('Tailspin');
    expect(renderFirstScreen([])).not.toContain('Fabrikam');
    // Back to an earlier list: rendered for it, not the last one.
    expect(renderFirstScreen([deal('Fabrikam renewal', fiveMinutesAgo)])).toBe(first);

    // The clock moves on: "5 minutes ago" becomes "7 minutes ago".
    const before = editedText(first);
    expect(before).toBeTruthy();
    vi.setSystemTime(NOW.getTime() + 2 * 60_000);
    const later = renderFirstScreen([deal('Fabrikam renewal', fiveMinutesAgo)]);
    expect(editedText(later)).toBeTruthy();
    expect(editedText(later)).not.toBe(before);
  });
});
