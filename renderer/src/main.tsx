import { call, captureBrowserToken } from './api/client';
import { parseRoute } from './app/route';
import { ALL_DEALS } from './deals/allDeals';
import { flushWhenPageHides } from './ui/pendingEdits';
import './styles.css';

/**
 * The first thing that runs, kept tiny: it asks for the deals list (the usual first screen)
 * while the UI's code is still downloading and compiling, then loads the UI.
 */
captureBrowserToken();
flushWhenPageHides();
const firstDeals = parseRoute(window.location.hash).screen === 'deals' ? call(...ALL_DEALS) : null;
// A failure is shown by the deals screen when it reads the list again, not here.
firstDeals?.catch(() => {});
void import('./boot').then(({ boot }) => boot(firstDeals));
