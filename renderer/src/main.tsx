import { FIRST_DEALS_ELEMENT_ID } from '../../core/firstScreen';
import { call, captureBrowserToken, type Output } from './api/client';
import { parseRoute } from './app/route';
import type { boot } from './boot';
import { ALL_DEALS } from './deals/allDeals';
import { flushWhenPageHides } from './ui/pendingEdits';
import './styles.css';

/** The deals list the shell put into the page with the first screen, read once. */
function dealsInPage(): Output<'deals.list'> | null {
  const element = document.getElementById(FIRST_DEALS_ELEMENT_ID);
  if (!element) return null;
  element.remove();
  try {
    return JSON.parse(element.textContent ?? '') as Output<'deals.list'>;
  } catch {
    return null;
  }
}

/**
 * The first thing that runs, kept tiny: it takes the deals list (the usual first screen)
 * from the page, or asks for it while the UI's code is still downloading and compiling,
 * then loads the UI.
 */
captureBrowserToken();
flushWhenPageHides();
const inPage = dealsInPage();
const start = (firstDeals: Parameters<typeof boot>[0]) => void import('./boot').then((ui) => ui.boot(firstDeals));
if (parseRoute(window.location.hash).screen !== 'deals') {
  // The address names another screen: the deals list the server put in the page goes.
  document.getElementById('root')?.replaceChildren();
  start(null);
} else if (inPage) {
  afterNextPaint(() => start(inPage));
} else {
  const asked = call(...ALL_DEALS);
  // A failure is shown by the deals screen when it reads the list again, not here.
  asked.catch(() => {});
  start(asked);
}

/**
 * The first screen is already in the page: let the browser paint it before the UI's code
 * takes the main thread (compiling and the first render would otherwise come first). A
 * page that is not painting (hidden) starts at once; the timer is a backstop.
 */
function afterNextPaint(run: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    run();
  };
  if (document.visibilityState === 'hidden') {
    once();
    return;
  }
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 1000);
}
