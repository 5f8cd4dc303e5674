import { defineConfig } from 'wxt';

/**
 * Builds:
 * - `wxt build` → .output/chrome-mv3 (MV3, side_panel)
 * - `wxt build -b firefox` → .output/firefox-mv2 (sidebar_action, gecko id)
 * - `wxt build --mode test` → .output/chrome-mv3-test: the same extension, plus
 *   http://127.0.0.1/* so browser tests can serve fixture pages locally.
 */
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: the engine must run in Node without WXT's globals.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Counterpoint',
    description: 'Shows official assessments next to denials of election interference in the news you read.',
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: 'Counterpoint' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'counterpoint@counterpoint.invalid',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'test') return;
      const local = 'http://127.0.0.1/*';
      for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), local];
      manifest.host_permissions = [...(manifest.host_permissions ?? []), local];
    },
  },
  webExt: {
    binaries: { chrome: '/usr/bin/chromium' },
  },
});
