import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

/**
 * Unit and engine tests (`npm run test:unit`). WxtVitest resolves WXT's config and aliases
 * (`@/…`) and swaps `wxt/browser` and the `browser`/`chrome` globals for WXT's in-memory fake.
 * Browser tests (tests/e2e) run separately on the built extension in Chromium.
 */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
  },
});
