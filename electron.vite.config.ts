import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './web/contentSecurityPolicy';

// frame-ancestors is only honoured as a header (both shells send it); a meta tag would log an error.
const META_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

/** The built page carries the CSP itself too, so it holds wherever the HTML is served from. */
const cspMeta = (): Plugin => ({
  name: 'parley-csp-meta',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${META_POLICY}" />`),
});

/**
 * renderer/src/main.tsx is a tiny entry that asks for the deals list, then imports the UI
 * (boot.tsx) dynamically. Preloading that chunk from the HTML lets the browser fetch it
 * alongside the entry instead of after it.
 */
const preloadBoot = (): Plugin => ({
  name: 'parley-preload-boot',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html, context) => {
      const boot = Object.values(context.bundle ?? {}).find(
        (output) => output.type === 'chunk' && output.isDynamicEntry && output.name === 'boot',
      );
      if (!boot) throw new Error('parley-preload-boot: no chunk for renderer/src/boot.tsx');
      return html.replace('</head>', `  <link rel="modulepreload" crossorigin href="./${boot.fileName}">\n  </head>`);
    },
  },
});

/**
 * zod ships comments Rollup cannot place, TanStack Query marks modules "use client" (meant for
 * server-component bundlers): noise, not a problem in our code.
 */
const onwarn = (warning: { code?: string; message: string }, warn: (w: { code?: string; message: string }) => void) => {
  if (warning.message.includes('contains an annotation that Rollup cannot interpret')) return;
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use client"')) return;
  warn(warning);
};

export default defineConfig({
  main: {
    // React and TanStack bundled into out/main/firstScreen.js run as their production builds.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      rollupOptions: {
        onwarn,
        // One build for both shells: the Electron main process and the browser-mode server,
        // and the deals list they render into the page they serve (web/firstScreen.ts).
        input: {
          index: resolve('electron/main.ts'),
          web: resolve('web/main.ts'),
          firstScreen: resolve('renderer/src/firstScreen.tsx'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require npm packages: bundle everything, as CommonJS.
      externalizeDeps: false,
      rollupOptions: {
        onwarn,
        input: { index: resolve('electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), cspMeta(), preloadBoot()],
    build: {
      // Minified, and split by screen (React.lazy in renderer/src/app): the first screen
      // downloads and parses only its own code. bench/startup.bench.ts measures it.
      minify: 'esbuild',
      cssMinify: 'esbuild',
      // One stylesheet, linked from the HTML: 44 KB for every screen, and a screen's chunk
      // never waits for its own CSS file before it runs (the deals list did, ~300 ms).
      cssCodeSplit: false,
      rollupOptions: { onwarn, input: { index: resolve('renderer/index.html') } },
    },
  },
});
