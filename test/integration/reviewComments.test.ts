import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../api/invoke';
import type { ReviewComment } from '../../core/reviewComments';
import type { ParleyDb } from '../../db/database';
import { dealTable } from '../../db/dealTables/registry';
import { rowStore } from '../../db/repositories/rowStores';
import { sharedDeal } from '../../db/teamSync/bridge';
import { tableMap } from '../../db/teamSync/doc';
import { teamApi } from '../../db/teamSync/serverApi';
import { launchChromium } from '../support/chromium';
import { SECRETS, seedDeal } from '../support/seedDeal';
import { addTeamUsers, type RunningTeamServer, startTeamServer, storedDoc, waitFor } from '../support/teamServer';
import { makeTempDir, openTempDatabase } from '../support/tempDataDir';

type TempDatabase = Awaited<ReturnType<typeof openTempDatabase>>;

const PASSWORD = 'correct horse battery';
const VIEWER_COMMENT = 'REVIEW-COMMENT-4242: is the fallback supplier’s quote still valid?';
const OWNER_COMMENT = 'OWNER-COMMENT-5151 check the risks with legal';
const folder = makeTempDir('parley-review-');
const serverFile = join(folder.dir, 'team.sqlite');
let server: RunningTeamServer;
let browser: Browser;
let owner: TempDatabase;
let viewer: TempDatabase;
let dealId: string;

const silent = { error: () => {} };
/** A procedure of the app on one laptop, through its zod boundary, as the renderer calls it. */
const on =
  (database: TempDatabase) =>
  async <T = unknown>(name: string, input: unknown): Promise<T> => {
    const envelope = await invoke({ db: database.db }, name as never, input, silent);
    if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
    return envelope.value as T;
  };

const commentsIn = (db: ParleyDb) =>
  (db.select().from(dealTable('reviewComments').table).all() as Record<string, unknown>[]).sort((x, y) =>
    String(x.id).localeCompare(String(y.id)),
  );

/** The comments of the deal's doc as the team server stored it in its own SQLite file. */
const serverComments = () => tableMap(storedDoc(serverFile, dealId), dealTable('reviewComments')).toJSON();

/** The plan or offer sheet as a laptop's app builds it. */
const documentOn = (laptop: TempDatabase, kind: 'plan' | 'offer_sheet', includeComments: boolean) =>
  on(laptop)<{ html: string }>('plan.document', { dealId, kind, pageSize: 'A4', includeComments }).then((d) => d.html);

/** Prints the HTML the way Electron's printToPDF does (Chromium, the document's @page) and reads the PDF's text. */
async function pdfText(html: string, name: string): Promise<string> {
  const page = await browser.newPage({ javaScriptEnabled: false });
  try {
    await page.setContent(html, { waitUntil: 'load' });
    const file = join(folder.dir, `${name}.pdf`);
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    await page.close();
  }
}

beforeAll(async () => {
  await addTeamUsers({ file: serverFile }, PASSWORD, [
    ['ana@example.com', 'Ana'],
    ['val@example.com', 'Val'],
    ['otto@example.com', 'Otto'],
  ]);
  [server, browser, owner, viewer] = await Promise.all([
    startTeamServer(serverFile),
    launchChromium(),
    openTempDatabase(),
    openTempDatabase(),
  ]);
}, 60_000);

afterAll(async () => {
  for (const database of [owner, viewer]) {
    if (database && dealId) sharedDeal(database.db, dealId)?.disconnect();
  }
  await browser?.close();
  await server?.kill();
  owner?.cleanup();
  viewer?.cleanup();
  folder.remove();
});

describe('manager review: a viewer comments, the owner resolves', () => {
  it('offers no comments on a deal that is not shared', async () => {
    dealId = await seedDeal(on(owner), { issues: 3 });
    await expect(on(owner)('team.comment', { dealId, sectionKey: 'batna', body: 'Local note' })).rejects.toThrow(
      /share the deal first/,
    );
    expect(commentsIn(owner.db)).toEqual([]);
  });

  it('a viewer’s comment goes through the team server and reaches the owner’s SQLite (and the viewer’s)', async () => {
    await on(owner)('team.signIn', { server: server.http, email: 'ana@example.com', password: PASSWORD });
    await on(owner)('team.share', { dealId });
    await on(owner)('team.invite', { dealId, email: 'val@example.com', role: 'viewer' });
    await on(viewer)('team.signIn', { server: server.http, email: 'val@example.com', password: PASSWORD });
    await on(viewer)('team.join', { dealId });
    expect(sharedDeal(viewer.db, dealId)?.readOnly).toBe(true);

    // The viewer's procedure answers once the comment is in the viewer's own SQLite.
    const answered = await on(viewer)<ReviewComment[]>('team.comment', {
      dealId,
      sectionKey: 'batna',
      body: `  ${VIEWER_COMMENT}  `,
    });
    expect(answered).toMatchObject([
      { sectionKey: 'batna', body: VIEWER_COMMENT, authorName: 'Val', authorEmail: 'val@example.com' },
    ]);
    expect(commentsIn(viewer.db)).toHaveLength(1);
    await waitFor(() => commentsIn(owner.db).length === 1, 'the comment in the owner’s SQLite');
    const [row] = commentsIn(owner.db);
    expect(row).toMatchObject({
      dealId,
      sectionKey: 'batna',
      body: VIEWER_COMMENT,
      authorName: 'Val',
      authorEmail: 'val@example.com',
      resolvedAt: null,
      deletedAt: null,
    });
    expect(commentsIn(owner.db)).toEqual(commentsIn(viewer.db));
    expect(JSON.stringify(serverComments())).toContain('REVIEW-COMMENT-4242');
  });

  it('the owner comments through the one write path; it reaches the viewer', async () => {
    const listed = await on(owner)<ReviewComment[]>('team.comment', {
      dealId,
      sectionKey: 'risks',
      body: OWNER_COMMENT,
    });
    expect(listed.map((k) => [k.authorName, k.sectionKey])).toEqual([
      ['Val', 'batna'],
      ['Ana', 'risks'],
    ]);
    await waitFor(() => commentsIn(viewer.db).length === 2, 'the owner’s comment on the viewer’s laptop');
    expect(commentsIn(viewer.db)).toEqual(commentsIn(owner.db));
  });

  it('refuses comments from a non-member, a bad sign-in and an empty body; nothing is written', async () => {
    const api = teamApi(server.http);
    const otto = (await api.signIn('otto@example.com', PASSWORD)).token;
    const comment = { id: crypto.randomUUID(), sectionKey: 'batna', body: 'Outsider' };
    await expect(api.comment(otto, dealId, comment)).rejects.toThrow(/Not a member/);
    await expect(api.comment('not-a-token', dealId, comment)).rejects.toThrow(/not valid/);
    const val = (await api.signIn('val@example.com', PASSWORD)).token;
    await expect(api.comment(val, dealId, { ...comment, body: '   ' })).rejects.toThrow(/Write a comment/);
    await expect(api.comment(val, dealId, { ...comment, sectionKey: 'nowhere' })).rejects.toThrow(/step or a section/);
    expect(JSON.stringify(serverComments())).not.toContain('Outsider');
    expect(Object.keys(serverComments())).toHaveLength(2);
  });

  it('prints open comments under their section only when asked; the offer sheet never', async () => {
    const withComments = await pdfText(await documentOn(owner, 'plan', true), 'plan-with-comments');
    expect(withComments).toContain('REVIEW-COMMENT-4242');
    expect(withComments).toContain('OWNER-COMMENT-5151');
    // Under its own section: after the BATNA section's heading, before the next section's.
    const batnaAt = withComments.indexOf('BATNA & ZOPA');
    const commentAt = withComments.indexOf('REVIEW-COMMENT-4242');
    expect(batnaAt).toBeGreaterThanOrEqual(0);
    expect(commentAt).toBeGreaterThan(batnaAt);
    expect(commentAt).toBeLessThan(withComments.indexOf('Issues & tradeables', batnaAt));

    const without = await pdfText(await documentOn(owner, 'plan', false), 'plan-without-comments');
    expect(without).toContain(SECRETS.batna);
    expect(without).not.toContain('REVIEW-COMMENT');
    expect(without).not.toContain('OWNER-COMMENT');

    for (const laptop of [owner, viewer]) {
      const sheet = await documentOn(laptop, 'offer_sheet', true);
      expect(sheet).not.toMatch(/REVIEW-COMMENT|OWNER-COMMENT/);
      const text = await pdfText(sheet, 'offer-sheet');
      expect(text).not.toMatch(/REVIEW-COMMENT|OWNER-COMMENT|review comment/i);
    }
  });

  it('a viewer cannot resolve a comment or edit a row; nothing changes anywhere', async () => {
    const [viewerComment] = commentsIn(owner.db);
    const id = String(viewerComment?.id);
    const before = { owner: commentsIn(owner.db), viewer: commentsIn(viewer.db), server: serverComments() };
    await expect(on(viewer)('team.resolveComment', { dealId, id })).rejects.toThrow(/read-only/);
    const [risk] = rowStore('risks').list(viewer.db, dealId);
    if (risk) {
      await expect(
        on(viewer)('rows.update', { table: 'risks', id: risk.id, patch: { statement: 'Viewer was here' } }),
      ).rejects.toThrow(/read-only/);
    }

    // A later comment by the owner arrives at the viewer: anything the viewer sent had its chance to travel.
    const later = await on(owner)<ReviewComment[]>('team.comment', { dealId, sectionKey: 'meso', body: 'Later' });
    await waitFor(() => commentsIn(viewer.db).length === later.length, 'a later comment to arrive');
    const notLater = (rows: Record<string, unknown>[]) => rows.filter((k) => k.body !== 'Later');
    expect(notLater(commentsIn(owner.db))).toEqual(before.owner);
    expect(notLater(commentsIn(viewer.db))).toEqual(before.viewer);
    expect(Object.fromEntries(Object.entries(serverComments()).filter(([key]) => key in before.server))).toEqual(
      before.server,
    );
    expect(commentsIn(owner.db).find((k) => k.id === id)?.resolvedAt).toBeNull();
    expect(
      rowStore('risks')
        .list(owner.db, dealId)
        .map((r) => r.statement),
    ).not.toContain('Viewer was here');
  });

  it('the owner resolves through the one write path; the viewer’s copy shows it resolved, and the plan leaves it out', async () => {
    const id = String(commentsIn(owner.db).find((k) => k.body === VIEWER_COMMENT)?.id);
    const listed = await on(owner)<ReviewComment[]>('team.resolveComment', { dealId, id });
    expect(listed.find((k) => k.id === id)).toMatchObject({ resolvedBy: 'Ana', resolvedAt: expect.any(String) });
    await waitFor(
      () => commentsIn(viewer.db).find((k) => k.id === id)?.resolvedBy === 'Ana',
      'the resolution on the viewer’s laptop',
      () => commentsIn(viewer.db),
    );
    const plan = await documentOn(viewer, 'plan', true);
    expect(plan).not.toContain('REVIEW-COMMENT-4242');
    expect(plan).toContain('OWNER-COMMENT-5151');
  });
});
