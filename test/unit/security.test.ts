import { createRequire } from 'node:module';
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../web/contentSecurityPolicy';

const require = createRequire(import.meta.url);

describe('content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split('; ').map((directive) => {
      const [name, ...values] = directive.split(' ');
      return [name, values] as const;
    }),
  );

  it('allows scripts only from the app, never inline or eval', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it('forbids plugins, framing, base rewriting and form posts', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });
});

describe('Electron fuses for packaging', () => {
  const hook = require('../../build/fuses.cjs') as { PARLEY_FUSES: Record<string, boolean>; default: unknown };

  it('turns off run-as-node, NODE_OPTIONS and --inspect; enforces the asar', () => {
    expect(hook.PARLEY_FUSES).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
    });
    expect(typeof hook.default).toBe('function');
  });

  it('names only fuses @electron/fuses knows', () => {
    for (const option of Object.keys(hook.PARLEY_FUSES)) expect(option in FuseV1Options).toBe(true);
  });
});
