import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_DEALS_ELEMENT_ID } from '../../core/firstScreen';
import { createDeal } from '../../db/repositories/deals';
import { isAllowedHost, isAllowedOrigin, isLoopbackAddress, tokenMatches } from '../../web/guards';
import { MAX_BODY_BYTES, type RunningWebServer, startWebServer } from '../../web/server';
import { dumpDatabase } from '../support/dump';
import { openTempDatabase } from '../support/tempDataDir';

let database: Awaited<ReturnType<typeof openTempDatabase>>;
let server: RunningWebServer;
let staticDir: string;
/** What the first-screen renderer was asked to render, and what it drew: the deals' titles. */
const rendered: string[][] = [];

beforeAll(async () => {
  database = await openTempDatabase();
  staticDir = mkdtempSync(join(tmpdir(), 'parley-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><body><div id="root"></div></body>');
  server = await startWebServer({
    ctx: { db: database.db, dataDir: database.dataDir },
    staticDir,
    port: 0,
    firstScreen: (deals) => {
      rendered.push(deals.map((deal) => deal.title));
      return `<p class="first-rows">${deals.length} deals</p>`;
    },
  });
});
afterAll(async () => {
  await server.close();
  database.cleanup();
  rmSync(staticDir, { recursive: true, force: true });
});

/** A raw request, so Host and Origin can be anything a hostile page could send. */
function send(options: {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        agent: false,
        path: options.path,
        method: options.method ?? 'POST',
        headers: { Host: `127.0.0.1:${server.port}`, 'Content-Type': 'application/json', ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () => done({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', fail);
    req.end(options.method === 'GET' ? undefined : (options.body ?? '{}'));
  });
}

const withToken = (extra: Record<string, string> = {}) => ({ 'X-Parley-Token': server.token, ...extra });

describe('browser mode HTTP server', () => {
  it('binds to 127.0.0.1 only and prints a URL with the token', () => {
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers an authorised API call', async () => {
    const created = await send({ path: '/api/deals.create', headers: withToken(), body: '{"title":"Over HTTP"}' });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { title: 'Over HTTP' } });
  });

  it('refuses API calls without the token, or with a wrong one, before routing', async () => {
    const before = dumpDatabase(database.sqlite);
    const attempts: Record<string, string>[] = [
      {},
      { 'X-Parley-Token': 'wrong' },
      { 'X-Parley-Token': `${server.token}x` },
    ];
    for (const headers of attempts) {
      const res = await send({ path: '/api/deals.create', headers, body: '{"title":"Intruder"}' });
      expect(res.status).toBe(401);
      expect(JSON.parse(res.body).error.message).toMatch(/token/);
    }
    // Even an unknown procedure gets 401, not 404: nothing about the API leaks without the token.
    expect((await send({ path: '/api/no.such', headers: {} })).status).toBe(401);
    expect(dumpDatabase(database.sqlite)).toBe(before);
  });

  it('refuses a foreign Origin even with the token', async () => {
    const before = dumpDatabase(database.sqlite);
    const res = await send({
      path: '/api/deals.create',
      headers: withToken({ Origin: 'https://evil.example' }),
      body: '{"title":"CSRF"}',
    });
    expect(res.status).toBe(403);
    expect(dumpDatabase(database.sqlite)).toBe(before);
  });

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const before = dumpDatabase(database.sqlite);
    for (const host of ['evil.example', `evil.example:${server.port}`, '127.0.0.1:1']) {
      const res = await send({ path: '/api/deals.create', headers: withToken({ Host: host }), body: '{"title":"x"}' });
      expect(res.status).toBe(403);
    }
    expect(dumpDatabase(database.sqlite)).toBe(before);
  });

  it('answers bad JSON and oversized bodies with clear errors', async () => {
    const bad = await send({ path: '/api/deals.create', headers: withToken(), body: '{"title":' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.message).toMatch(/not valid JSON/);
    // Refused from the declared length, before a single byte of the body is read.
    const huge = await send({
      path: '/api/deals.create',
      headers: withToken({ 'Content-Length': String(MAX_BODY_BYTES + 1) }),
      body: '{}',
    });
    expect(huge.status).toBe(413);
  });

  it('sends the security headers with every response', async () => {
    const res = await send({ path: '/', method: 'GET' });
    expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves the deals list inside the page only to the address with the token', async () => {
    createDeal(database.db, { title: 'Confidential merger', counterparty: 'Hooli' });
    rendered.length = 0;
    const refused = [
      '/',
      '/index.html',
      '/?token=',
      '/?token=wrong',
      `/?token=${server.token}x`,
      `/?token=${server.token.slice(1)}`,
      // The fragment never reaches the server; an old-style address is just the page.
      `/#token=${server.token}`,
    ];
    for (const path of refused) {
      const res = await send({ path, method: 'GET' });
      expect(res.status).toBe(200);
      expect(res.body).not.toContain('Confidential merger');
      expect(res.body).not.toContain('Hooli');
      expect(res.body).not.toContain(FIRST_DEALS_ELEMENT_ID);
      expect(res.body).not.toContain('first-rows');
    }
    // Not even listed or rendered for those requests.
    expect(rendered).toEqual([]);

    for (const path of [`/?token=${server.token}`, `/index.html?token=${server.token}`]) {
      const res = await send({ path, method: 'GET' });
      expect(res.status).toBe(200);
      expect(res.body).toContain('<p class="first-rows">');
      expect(res.body).toContain('Confidential merger');
      // The token opens the page; the page never repeats it.
      expect(res.body).not.toContain(server.token);
      expect(String(res.headers['cache-control'])).toBe('no-store');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    }
    expect(rendered.at(-1)).toContain('Confidential merger');
    // A file is never swapped for the page, token or not.
    expect((await send({ path: `/other.js?token=${server.token}`, method: 'GET' })).status).toBe(404);
  });

  it('refuses the token-bearing page to a foreign Host (DNS rebinding) before reading any deal', async () => {
    rendered.length = 0;
    const res = await send({ path: `/?token=${server.token}`, method: 'GET', headers: { Host: 'evil.example' } });
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('Confidential merger');
    expect(rendered).toEqual([]);
  });

  it('does not serve files outside the UI folder', async () => {
    const res = await send({ path: '/../../../../etc/passwd', method: 'GET' });
    expect(res.status).toBe(404);
    const encoded = await send({ path: '/%2e%2e/%2e%2e/etc/passwd', method: 'GET' });
    expect(encoded.status).toBe(404);
  });
});

describe('request guards', () => {
  it('accepts only loopback peers', () => {
    for (const address of ['127.0.0.1', '127.5.6.7', '::1', '::ffff:127.0.0.1'])
      expect(isLoopbackAddress(address)).toBe(true);
    for (const address of ['10.0.0.2', '192.168.1.10', '::ffff:10.0.0.1', 'fe80::1', '0.0.0.0', '', undefined]) {
      expect(isLoopbackAddress(address)).toBe(false);
    }
  });

  it('accepts only our own host and origin', () => {
    expect(isAllowedHost('127.0.0.1:8080', 8080)).toBe(true);
    expect(isAllowedHost('localhost:8080', 8080)).toBe(true);
    expect(isAllowedHost('attacker.test:8080', 8080)).toBe(false);
    expect(isAllowedHost(undefined, 8080)).toBe(false);
    expect(isAllowedOrigin(undefined, 8080)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:8080', 8080)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:9090', 8080)).toBe(false);
    expect(isAllowedOrigin('null', 8080)).toBe(false);
  });

  it('compares tokens exactly', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abd', 'abc')).toBe(false);
    expect(tokenMatches('ab', 'abc')).toBe(false);
    expect(tokenMatches(undefined, 'abc')).toBe(false);
  });
});
