import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type BrowserModeApp, startBrowserMode } from './browserMode';
import { launchChromium } from './chromium';
import { addTeamUsers, type RunningTeamServer, startTeamServer } from './teamServer';

export const TEAM_PASSWORD = 'correct horse battery';

export interface TeamLaptop {
  app: BrowserModeApp;
  page: Page;
}

/**
 * For the team e2e tests: a team server started on a free port with one user per person
 * (password TEAM_PASSWORD), and one laptop each — a browser-mode instance with its own data
 * folder under `dir` and a Chromium page on it, the app opened.
 */
export async function startTeamLaptops(dir: string, people: readonly { email: string; name: string }[]) {
  const file = join(dir, 'team.sqlite');
  await addTeamUsers(
    { file },
    TEAM_PASSWORD,
    people.map(({ email, name }) => [email, name]),
  );
  const [server, browser, ...apps] = (await Promise.all([
    startTeamServer(file),
    launchChromium(),
    ...people.map(({ name }) => startBrowserMode(join(dir, name.toLowerCase()))),
  ])) as [RunningTeamServer, Browser, ...BrowserModeApp[]];
  const laptops: TeamLaptop[] = [];
  for (const app of apps) {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 }, locale: 'en-US' });
    await page.goto(app.url);
    laptops.push({ app, page });
  }
  return {
    server,
    laptops,
    async stop() {
      await browser.close();
      await Promise.all([...apps.map((app) => app.stop()), server.kill()]);
    },
  };
}
