import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { procedureNames } from '../../api/contract';
import type { Envelope } from '../../api/procedure';
import { CONTENT_SECURITY_POLICY } from '../../web/contentSecurityPolicy';
import { type ElectronShell, startElectronShell } from '../support/electronShell';

/**
 * The Electron shell as built (out/main, out/preload), run in Node against a recording
 * stand-in for Electron (test/support/electronStandIn): what it asks of Electron, and what
 * happens to calls coming through the preload bridge into a real SQLite file.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');

interface Facts {
  singleInstanceLockRequests: number;
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[];
  windows: {
    options: { show?: boolean; backgroundColor?: string; webPreferences: Record<string, unknown> };
    shown: boolean;
    loadedUrls: string[];
  }[];
  ipcRegistrations: string[];
  exposed: Record<string, string[]>;
  exposedFrozen: Record<string, boolean>;
  menuLabels: string[][];
  protocolSchemes: string[];
}

let dataDir: string;
let shell: ElectronShell;
let facts: Facts;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'parley-shell-'));
  shell = await startElectronShell(dataDir);
  facts = await shell.send<Facts>('facts');
});
afterAll(async () => {
  await shell?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('Electron shell (built bundle, stand-in Electron)', () => {
  it('asks for the single-instance lock and serves the UI from its privileged scheme', () => {
    expect(facts.singleInstanceLockRequests).toBe(1);
    expect(facts.privilegedSchemes).toEqual([
      { scheme: 'parley', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(facts.protocolSchemes).toEqual(['parley']);
    expect(facts.windows[0]?.loadedUrls).toEqual(['parley://app/index.html']);
  });

  it('opens one hardened window, hidden until its first paint is ready, on the app’s background colour', async () => {
    expect(facts.windows).toHaveLength(1);
    const options = facts.windows[0]?.options;
    expect(options?.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(options?.webPreferences).not.toHaveProperty('nodeIntegrationInSubFrames', true);
    expect(options?.webPreferences).not.toHaveProperty('allowRunningInsecureContent', true);
    expect(options?.show).toBe(false);
    // The page's own background (--bg in styles.css, light here: the stand-in's system is not dark),
    // so nothing flashes between the window appearing and the page painting.
    const lightBackground = /^:root \{[^}]*?--bg: (#[0-9a-f]{6});/m.exec(
      readFileSync(join(ROOT, 'renderer', 'src', 'styles.css'), 'utf8'),
    )?.[1];
    expect(lightBackground).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options?.backgroundColor?.toLowerCase()).toBe(lightBackground?.toLowerCase());
    expect(facts.windows[0]?.shown).toBe(false);
    expect(await shell.send('emitWindow', { event: 'ready-to-show' })).toEqual({ shown: true });
  });

  it('registers every procedure of api/contract.ts on ipcMain exactly once, and the preload exposes exactly those', () => {
    const apiChannels = facts.ipcRegistrations.filter((channel) => channel.startsWith('parley:'));
    expect([...apiChannels].sort()).toEqual(procedureNames.map((name) => `parley:${name}`).sort());
    expect(new Set(facts.ipcRegistrations).size).toBe(facts.ipcRegistrations.length);
    expect([...(facts.exposed.parley ?? [])].sort()).toEqual([...procedureNames].sort());
    expect(facts.exposedFrozen).toEqual({ parley: true, parleyShell: true });
    expect(Object.keys(facts.exposed).sort()).toEqual(['parley', 'parleyShell']);
  });

  it('answers a call through preload → IPC → handler → SQLite with the envelope, and the row is in the file', async () => {
    const created = await shell.send<Envelope<{ id: string; title: string }>>('call', {
      name: 'deals.create',
      input: { title: 'Northwind renewal' },
    });
    expect(created).toMatchObject({ ok: true, value: { title: 'Northwind renewal' } });
    if (!created.ok) return;
    const listed = await shell.send<Envelope<{ id: string }[]>>('call', { name: 'deals.list', input: {} });
    expect(listed.ok && listed.value.map((deal) => deal.id)).toContain(created.value.id);

    const file = new Database(join(dataDir, 'parley.sqlite'), { readonly: true });
    try {
      expect(file.prepare('SELECT title FROM deals WHERE id = ?').get(created.value.id)).toEqual({
        title: 'Northwind renewal',
      });
    } finally {
      file.close();
    }
  });

  it('answers invalid input with a readable error envelope, not a thrown error', async () => {
    const answer = await shell.send<Envelope<unknown>>('call', { name: 'deals.create', input: { title: 42 } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses calls from any frame but our own top-level page', async () => {
    for (const frame of [
      { url: 'https://example.com/', parent: null },
      { url: 'parley://app/index.html', parent: { url: 'parley://app/index.html' } },
      { url: 'file:///etc/passwd', parent: null },
      { url: 'parley://elsewhere/index.html', parent: null },
    ]) {
      const answer = await shell.send<Envelope<unknown>>('call', {
        name: 'deals.create',
        input: { title: 'Injected' },
        frame,
      });
      expect(answer, frame.url).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const listed = await shell.send<Envelope<{ title: string }[]>>('call', { name: 'deals.list', input: {} });
    expect(listed.ok && listed.value.map((deal) => deal.title)).not.toContain('Injected');
  });

  it('denies navigation away from the app, new windows, webviews and permission requests', async () => {
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(await shell.send('navigate', { event, url: 'https://example.com/' })).toEqual({ prevented: true });
      expect(await shell.send('navigate', { event, url: 'file:///etc/passwd' })).toEqual({ prevented: true });
      expect(await shell.send('navigate', { event, url: 'parley://app/index.html#/library' })).toEqual({
        prevented: false,
      });
    }
    // A web link leaves for the system browser; nothing else does; no window opens either way.
    expect(await shell.send('openWindow', { url: 'https://example.com/article' })).toEqual({
      answer: { action: 'deny' },
      openedExternally: ['https://example.com/article'],
    });
    for (const url of ['file:///etc/passwd', 'smb://server/share', 'parley://app/index.html', 'javascript:alert(1)']) {
      expect(await shell.send('openWindow', { url })).toEqual({ answer: { action: 'deny' }, openedExternally: [] });
    }
    expect(await shell.send('attachWebview')).toEqual({ prevented: true });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(await shell.send('permission', { permission })).toEqual({ granted: false, checked: false });
    }
  });

  it('serves the window’s first page with the deals list in it, then the built UI with the CSP, and refuses paths outside it', async () => {
    const fetchPage = () =>
      shell.send<{ status: number; headers: Record<string, string>; body: string }>('fetchApp', {
        url: 'parley://app/index.html',
      });
    const built = readFileSync(join(ROOT, 'out', 'renderer', 'index.html'), 'utf8');
    await shell.send('call', { name: 'deals.create', input: { title: 'Fabrikam <first> renewal' } });
    // The first page: the deals list rendered by out/main/firstScreen.js, and its data.
    const first = await fetchPage();
    expect(first.status).toBe(200);
    expect(first.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(first.body).toMatch(/<div class="app" inert="">/);
    expect(first.body).toMatch(/role="row"[^>]*data-deal-id="[0-9a-f-]{36}"/);
    expect(first.body).toContain('Fabrikam &lt;first&gt; renewal');
    expect(first.body).toContain('<script type="application/json" id="parley-first-deals">');
    // Around the mount point, the page as built, its stylesheet inline (the first paint does
    // not wait for it) and the UI's code not preloaded (it loads after the first paint).
    const [head = '', tail] = built.split('<div id="root"></div>');
    const stylesheet = /<link rel="stylesheet" crossorigin href="\.\/(assets\/[\w.-]+\.css)">/.exec(head);
    expect(stylesheet).toBeTruthy();
    expect(head).toContain('<link rel="modulepreload"');
    const css = readFileSync(join(ROOT, 'out', 'renderer', stylesheet?.[1] ?? ''), 'utf8');
    const firstHead = head
      .replace(stylesheet?.[0] ?? '', () => `<style>${css}</style>`)
      .replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
    expect(first.body.startsWith(`${firstHead}<div id="root">`)).toBe(true);
    expect(first.body.endsWith(`</script>${tail}`)).toBe(true);
    // Any later load (a reload, maybe of another screen) is the page as built.
    const index = await fetchPage();
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['content-type']).toBe('text/html');
    expect(index.body).toBe(built);
    const script = /src="\.?\/(assets\/[^"]+\.js)"/.exec(index.body)?.[1];
    expect(script).toBeTruthy();
    const asset = await shell.send<{ status: number; headers: Record<string, string> }>('fetchApp', {
      url: `parley://app/${script}`,
    });
    expect(asset).toMatchObject({ status: 200, headers: { 'content-type': 'text/javascript' } });

    for (const url of [
      'parley://app/../package.json',
      'parley://app/%2e%2e/%2e%2e/package.json',
      'parley://app/..%2f..%2fpackage.json',
      'parley://app/..%5c..%5cpackage.json',
      'parley://app/%2fetc%2fpasswd',
      'parley://app/..%2fmain%2findex.js',
      'parley://app/..%2fpreload%2findex.cjs',
    ]) {
      const answer = await shell.send<{ status: number; body: string }>('fetchApp', { url });
      expect(answer, url).toEqual(expect.objectContaining({ status: 404, body: 'Not found' }));
    }
  });

  it('Export PDF writes the bytes printToPDF gave to the path the save dialog returned', async () => {
    const created = await shell.send<Envelope<{ id: string }>>('call', {
      name: 'deals.create',
      input: { title: 'Contoso supply bid' },
    });
    if (!created.ok) throw new Error('could not create the deal');
    const savePath = join(dataDir, 'exported plan.pdf');
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 255, 128, 10]), Buffer.from('%%EOF\n')]);
    const exported = await shell.send<{
      result: { ok: boolean; path: string | null };
      saveDialog: { defaultPath: string; filters: unknown };
      printWindow: {
        options: { show: boolean; webPreferences: Record<string, unknown> };
        destroyed: boolean;
        html: string;
        printOptions: unknown;
      };
    }>('exportPdf', {
      request: { dealId: created.value.id, kind: 'plan', pageSize: 'A4' },
      savePath,
      pdfBase64: pdf.toString('base64'),
    });
    expect(exported.result).toMatchObject({ ok: true, path: savePath });
    expect(readFileSync(savePath)).toEqual(pdf);
    expect(exported.saveDialog.defaultPath).toMatch(/\.pdf$/);
    // The hidden print window runs no script and is gone afterwards; it printed the plan of that deal.
    expect(exported.printWindow.options.show).toBe(false);
    expect(exported.printWindow.options.webPreferences).toMatchObject({ javascript: false, sandbox: true });
    expect(exported.printWindow.destroyed).toBe(true);
    expect(exported.printWindow.html).toContain('Contoso supply bid');

    // Remembered: the folder for the next PDF, File ▸ Recent exports, the OS's recent documents.
    const second = await shell.send<{ saveDialog: { defaultPath: string } }>('exportPdf', {
      request: { dealId: created.value.id, kind: 'offer_sheet', pageSize: 'A4' },
      savePath: null,
      pdfBase64: '',
    });
    expect(second.saveDialog.defaultPath.startsWith(`${dataDir}/`)).toBe(true);
    const preferences = JSON.parse(readFileSync(join(dataDir, 'shell-preferences.json'), 'utf8'));
    expect(preferences).toMatchObject({
      lastFolders: { pdf: dataDir },
      recentExports: [{ path: savePath, kind: 'pdf' }],
    });
    const menu = await shell.send<{ label: string; submenu?: { label: string; submenu?: string[] }[] }[]>('menu');
    const file = menu.find((item) => item.label === 'File');
    expect(file?.submenu?.find((item) => item.label === 'Recent exports')?.submenu).toEqual(['exported plan.pdf']);
    expect(await shell.send('clickRecentExport', { label: 'exported plan.pdf' })).toEqual({
      shownInFolder: [savePath],
      recentDocuments: [savePath],
    });

    const refused = await shell.send<{ result: { ok: boolean } }>('exportPdf', {
      request: { dealId: created.value.id, kind: 'plan', pageSize: 'A5' },
      savePath,
      pdfBase64: '',
    });
    expect(refused.result).toMatchObject({ ok: false });
  });

  it('opens download save dialogs in the folder the last download went to', async () => {
    const first = await shell.send<{ dialogOptions: unknown }>('download', {
      fileName: 'northwind.parley.json',
      savePath: join(dataDir, 'deal files', 'northwind.parley.json'),
    });
    expect(first.dialogOptions).toBeNull();
    await expect
      .poll(() => readPreferences(dataDir)?.lastFolders?.download, { timeout: 10_000 })
      .toBe(join(dataDir, 'deal files'));
    const next = await shell.send<{ dialogOptions: { defaultPath: string } }>('download', {
      fileName: 'contoso.parley.json',
      savePath: join(dataDir, 'contoso.parley.json'),
    });
    expect(next.dialogOptions).toEqual({ defaultPath: join(dataDir, 'deal files', 'contoso.parley.json') });
  });
});

function readPreferences(dir: string): { lastFolders?: Record<string, string> } | null {
  try {
    return JSON.parse(readFileSync(join(dir, 'shell-preferences.json'), 'utf8'));
  } catch {
    return null;
  }
}

describe('Electron shell: deal files opened from the file manager', () => {
  interface Opened {
    results: ({ ok: true; file: string; deals: { title: string; as: string }[] } | { ok: false; message: string })[];
    messageBoxes: { message: string; buttons: string[] }[];
    focusCalls: number;
  }
  let folder: string;
  let dealFile: string;

  /** A real deal file, exported by a first Parley; the deal is then purged so importing it is new again. */
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'parley-opened-'));
    const source = await startElectronShell(join(folder, 'source'));
    try {
      const deal = await source.send<Envelope<{ id: string }>>('call', {
        name: 'deals.create',
        input: { title: 'Fabrikam partnership' },
      });
      if (!deal.ok) throw new Error('could not create the deal');
      const exported = await source.send<Envelope<{ text: string }>>('call', {
        name: 'dealFiles.export',
        input: { ids: [deal.value.id] },
      });
      if (!exported.ok) throw new Error('could not export the deal');
      dealFile = join(folder, 'Fabrikam.parley.json');
      writeFileSync(dealFile, exported.value.text);
      writeFileSync(join(folder, 'broken.parley.json'), '{"not":"a deal file"}');
    } finally {
      await source.stop();
    }
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const titles = async (app: ElectronShell) => {
    const listed = await app.send<Envelope<{ title: string }[]>>('call', { name: 'deals.list', input: {} });
    return listed.ok ? listed.value.map((deal) => deal.title).sort() : [];
  };

  it('imports a deal file named on the command line at launch, once the window can show it', async () => {
    const app = await startElectronShell(join(folder, 'launch'), [dealFile]);
    try {
      await app.send('emitWindow', { event: 'ready-to-show' });
      const opened = await app.send<Opened>('openedFiles', { count: 1 });
      expect(opened.results).toEqual([
        {
          ok: true,
          file: 'Fabrikam.parley.json',
          deals: [expect.objectContaining({ title: 'Fabrikam partnership', as: 'new' })],
        },
      ]);
      expect(await titles(app)).toEqual(['Fabrikam partnership']);
    } finally {
      await app.stop();
    }
  });

  it('imports files a second launch hands over (Windows, Linux) and asks before touching a deal it already has', async () => {
    const app = await startElectronShell(join(folder, 'second'));
    try {
      await app.send('emitWindow', { event: 'ready-to-show' });
      await app.send('answerMessageBox', { response: 0 });
      const relative = 'Fabrikam.parley.json';
      // The second instance's argv and working folder; the file given relative to that folder.
      await app.send('emitApp', {
        event: 'second-instance',
        args: ['$event', ['/opt/Parley/parley', '--no-sandbox', dealFile], folder],
      });
      await app.send('emitApp', {
        event: 'second-instance',
        args: ['$event', ['/opt/Parley/parley', relative], folder],
      });
      await app.send('emitApp', {
        event: 'second-instance',
        args: ['$event', ['/opt/Parley/parley', join(folder, 'broken.parley.json')], folder],
      });
      const opened = await app.send<Opened>('openedFiles', { count: 3 });
      expect(opened.results[0]).toMatchObject({ ok: true, deals: [{ title: 'Fabrikam partnership', as: 'new' }] });
      expect(opened.results[1]).toMatchObject({
        ok: true,
        deals: [{ title: expect.stringContaining('Fabrikam partnership'), as: 'copy' }],
      });
      expect(opened.results[2]).toMatchObject({ ok: false, message: expect.stringMatching(/^broken\.parley\.json: /) });
      expect(opened.messageBoxes).toEqual([
        expect.objectContaining({ buttons: ['Import as copies', 'Replace', 'Cancel'] }),
      ]);
      expect(opened.focusCalls).toBeGreaterThanOrEqual(3);
      expect(await titles(app)).toHaveLength(2);
    } finally {
      await app.stop();
    }
  });

  it('imports files macOS hands over with open-file, and Cancel imports nothing', async () => {
    const app = await startElectronShell(join(folder, 'mac'));
    try {
      await app.send('emitWindow', { event: 'ready-to-show' });
      expect(await app.send('emitApp', { event: 'open-file', args: ['$event', dealFile] })).toMatchObject({
        prevented: true,
      });
      await app.send('answerMessageBox', { response: 2 });
      await app.send('emitApp', { event: 'open-file', args: ['$event', dealFile] });
      const opened = await app.send<Opened>('openedFiles', { count: 2 });
      expect(opened.results[0]).toMatchObject({ ok: true, deals: [{ as: 'new' }] });
      expect(opened.results[1]).toMatchObject({ ok: false, cancelled: true });
      expect(await titles(app)).toEqual(['Fabrikam partnership']);
    } finally {
      await app.stop();
    }
  });
});
