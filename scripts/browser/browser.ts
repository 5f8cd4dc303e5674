/**
 * Launches the system Chromium with one built Counterpoint extension loaded, the way every
 * browser test in tests/e2e does. Playwright drives it (playwright-core: no bundled browser).
 *
 * It fails, never skips, when Chromium or the build is missing: a browser test that quietly
 * does not run looks exactly like one that passed.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const ROOT = resolve(import.meta.dirname, '../..');

/** Built extensions the tests can load, and the npm script that builds each. */
export const BUILDS = {
  production: { dir: join(ROOT, '.output/chrome-mv3'), script: 'npm run build' },
  test: { dir: join(ROOT, '.output/chrome-mv3-test'), script: 'npm run build:test' },
} as const;

export interface LoadedExtension {
  context: BrowserContext;
  extensionId: string;
  /** The built manifest.json, parsed. */
  manifest: Record<string, unknown>;
  /** Opens an extension page (e.g. 'sidepanel.html') as an ordinary tab. */
  openPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchWithExtension(build: keyof typeof BUILDS): Promise<LoadedExtension> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found. Install it: apt-get update && apt-get install -y chromium`);
  }
  const { dir, script } = BUILDS[build];
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No extension build at ${dir}. Build it first: ${script}`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'counterpoint-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Playwright passes --disable-extensions; this exception is what lets ours load.
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    const version = context.browser()?.version() ?? (await readChromiumVersion(context));
    console.log(`loaded extension ${extensionId} (${build} build) into Chromium ${version}`);
    return {
      context,
      extensionId,
      manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>,
      async openPage(path) {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/${path}`);
        return page;
      },
      async close() {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/** A persistent context has no Browser object; ask a page for the version instead. */
async function readChromiumVersion(context: BrowserContext): Promise<string> {
  const page = context.pages()[0] ?? (await context.newPage());
  const agent = await page.evaluate(() => navigator.userAgent);
  return /Chrome\/([\d.]+)/.exec(agent)?.[1] ?? 'unknown version';
}
