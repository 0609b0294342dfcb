import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiContext } from '../api/context';
import { invokeByName } from '../api/invoke';
import type { Envelope } from '../api/procedure';
import { MAX_DEAL_FILE_BYTES } from '../core/dealFileLimits';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
import { type FirstScreen, pageWithFirstScreen } from './firstScreen';
import { isAllowedHost, isAllowedOrigin, isLoopbackAddress, tokenMatches } from './guards';
import { readStaticFile } from './staticFiles';

export const TOKEN_HEADER = 'x-parley-token';
/** Deal files with attachments are the largest bodies; anything bigger is refused unread. */
/** A deal file travels as a JSON string inside the body: escaping at most doubles it. */
export const MAX_BODY_BYTES = 2 * MAX_DEAL_FILE_BYTES + 1024 * 1024;

export interface WebServerOptions {
  ctx: ApiContext;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  /**
   * Renders the deals list into the page opened with the token (out/main/firstScreen.js);
   * without it the page comes as built and asks for the deals itself.
   */
  firstScreen?: FirstScreen;
}

export interface RunningWebServer {
  server: Server;
  port: number;
  token: string;
  /** The address to open, token included. */
  url: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  // The token travels in the first URL; never leak it in a Referer.
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function send(res: ServerResponse, status: number, body: string | Buffer, contentType: string) {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

function sendEnvelope(res: ServerResponse, status: number, envelope: Envelope<unknown>) {
  send(res, status, JSON.stringify(envelope), 'application/json; charset=utf-8');
}

function refuse(res: ServerResponse, status: number, message: string) {
  sendEnvelope(res, status, { ok: false, error: { code: 'forbidden', message, fieldErrors: {} } });
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const isPage = (pathname: string) => pathname === '/' || pathname === '/index.html';

const STATUS_BY_CODE: Record<string, number> = { invalid_input: 400, not_found: 404, conflict: 409, internal: 500 };

/**
 * Browser mode: the same API as Electron IPC, over HTTP on 127.0.0.1 only.
 * Every /api/ request passes the address, Host, Origin and token checks before any
 * routing, so a page on another site cannot drive the API even if it guesses the port.
 */
export function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = options.port ?? 0;

  const server = createServer(async (req, res) => {
    try {
      if (!isLoopbackAddress(req.socket.remoteAddress)) return refuse(res, 403, 'Only this computer may connect.');
      if (!isAllowedHost(req.headers.host, port)) return refuse(res, 403, 'Unexpected Host header.');
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

      if (url.pathname.startsWith('/api/')) {
        if (!isAllowedOrigin(req.headers.origin, port))
          return refuse(res, 403, 'Requests from other sites are refused.');
        const presented = req.headers[TOKEN_HEADER];
        if (!tokenMatches(typeof presented === 'string' ? presented : undefined, token)) {
          return refuse(res, 401, 'Missing or wrong access token. Open the address Parley printed at start-up.');
        }
        if (req.method !== 'POST') return refuse(res, 405, 'Use POST for API calls.');
        const declared = Number(req.headers['content-length'] ?? 0);
        const body = declared > MAX_BODY_BYTES ? null : await readBody(req);
        if (body === null) {
          // Do not read the rest of an oversized upload: answer, then drop the connection.
          const socket = req.socket;
          res.setHeader('Connection', 'close');
          res.once('finish', () => socket.destroy());
          return refuse(res, 413, 'The request is too large.');
        }
        let input: unknown;
        try {
          input = body.length ? JSON.parse(body) : undefined;
        } catch {
          return sendEnvelope(res, 400, {
            ok: false,
            error: { code: 'invalid_input', message: 'The request body is not valid JSON.', fieldErrors: {} },
          });
        }
        const envelope = await invokeByName(options.ctx, url.pathname.slice('/api/'.length), input);
        return sendEnvelope(res, envelope.ok ? 200 : (STATUS_BY_CODE[envelope.error.code] ?? 400), envelope);
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed.');
      // The page opened with the token (the address printed at start-up) comes with the deals
      // list in it. Without the token, or with a wrong one, the page is the same for everyone
      // and holds no data: it asks the API, which wants the token.
      const presented = url.searchParams.get('token');
      if (options.firstScreen && presented !== null && tokenMatches(presented, token) && isPage(url.pathname)) {
        const page = await readStaticFile(options.staticDir, '/index.html');
        if (page)
          return send(
            res,
            200,
            pageWithFirstScreen(page.body, options.firstScreen, options.ctx, options.staticDir),
            page.contentType,
          );
      }
      const file = await readStaticFile(options.staticDir, url.pathname);
      if (file) return send(res, 200, file.body, file.contentType);
      return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    } catch (error) {
      console.error('Browser-mode request failed', error);
      if (!res.headersSent) refuse(res, 500, 'Internal error.');
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // 127.0.0.1 only: never reachable from another machine.
    server.listen(port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        server,
        port,
        token,
        url: `http://127.0.0.1:${port}/?token=${token}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
