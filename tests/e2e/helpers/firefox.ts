/**
 * Firefox ESR (Debian `firefox-esr`) with the production Firefox build (.output/firefox-mv2)
 * installed through WebDriver BiDi (`webExtension.install`), driven by puppeteer-core.
 *
 * The shipped build only runs on the listed news sites, so fixture pages are served *as* a
 * listed site: Firefox uses the fixture server as its HTTP proxy, and
 * `http://www.reuters.com/basic-article.html` is answered from tests/fixtures/pages. Every other
 * request (https included) also goes to that server and fails: nothing reaches the network.
 *
 * Extension pages: the add-on's internal UUID is fixed by a pref, and navigating a tab to
 * `moz-extension://` needs `--remote-allow-system-access` (BiDi refuses it otherwise).
 *
 * Like the Chromium helper, it fails, never skips, when the browser or the build is missing.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = '/usr/bin/firefox-esr';
const ROOT = resolve(import.meta.dirname, '../../..');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');
const ADDON_ID = 'counterpoint@counterpoint.invalid';
const ADDON_UUID = '5c1f0e0a-7d3b-4b6e-9a51-2f8c9d0e4a17';
/** A listed news site (utils/news-sites.ts) the fixture pages are served as. */
export const NEWS_ORIGIN = 'http://www.reuters.com';

export interface FirefoxWithExtension {
  browser: Browser;
  /** Opens a fixture page as if it were on a listed news site. */
  openFixture(name: string): Promise<Page>;
  /** Opens an extension page (e.g. 'options.html') in a tab. */
  openPage(path: string): Promise<Page>;
  fixtureUrl(name: string): string;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(proxyPort: number): Promise<FirefoxWithExtension> {
  if (!existsSync(FIREFOX))
    throw new Error(`${FIREFOX} not found. Install it: apt-get update && apt-get install -y firefox-esr`);
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json')))
    throw new Error(`No Firefox build at ${FIREFOX_BUILD}. Build it first: npm run build:firefox`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'dom.security.https_first': false,
      'dom.security.https_only_mode': false,
    },
  });
  try {
    const id = await browser.installExtension(FIREFOX_BUILD);
    if (id !== ADDON_ID) throw new Error(`installed add-on has id ${id}, expected ${ADDON_ID}`);
    console.log(`loaded ${FIREFOX_BUILD} into Firefox ${await browser.version()}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const fixtureUrl = (name: string) => `${NEWS_ORIGIN}/${name}`;
  return {
    browser,
    fixtureUrl,
    async openFixture(name) {
      const page = await browser.newPage();
      await page.goto(fixtureUrl(name));
      return page;
    },
    async openPage(path) {
      const page = await browser.newPage();
      const url = `moz-extension://${ADDON_UUID}/${path}`;
      // The tab changes process on the way to moz-extension:, and puppeteer loses track of the
      // navigation (it reports the frame detached, or never sees the load); the Page itself keeps
      // working, so start the navigation and poll the document instead.
      void page.goto(url, { timeout: 15_000 }).catch(() => undefined);
      const deadline = Date.now() + 15_000;
      for (;;) {
        const ready = await page
          .evaluate((want) => location.href === want && document.readyState === 'complete', url)
          .catch(() => false);
        if (ready) break;
        if (Date.now() > deadline) throw new Error(`${url} did not load in Firefox within 15 s`);
        await new Promise((done) => setTimeout(done, 100));
      }
      return page;
    },
    close: () => browser.close(),
  };
}

/** Sends a protocol message to the background from an extension page, as the popup would. */
export function askFirefox<T>(control: Page, type: string, data: unknown): Promise<T> {
  return control.evaluate(
    async (type, data) => {
      const api = (
        globalThis as unknown as {
          browser: { runtime: { sendMessage(m: unknown): Promise<{ res?: unknown } | undefined> } };
        }
      ).browser;
      const reply = await api.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() });
      return reply?.res;
    },
    type,
    data,
  ) as Promise<T>;
}
