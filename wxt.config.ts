import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type WebExtConfig } from 'wxt';
import type { Plugin } from 'vite';
import { NEWS_SITE_MATCHES } from './utils/news-sites';

/**
 * Builds:
 * - `wxt build` → .output/chrome-mv3 (MV3, side_panel)
 * - `wxt build -b firefox` → .output/firefox-mv2 (sidebar_action, gecko id)
 * - `wxt build --mode test` → .output/chrome-mv3-test: the same extension, plus
 *   http://127.0.0.1/* so browser tests can serve fixture pages locally (and host access to
 *   http://localhost/*, a page off the list for the one-click scan test).
 *
 * Where the content script runs (README "Where Counterpoint runs"): the news sites listed in
 * utils/news-sites.ts (set as its `matches` in build:manifestGenerated below, so the list is the
 * one source); any other page on one click (`activeTab` + `scripting`); every site only if the
 * user grants the optional `<all_urls>` permission from the options page.
 *
 * `wxt` (npm run dev) rebuilds on change and opens a browser with the extension loaded. On a
 * machine without a display (CI, containers, SSH) that browser runs headless, and as root it
 * needs --no-sandbox; see devBrowser() below.
 */
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: the engine must run in Node without WXT's globals.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Counterpoint',
    // Interface strings: public/_locales/<lang>/messages.json, read through utils/i18n.ts.
    default_locale: 'en',
    description: 'Shows official assessments next to denials of election interference in the news you read.',
    // `alarms`: the schedule of pack subscription updates (issue #6).
    permissions:
      browser === 'firefox'
        ? ['storage', 'activeTab', 'scripting', 'alarms']
        : ['storage', 'activeTab', 'scripting', 'sidePanel', 'alarms'],
    // "Run on all sites", asked for from the options page. Firefox's MV2 build has no
    // optional_host_permissions key: origins go in optional_permissions there.
    ...(browser === 'firefox'
      ? { optional_permissions: ['<all_urls>'] }
      : { optional_host_permissions: ['<all_urls>'] }),
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: 'Counterpoint' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'counterpoint@counterpoint.invalid',
              // 140: first Firefox with the CSS Custom Highlight API (and data_collection_permissions).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      // The content script runs on the curated list (its own `matches` are only a placeholder).
      for (const script of manifest.content_scripts ?? []) {
        if (script.js?.some((file) => file.startsWith('content-scripts/content')))
          script.matches = [...NEWS_SITE_MATCHES];
      }
      if (wxt.config.mode !== 'test') return;
      const local = 'http://127.0.0.1/*';
      for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), local];
      // http://localhost/* is host access without the content script: a page "off the list"
      // that "Scan this page" can inject into without a toolbar click (which grants activeTab).
      manifest.host_permissions = [...(manifest.host_permissions ?? []), local, 'http://localhost/*'];
    },
  },
  // WXT's content-script context talks to the page (postMessage, document events) and can be
  // switched off by it: the content-script entry gets our quiet one instead (see that file).
  vite: () => ({
    // COUNTERPOINT_UNMINIFIED=1: readable function names in CPU profiles (npm run bench:page -- --profile).
    ...(process.env.COUNTERPOINT_UNMINIFIED ? { build: { minify: false } } : {}),
    plugins: [compileHint()],
    resolve: {
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: resolve(import.meta.dirname, 'entrypoints/content/quiet-context.ts'),
        },
      ],
    },
  }),
  webExt: devBrowser(),
});

/**
 * Starts the content script with V8's explicit compile hint `//# allFunctionsCalledOnLoad`
 * (Chromium 136+; a plain comment elsewhere): its functions are compiled with the script instead
 * of each one parsed again on its first call. The script runs once per page, so that second parse
 * was most of its compile cost: in the per-page benchmark the page's main thread spent about 3.6 ms
 * less on the 50 KB article, 1.7 ms on one without a claim (BENCHMARKS.md, "Per-page cost: third
 * pass"). Added after minification, which would drop the comment.
 */
function compileHint(): Plugin {
  return {
    name: 'counterpoint-compile-hint',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && /^content-scripts\/content\.js$/.test(chunk.fileName))
          chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
      }
    },
  };
}

/**
 * How `wxt dev` starts a browser here. Uses the system Chromium when there is one (WXT would
 * otherwise look for Google Chrome). Chromium exits at once without a display unless headless,
 * and refuses to run as root without --no-sandbox, so both flags follow the environment.
 */
function devBrowser(): WebExtConfig {
  const chromium = '/usr/bin/chromium';
  const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const root = process.getuid?.() === 0;
  return {
    binaries: existsSync(chromium) ? { chrome: chromium } : {},
    chromiumArgs: [...(noDisplay ? ['--headless=new'] : []), ...(root ? ['--no-sandbox'] : [])],
  };
}
