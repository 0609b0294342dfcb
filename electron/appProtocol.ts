import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../web/contentSecurityPolicy';
import { APP_SCHEME } from './security';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Must run before `app.ready`: the scheme behaves like https (secure, standard origin). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer from `rendererDir` with the app's CSP on every response. The
 * window's first page is `firstPage` (index.html with the deals list in it, see
 * web/firstScreen.ts); any later load of it (a reload, perhaps of another screen: the route
 * is in the fragment, which never reaches this handler) is the page as built.
 */
export function serveRenderer(rendererDir: string, firstPage?: (indexHtml: Buffer) => string): void {
  let firstPageDue = firstPage;
  protocol.handle(APP_SCHEME, async (request) => {
    const { pathname } = new URL(request.url);
    const relative = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname)).replace(/^[/\\]+/, '');
    const file = join(rendererDir, relative);
    if (!file.startsWith(rendererDir + sep)) return new Response('Not found', { status: 404 });
    try {
      let body: Buffer | string = await readFile(file);
      if (firstPageDue && relative === 'index.html') {
        body = firstPageDue(body);
        firstPageDue = undefined;
      }
      return new Response(body, {
        headers: {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
