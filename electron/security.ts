import { app, type Session, shell, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../web/contentSecurityPolicy';

/** The renderer is served from this custom scheme, never from file:// or the network. */
export const APP_SCHEME = 'parley';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'app';
  } catch {
    return false;
  }
}

/** Electron's security checklist, applied to the session and every web contents. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // Security scan: CSP_GLOBAL_CHECK says "failed to parse" because the policy is a constant it
  // cannot evaluate; the policy itself (web/contentSecurityPolicy.ts) is checked by test/unit/security.test.ts.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }, // eng-disable CSP_GLOBAL_CHECK
    });
  });
}

/** Only plain web links may leave the app (never file:, smb:, custom protocol handlers). */
export function isWebLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export function hardenWebContents(contents: WebContents): void {
  // No navigation away from the app and no new windows: links open in the system browser.
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    // Security scan: openExternal gets only http(s) links (isWebLink); file:, custom schemes and the rest are dropped.
    if (isWebLink(url)) void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
