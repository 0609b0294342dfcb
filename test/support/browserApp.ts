import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { type BrowserModeApp, callApi, startBrowserMode } from './browserMode';
import { launchChromium } from './chromium';
import { makeTempDir } from './tempDataDir';

/** Parley in browser mode on its own data folder, with Chromium and one page on it. */
export interface BrowserApp {
  /** The data folder (its SQLite file, backups, attachments); removed by close(). */
  dataDir: string;
  app: BrowserModeApp;
  browser: Browser;
  page: Page;
  /** A procedure over the app's HTTP API, as the UI calls it. */
  api<T = unknown>(name: string, input: unknown): Promise<T>;
  /** Closes Chromium, stops the server and removes the data folder. */
  close(): Promise<void>;
}

/**
 * What every e2e file starts with: a fresh data folder, the real browser-mode server on it
 * (`node out/main/web.js`), Debian's Chromium and a page opened on the app's URL.
 * `page`: the page's options (viewport, locale, colour scheme…); `open: false` leaves it blank.
 * `fill`: writes the data folder before the server starts (a deal already there at start-up);
 * `fileSizeLimitKb`: the server's files may not grow past it (a full disk, see startBrowserMode).
 */
export async function openBrowserApp(
  prefix: string,
  options: {
    page?: BrowserContextOptions;
    open?: boolean;
    env?: NodeJS.ProcessEnv;
    fill?: (dataDir: string) => Promise<void>;
    fileSizeLimitKb?: number;
  } = {},
): Promise<BrowserApp> {
  const temp = makeTempDir(prefix);
  let app: BrowserModeApp | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await app?.stop();
    temp.remove();
  };
  try {
    await options.fill?.(temp.dir);
    app = await startBrowserMode(temp.dir, options.env, options.fileSizeLimitKb);
    browser = await launchChromium();
    const page = await browser.newPage(options.page);
    if (options.open !== false) await page.goto(app.url);
    const started = app;
    return {
      dataDir: temp.dir,
      app,
      browser,
      page,
      api: (name, input) => callApi(started, name, input),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
