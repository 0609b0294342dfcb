/**
 * The one CSP for the UI, in both shells: scripts only from the app itself, no eval,
 * no plugins, no framing, and network only back to the app.
 * Inline styles are allowed because the plan preview is a self-contained document.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
